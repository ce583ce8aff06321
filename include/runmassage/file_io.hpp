// Files on disk: a whole file read under a size limit, a path joined, every byte written.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace runmassage {

/// Reads a whole file of at most `max_bytes`; throws IoError (unreadable, a directory) or
/// DataError (too big).
std::string read_file(const std::string& path, std::size_t max_bytes);

/// `name` inside the directory `dir` ("" and "dir/" need no separator added).
std::string join_path(const std::string& dir, std::string_view name);

/// Writes all of `bytes` to the descriptor `fd`, through short writes and interruptions; 0, or
/// the errno of the write that failed (the caller words the error: a closed pipe may be none).
int write_all(int fd, std::string_view bytes);

}  // namespace runmassage
