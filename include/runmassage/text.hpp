// Text the core and the CLI write the same way: words joined into one string.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace runmassage {

/// `words` with `separator` between each two: {"half", "marathon"} is "half marathon".
std::string join_words(const std::vector<std::string>& words, std::string_view separator = " ");

}  // namespace runmassage
