// Atomic file replacement: temporary file in the same directory, fsync, then rename.
#include "runmassage/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "runmassage/error.hpp"
#include "runmassage/file_io.hpp"

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

// A device or a FIFO cannot be replaced by renaming, and must not be: write straight into it.
void write_in_place(const std::string& path, std::string_view text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) fail(path, std::strerror(errno));
  try {
    if (const int error = write_all(fd, text)) fail(path, std::strerror(error));
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0) fail(path, std::strerror(errno));
}

}  // namespace

void write_file_atomically(const std::string& requested, std::string_view text) {
  // Through a symbolic link, replace the file it points to and keep the link, as `>` does.
  std::string path = requested;
  struct stat link {};
  if (::lstat(requested.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    char* target = ::realpath(requested.c_str(), nullptr);
    if (target == nullptr) fail(requested, "a symbolic link to a file that cannot be reached");
    path = target;
    std::free(target);
  }
  const std::size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : path.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  if (base.empty() || base == "." || base == "..") fail(path, "not a file name");
  struct stat existing {};
  const bool exists = ::stat(path.c_str(), &existing) == 0;
  if (exists && S_ISDIR(existing.st_mode)) fail(requested, "is a directory");
  if (exists && !S_ISREG(existing.st_mode)) return write_in_place(requested, text);

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

  if (const int error = write_all(fd, text)) fail(path, std::strerror(error));
  if (::fsync(fd) != 0) fail(path, std::strerror(errno));
  temporary.fd_ = -1;
  if (::close(fd) != 0) fail(path, std::strerror(errno));
  if (::rename(temporary.name_.c_str(), path.c_str()) != 0) fail(path, std::strerror(errno));
  temporary.kept_ = true;
}

}  // namespace runmassage
