// Joining words: one copy for every phrase, list and label written from parts.
#include "runmassage/text.hpp"

namespace runmassage {

std::string join_words(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (const auto& word : words) {
    if (!out.empty()) out += separator;
    out += word;
  }
  return out;
}

}  // namespace runmassage
