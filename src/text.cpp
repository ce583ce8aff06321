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

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

std::size_t utf8_length_at(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[at + k]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  // The shortest form only (RFC 3629): the lead byte and the first continuation byte's range
  // rule out overlong forms, surrogates and code points past U+10FFFF.
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead == 0xe0) low = 0xa0;
    if (lead == 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead == 0xf0) low = 0x90;
    if (lead == 0xf4) high = 0x8f;
  } else {
    return 0;
  }
  if (at + length > text.size() || byte(1) < low || byte(1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if ((byte(k) & 0xc0) != 0x80) return 0;
  }
  return length;
}

namespace {

// Characters that steer a terminal or the direction of text rather than show: C0 and C1
// controls, DEL, the line and paragraph separators (a line break to some terminals and
// editors), and the bidirectional embeddings, overrides and isolates.
bool steers(std::string_view character) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(character[k]); };
  if (character.size() == 1) return byte(0) < 0x20 || byte(0) == 0x7f;
  if (character.size() == 2) return byte(0) == 0xc2 && byte(1) < 0xa0;  // U+0080 to U+009F
  if (character.size() == 3 && byte(0) == 0xe2 && byte(1) == 0x80) {
    return byte(2) >= 0xa8 && byte(2) <= 0xae;  // U+2028, U+2029; U+202A to U+202E
  }
  return character.size() == 3 && byte(0) == 0xe2 && byte(1) == 0x81 && byte(2) >= 0xa6 &&
         byte(2) <= 0xa9;  // U+2066 to U+2069
}

}  // namespace

std::string printable(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = std::max<std::size_t>(1, utf8_length_at(text, i));
    const std::string_view character = text.substr(i, length);
    if (utf8_length_at(text, i) > 0 && !steers(character)) {
      out += character;
    } else {
      for (char c : character) {
        const auto byte = static_cast<unsigned char>(c);
        out += "\\x";
        out += hex[byte >> 4];
        out += hex[byte & 0xf];
      }
    }
    i += length;
  }
  return out;
}

std::string excerpt(std::string_view text, std::size_t limit) {
  std::size_t end = 0;
  for (std::size_t shown = 0; end < text.size() && shown < limit; ++shown) {
    end += std::max<std::size_t>(1, utf8_length_at(text, end));  // a stray byte counts as one
  }
  std::string out(text.substr(0, end));
  if (end < text.size()) out += "...";
  return out;
}

std::string quoted_input(std::string_view text) { return "'" + printable(excerpt(text)) + "'"; }

}  // namespace runmassage
