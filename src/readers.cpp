// Finding the readers: linked in, or the module loaded with dlopen on first use.
#include "runmassage/readers.hpp"

#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <string>

#include "runmassage/error.hpp"
#include "runmassage/file_io.hpp"

// Null unless the readers' code is linked into this program (the tests and fuzzers).
#pragma weak runmassage_readers

namespace runmassage {
namespace {

// CMake passes the module's file name and where it is installed relative to the program.
constexpr const char* module_name = RUNMASSAGE_READERS_MODULE;
constexpr const char* installed_relative = RUNMASSAGE_READERS_RELATIVE;

// The directory of the running program, with its trailing slash.
std::string program_directory() {
  std::string path(PATH_MAX, '\0');
  const ssize_t length = ::readlink("/proc/self/exe", path.data(), path.size());
  if (length > 0 && static_cast<std::size_t>(length) < path.size()) {
    path.resize(static_cast<std::size_t>(length));
  } else {  // no /proc: where the loader found the program
    Dl_info info{};
    if (::dladdr(reinterpret_cast<void*>(&readers), &info) == 0 || info.dli_fname == nullptr) {
      return "";
    }
    path = info.dli_fname;
  }
  return path.substr(0, path.rfind('/') + 1);
}

const Readers* load() {
  const std::string directory = program_directory();
  // A build tree has the module next to the program; an installation has it under libdir.
  const std::string candidates[] = {directory + module_name,
                                    join_path(directory + installed_relative, module_name)};
  std::string problem;
  for (const std::string& path : candidates) {
    if (::access(path.c_str(), F_OK) != 0) continue;
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      problem = ::dlerror();
      break;
    }
    void* symbol = ::dlsym(handle, "runmassage_readers");
    if (symbol == nullptr) throw IoError("cannot find runmassage_readers in " + path);
    // POSIX guarantees function pointers survive a round trip through void*.
    auto* entry = reinterpret_cast<decltype(&runmassage_readers)>(symbol);
    return entry();  // the module stays loaded for the life of the process
  }
  if (problem.empty()) problem = "not in " + candidates[0] + " nor " + candidates[1];
  throw IoError(std::string("cannot load ") + module_name + ", which reads this input: " + problem);
}

}  // namespace

const Readers& readers() {
  static const Readers* const table = runmassage_readers != nullptr ? runmassage_readers() : load();
  return *table;
}

}  // namespace runmassage
