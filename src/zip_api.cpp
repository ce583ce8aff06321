// Loads libzip with dlopen on first use and looks up each function runmassage calls.
#include "zip_api.hpp"

#include <dlfcn.h>

#include <initializer_list>
#include <string>
#include <type_traits>

#include "runmassage/error.hpp"

namespace runmassage::detail {
namespace {

// CMake's RUNMASSAGE_LIBZIP names one library to load; otherwise the sonames of the libzip
// versions with this interface are tried in turn (Debian 12 ships libzip.so.4).
#ifdef RUNMASSAGE_LIBZIP
constexpr std::initializer_list<const char*> libraries{RUNMASSAGE_LIBZIP};
#elif defined(__APPLE__)
constexpr std::initializer_list<const char*> libraries{"libzip.5.dylib"};
#else
constexpr std::initializer_list<const char*> libraries{"libzip.so.4", "libzip.so.5"};
#endif

ZipApi load() {
  void* handle = nullptr;
  std::string tried;
  for (const char* library : libraries) {
    handle = ::dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (handle != nullptr) break;
    tried += std::string(tried.empty() ? "" : "; ") + ::dlerror();
  }
  if (handle == nullptr) throw IoError("cannot load libzip to read zip files: " + tried);
  ZipApi api;
  auto find = [&](auto& pointer, const char* name) {
    void* symbol = ::dlsym(handle, name);
    if (symbol == nullptr) throw IoError(std::string("cannot find ") + name + " in libzip");
    // POSIX guarantees function pointers survive a round trip through void*.
    pointer = reinterpret_cast<std::remove_reference_t<decltype(pointer)>>(symbol);
  };
#define RUNMASSAGE_ZIP_FIND(name) find(api.name, #name);
  RUNMASSAGE_ZIP_FUNCTIONS(RUNMASSAGE_ZIP_FIND)
#undef RUNMASSAGE_ZIP_FIND
  return api;  // the library stays loaded for the life of the process
}

}  // namespace

const ZipApi& zip_api() {
  static const ZipApi api = load();
  return api;
}

}  // namespace runmassage::detail
