// Reading, naming and writing files with the errors every command reports the same way.
#include "runmassage/file_io.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

#include "runmassage/error.hpp"

namespace runmassage {

// In one piece sized from stat: history files run to megabytes each, so growing a string block
// by block would copy them several times.
std::string read_file(const std::string& path, std::size_t max_bytes) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    throw IoError("cannot read " + path + ": " + std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) throw IoError("cannot read " + path + ": is a directory");
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                       &std::fclose);
  if (!file) throw IoError("cannot read " + path + ": " + std::strerror(errno));
  auto too_large = [&] {
    throw DataError(path + ": larger than the limit of " + std::to_string(max_bytes) + " bytes");
  };
  if (info.st_size > 0 && static_cast<std::uintmax_t>(info.st_size) > max_bytes) too_large();
  std::string bytes(info.st_size > 0 ? static_cast<std::size_t>(info.st_size) : 0, '\0');
  std::size_t got = std::fread(bytes.data(), 1, bytes.size(), file.get());
  bytes.resize(got);
  // A file that grew since stat (or reports no size, like a pipe): read on to the limit.
  char buffer[65536];
  while (std::size_t more = std::fread(buffer, 1, sizeof buffer, file.get())) {
    bytes.append(buffer, more);
    if (bytes.size() > max_bytes) too_large();
  }
  if (std::ferror(file.get())) throw IoError("cannot read " + path + ": read error");
  return bytes;
}

std::string join_path(const std::string& dir, std::string_view name) {
  if (dir.empty() || dir.back() == '/') return dir + std::string(name);
  return dir + "/" + std::string(name);
}

int write_all(int fd, std::string_view bytes) {
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    written += static_cast<std::size_t>(n);
  }
  return 0;
}

}  // namespace runmassage
