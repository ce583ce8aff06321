// JSON string literals for output written by hand (batch lines, error records).
#pragma once

#include <string>
#include <string_view>

namespace runmassage {

/// `text` as a JSON string literal, quotes included, appended to `out`.
void append_json_string(std::string& out, std::string_view text);

}  // namespace runmassage
