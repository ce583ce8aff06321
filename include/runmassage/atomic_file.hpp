// Writing a whole file so readers see the old content or the new, never a half-written one.
#pragma once

#include <string>
#include <string_view>

namespace runmassage {

/// Writes `text` to a temporary file beside `requested`, then renames it over `requested` (over
/// the file it links to, for a symbolic link). A device or FIFO is written into instead. On
/// failure throws IoError, removes the temporary file and leaves any existing file untouched.
void write_file_atomically(const std::string& requested, std::string_view text);

}  // namespace runmassage
