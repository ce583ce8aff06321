// Atomic file replacement: temporary file in the same directory, fsync, then rename.
#include "runmassage/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "runmassage/error.hpp"

namespace runmassage {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& reason) {
  throw IoError("cannot write " + path + ": " + reason);
}

// Removes the temporary file unless it has been renamed into place.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::string name) : name_(std::move(name)) {}
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!kept_) ::unlink(name_.c_str());
  }
  int fd_ = -1;
  bool kept_ = false;
  std::string name_;
};

}  // namespace

void write_file_atomically(const std::string& path, std::string_view text) {
  const std::size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : path.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  if (base.empty() || base == "." || base == "..") fail(path, "not a file name");
  struct stat existing {};
  const bool exists = ::stat(path.c_str(), &existing) == 0;
  if (exists && S_ISDIR(existing.st_mode)) fail(path, "is a directory");

  // Same directory, so the rename cannot cross file systems; hidden, so nobody opens it.
  std::string pattern = (slash == std::string::npos ? "" : dir) + "." + base + ".XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) fail(path, std::strerror(errno));
  TemporaryFile temporary(name.data());
  temporary.fd_ = fd;

  // mkstemp makes the file 0600; give it the old file's mode, or what a new file would get.
  mode_t mode = 0;
  if (exists) {
    mode = existing.st_mode & 07777;
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  if (::fchmod(fd, mode) != 0) fail(path, std::strerror(errno));

  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(path, std::strerror(errno));
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) fail(path, std::strerror(errno));
  temporary.fd_ = -1;
  if (::close(fd) != 0) fail(path, std::strerror(errno));
  if (::rename(temporary.name_.c_str(), path.c_str()) != 0) fail(path, std::strerror(errno));
  temporary.kept_ = true;
}

}  // namespace runmassage
