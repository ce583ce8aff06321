// Loads libical with dlopen on first use and looks up each function runmassage calls.
#include "ical_api.hpp"

#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

#include <string>

#include "runmassage/error.hpp"

namespace runmassage::detail {
namespace {

// The name to load: CMake's RUNMASSAGE_LIBICAL overrides it, for a libical outside the loader's
// search path (Homebrew on Apple silicon, for one).
#ifndef RUNMASSAGE_LIBICAL
#ifdef __APPLE__
#define RUNMASSAGE_LIBICAL "libical.3.dylib"
#else
#define RUNMASSAGE_LIBICAL "libical.so.3"
#endif
#endif
constexpr const char* library = RUNMASSAGE_LIBICAL;

IcalApi load() {
  void* handle = ::dlopen(library, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    throw IoError(std::string("cannot load ") + library + " to read calendars: " + ::dlerror());
  }
  IcalApi api;
  auto find = [&](auto& pointer, const char* name) {
    void* symbol = ::dlsym(handle, name);
    if (symbol == nullptr) {
      throw IoError(std::string("cannot find ") + name + " in " + library);
    }
    // POSIX guarantees function pointers survive a round trip through void*.
    pointer = reinterpret_cast<std::remove_reference_t<decltype(pointer)>>(symbol);
  };
#define RUNMASSAGE_ICAL_FIND(name) find(api.name, #name);
  RUNMASSAGE_ICAL_FUNCTIONS(RUNMASSAGE_ICAL_FIND)
#undef RUNMASSAGE_ICAL_FIND
  return api;  // the library stays loaded for the life of the process
}

}  // namespace

const IcalApi& ical() {
  static const IcalApi api = load();
  return api;
}

QuietStderr::QuietStderr() : saved_(::dup(STDERR_FILENO)) {
  std::fflush(stderr);
  int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (null >= 0) {
    ::dup2(null, STDERR_FILENO);
    ::close(null);
  }
}

QuietStderr::~QuietStderr() {
  std::fflush(stderr);
  if (saved_ >= 0) {
    ::dup2(saved_, STDERR_FILENO);
    ::close(saved_);
  }
}

}  // namespace runmassage::detail
