// zip entries through libzip (loaded on first use), sizes checked while reading, not trusted.
#include "runmassage/zip_archive.hpp"

#include "runmassage/error.hpp"
#include "zip_api.hpp"

namespace runmassage {

struct ZipArchive::Handle {
  zip_t* zip = nullptr;
  ~Handle() {
    if (zip) detail::zip_api().zip_discard(zip);
  }
};

namespace {

std::string zip_message(int code) {
  zip_error_t error;
  detail::zip_api().zip_error_init_with_code(&error, code);
  std::string message = detail::zip_api().zip_error_strerror(&error);
  detail::zip_api().zip_error_fini(&error);
  return message;
}

// Closes an entry however the function is left.
struct Entry {
  zip_file_t* file;
  ~Entry() {
    if (file) detail::zip_api().zip_fclose(file);
  }
};

}  // namespace

ZipArchive::ZipArchive(const std::string& path) : path_(path), handle_(new Handle) {
  int code = 0;
  handle_->zip = detail::zip_api().zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
  if (!handle_->zip) {
    if (code == ZIP_ER_NOENT || code == ZIP_ER_OPEN || code == ZIP_ER_READ || code == ZIP_ER_SEEK) {
      throw IoError("cannot read " + path + ": " + zip_message(code));
    }
    throw DataError(path + ": not a readable zip file: " + zip_message(code));
  }
}

ZipArchive::~ZipArchive() = default;
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;

std::vector<std::string> ZipArchive::names() const {
  std::vector<std::string> out;
  zip_int64_t count = detail::zip_api().zip_get_num_entries(handle_->zip, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name =
        detail::zip_api().zip_get_name(handle_->zip, static_cast<zip_uint64_t>(i), 0);
    if (name) out.emplace_back(name);
  }
  return out;
}

std::string ZipArchive::read(const std::string& name, std::size_t max_bytes) const {
  std::string where = path_ + ":" + name;
  Entry entry{detail::zip_api().zip_fopen(handle_->zip, name.c_str(), 0)};
  if (!entry.file) {
    throw DataError(where + ": cannot open entry: " + detail::zip_api().zip_strerror(handle_->zip));
  }
  std::string out;
  char buffer[65536];
  for (;;) {
    zip_int64_t got = detail::zip_api().zip_fread(entry.file, buffer, sizeof buffer);
    if (got < 0)
      throw DataError(where +
                      ": corrupt entry: " + detail::zip_api().zip_file_strerror(entry.file));
    if (got == 0) break;
    out.append(buffer, static_cast<std::size_t>(got));
    if (out.size() > max_bytes) {
      throw DataError(where + ": decompresses to more than the limit of " +
                      std::to_string(max_bytes) + " bytes");
    }
  }
  return out;
}

}  // namespace runmassage
