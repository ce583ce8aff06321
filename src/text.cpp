// Joining words, and showing outside text in errors: one copy of each for the whole program.
#include "runmassage/text.hpp"

#include <algorithm>

namespace runmassage {

std::string join_words(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (const auto& word : words) {
    if (!out.empty()) out += separator;
    out += word;
  }
  return out;
}

namespace {

// The length of the UTF-8 sequence that `lead` starts, or 0 for a byte that starts none.
std::size_t sequence_length(unsigned char lead) {
  return lead < 0x80           ? 1
         : (lead >> 5) == 0x6  ? 2
         : (lead >> 4) == 0xe  ? 3
         : (lead >> 3) == 0x1e ? 4
                               : 0;
}

// The length of the valid UTF-8 character at `at`, or 0 when the bytes there are not one.
std::size_t character_at(std::string_view text, std::size_t at) {
  const std::size_t length = sequence_length(static_cast<unsigned char>(text[at]));
  if (length == 0 || at + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((static_cast<unsigned char>(text[at + k]) & 0xc0) != 0x80) return 0;
  }
  return length;
}

}  // namespace

std::string printable(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t length = character_at(text, i);
    if (length > 0 && byte >= 0x20 && byte != 0x7f) {
      out.append(text, i, length);
      i += length;
    } else {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 0xf];
      ++i;
    }
  }
  return out;
}

std::string excerpt(std::string_view text, std::size_t limit) {
  std::size_t end = 0;
  for (std::size_t shown = 0; end < text.size() && shown < limit; ++shown) {
    end += std::max<std::size_t>(1, character_at(text, end));  // a stray byte counts as one
  }
  std::string out(text.substr(0, end));
  if (end < text.size()) out += "...";
  return out;
}

std::string quoted_input(std::string_view text) { return "'" + printable(excerpt(text)) + "'"; }

}  // namespace runmassage
