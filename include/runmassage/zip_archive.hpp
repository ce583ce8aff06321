// Reading entries of a zip file (a Strava bulk export) through libzip.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace runmassage {

/// An open zip file, read-only. Entries are named by their path inside the archive.
class ZipArchive {
 public:
  /// Opens `path`; IoError if it cannot be read, DataError if it is not a valid zip file.
  explicit ZipArchive(const std::string& path);
  ~ZipArchive();
  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  /// The names of the entries, in the archive's order (directories end with '/').
  [[nodiscard]] std::vector<std::string> names() const;

  /// The contents of entry `name`; DataError if it is missing, corrupt or larger than
  /// `max_bytes` once decompressed.
  [[nodiscard]] std::string read(const std::string& name, std::size_t max_bytes) const;

  /// The archive's path, as given.
  [[nodiscard]] const std::string& path() const { return path_; }

 private:
  struct Handle;
  std::string path_;
  std::unique_ptr<Handle> handle_;
};

}  // namespace runmassage
