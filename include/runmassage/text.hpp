// Text the core and the CLI write the same way: words joined into one string, and text from
// outside (arguments, files) made safe to show in a one-line error.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace runmassage {

/// `words` with `separator` between each two: {"half", "marathon"} is "half marathon".
std::string join_words(const std::vector<std::string>& words, std::string_view separator = " ");

/// `items` as a list in prose: "plan", "plan and week", "plan, week and history".
std::string join_list(const std::vector<std::string>& items);

/// The length in bytes of the UTF-8 character that starts at `at` (which must be inside
/// `text`): 1 to 4, or 0 when the bytes there are not the shortest form of a code point.
std::size_t utf8_length_at(std::string_view text, std::size_t at);

/// The byte-order mark some Windows tools put before UTF-8 text; not part of the text.
inline constexpr std::string_view utf8_bom = "\xef\xbb\xbf";

/// `text` with every byte that is not part of valid UTF-8, and every character that steers a
/// terminal (C0 and C1 controls, DEL, bidirectional controls), shown as \xNN byte by byte: an
/// error line stays clean text whatever an argument or a file held.
std::string printable(std::string_view text);

/// At most `limit` characters of `text` (a multi-byte character is never cut), with "..." when
/// some were left out: a huge argument or a binary file still gives a short error line.
std::string excerpt(std::string_view text, std::size_t limit = 40);

/// An excerpt of `text`, printable and in single quotes, as error messages quote input (not
/// named `quoted`, which argument-dependent lookup would confuse with std::quoted).
std::string quoted_input(std::string_view text);

}  // namespace runmassage
