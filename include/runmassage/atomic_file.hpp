// Writing a whole file so readers see the old content or the new, never a half-written one.
#pragma once

#include <string>
#include <string_view>

namespace runmassage {

/// Writes `text` to a temporary file beside `path`, then renames it over `path`. On failure
/// throws IoError, removes the temporary file and leaves any existing `path` untouched.
void write_file_atomically(const std::string& path, std::string_view text);

}  // namespace runmassage
