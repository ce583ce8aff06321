// Writes the history tests' files at run time: scratch folders, gzip and zip.
#pragma once

#include <zip.h>
#include <zlib.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "runmassage/file_io.hpp"

namespace runmassage::test {

/// The committed text fixtures (tests/data/history).
inline std::string fixture_path(const std::string& name) {
  return std::string(RUNMASSAGE_SOURCE_DIR) + "/tests/data/history/" + name;
}

/// A committed fixture's bytes.
inline std::string fixture(const std::string& name) {
  return read_file(fixture_path(name), std::numeric_limits<std::size_t>::max());
}

/// A fresh directory under the system's temporary directory, removed at scope exit.
class ScratchDir {
 public:
  ScratchDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("runmassage-history-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  /// `name` inside the directory, as a string.
  [[nodiscard]] std::string operator/(const std::string& name) const {
    return (path_ / name).string();
  }

  /// Writes `bytes` to `name`, creating parent directories; returns the path.
  std::string write(const std::string& name, const std::string& bytes) const {
    std::filesystem::path path = path_ / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    return path.string();
  }

 private:
  std::filesystem::path path_;
};

/// `bytes` compressed as one gzip member.
inline std::string gzip(const std::string& bytes) {
  z_stream stream{};
  if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8,
                   Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("deflateInit2");
  }
  std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  int status = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (status != Z_STREAM_END) throw std::runtime_error("deflate");
  return out;
}

/// Writes a zip file at `path` holding `entries` (name, bytes), deflated.
inline void write_zip(const std::string& path,
                      const std::vector<std::pair<std::string, std::string>>& entries) {
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!zip) throw std::runtime_error("zip_open");
  for (const auto& [name, bytes] : entries) {
    // The source must live until zip_close: copy the bytes into memory libzip frees.
    void* copy = std::malloc(bytes.size() ? bytes.size() : 1);
    std::memcpy(copy, bytes.data(), bytes.size());
    zip_source_t* source = zip_source_buffer(zip, copy, bytes.size(), 1);
    if (!source || zip_file_add(zip, name.c_str(), source, ZIP_FL_OVERWRITE) < 0) {
      throw std::runtime_error("zip_file_add");
    }
  }
  if (zip_close(zip) != 0) throw std::runtime_error("zip_close");
}

}  // namespace runmassage::test
