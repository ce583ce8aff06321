// A data file as the loaders take it: its text, the name its errors give, and the limits on it.
#pragma once

#include <cstddef>
#include <string>

namespace runmassage {

/// The text of one data file and the name errors should give for it.
struct DataFile {
  std::string name;
  std::string text;
  /// The built-in copy of data/, whose JSON syntax (nesting depth, duplicate keys) the tests
  /// check in data/ itself; skipping those checks saves a tenth of every command's start-up.
  bool built_in = false;
};

/// Limits on data files, so hostile files fail cleanly.
inline constexpr std::size_t max_data_file_bytes = 1024 * 1024;
inline constexpr int max_json_depth = 64;

}  // namespace runmassage
