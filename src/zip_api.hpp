// libzip, loaded on first use: linked, it would load libcrypto at every start of the program
// (3.6 million instructions, twice a C++ hello world's whole run; measured in bench/README.md).
#pragma once

#include <zip.h>

namespace runmassage::detail {

#define RUNMASSAGE_ZIP_FUNCTIONS(X) \
  X(zip_discard)                    \
  X(zip_error_fini)                 \
  X(zip_error_init_with_code)       \
  X(zip_error_strerror)             \
  X(zip_fclose)                     \
  X(zip_file_strerror)              \
  X(zip_fopen)                      \
  X(zip_fread)                      \
  X(zip_get_name)                   \
  X(zip_get_num_entries)            \
  X(zip_open)                       \
  X(zip_strerror)

/// Pointers to the libzip functions runmassage uses, typed from libzip's own declarations.
struct ZipApi {
#define RUNMASSAGE_ZIP_MEMBER(name) \
  decltype(&::name) name = nullptr;  // NOLINT(bugprone-macro-parentheses)
  RUNMASSAGE_ZIP_FUNCTIONS(RUNMASSAGE_ZIP_MEMBER)
#undef RUNMASSAGE_ZIP_MEMBER
};

/// libzip's functions, loading the library on the first call; IoError if it cannot be loaded.
const ZipApi& zip_api();

}  // namespace runmassage::detail
