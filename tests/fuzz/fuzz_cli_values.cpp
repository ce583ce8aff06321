// libFuzzer target: option values read by our own code rather than CLI11's (--jobs, week's and
// history's --weeks, --week-start). A number accepted must lie in its range and be the number
// its digits say; a week start must be Monday or Sunday; refusals quote the input printably.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "cli_common.hpp"
#include "runmassage/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const auto& [min, max] : {std::pair{1, 64}, std::pair{1, 520}, std::pair{0, 999999999}}) {
    if (const auto number = runmassage::cli::whole_number(text, min, max)) {
      if (*number < min || *number > max) __builtin_trap();
      // Leading zeros apart, the text is the number's own digits.
      const std::size_t zeros = std::min(text.find_first_not_of('0'), text.size() - 1);
      if (text.substr(zeros) != std::to_string(*number)) __builtin_trap();
    }
  }
  if (const auto day = runmassage::cli::parse_week_start(text)) {
    if (*day != date::Monday && *day != date::Sunday) __builtin_trap();
  }
  // The refusal quotes the input: at most 40 characters of it, in valid UTF-8 with nothing
  // that steers a terminal (controls, DEL, C1 controls, line and paragraph separators,
  // bidirectional controls).
  const std::string quoted = runmassage::quoted_input(text);
  std::size_t characters = 0;
  for (std::size_t at = 0; at < quoted.size(); ++characters) {
    const std::size_t length = runmassage::utf8_length_at(quoted, at);
    if (length == 0) __builtin_trap();
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(quoted[at + k]); };
    if (length == 1 && (byte(0) < 0x20 || byte(0) == 0x7f)) __builtin_trap();
    if (length == 2 && byte(0) == 0xc2 && byte(1) < 0xa0) __builtin_trap();
    if (length == 3 && byte(0) == 0xe2 &&
        ((byte(1) == 0x80 && byte(2) >= 0xa8 && byte(2) <= 0xae) ||
         (byte(1) == 0x81 && byte(2) >= 0xa6 && byte(2) <= 0xa9))) {
      __builtin_trap();
    }
    at += length;
  }
  // Two quotes, "..." and 40 characters, each shown as itself or as up to four \xNN escapes.
  if (characters > 2 + 3 + 40 * 16) __builtin_trap();
  return 0;
}
