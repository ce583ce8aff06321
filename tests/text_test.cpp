// Joining words, and outside text made safe and short for error lines.
#include "catch.hpp"

#include <string>

#include "runmassage/text.hpp"

using namespace runmassage;

TEST_CASE("words are joined with one separator between each two", "[text]") {
  CHECK(join_words({"half", "marathon"}) == "half marathon");
  CHECK(join_words({"a", "b", "c"}, ", ") == "a, b, c");
  CHECK(join_words({"race"}) == "race");
  CHECK(join_words({}).empty());
}

TEST_CASE("printable keeps UTF-8 and escapes broken bytes and control characters", "[text]") {
  CHECK(printable("Zürich 10k") == "Zürich 10k");
  CHECK(printable("\xff\xfe") == "\\xff\\xfe");
  CHECK(printable("a\x01\x1b[31mb") == "a\\x01\\x1b[31mb");
  CHECK(printable("tab\there\x7f") == "tab\\x09here\\x7f");
  CHECK(printable("\xc3") == "\\xc3");    // a character cut short
  CHECK(printable("\xc3(") == "\\xc3(");  // a lead byte without its continuation
  CHECK(printable("\xf0\x9f\x8f\x83") == "\xf0\x9f\x8f\x83");  // four bytes: a runner
  CHECK(printable("").empty());
}

TEST_CASE("an excerpt is at most the limit's characters, never half a character", "[text]") {
  CHECK(excerpt("short") == "short");
  CHECK(excerpt(std::string(40, 'a')) == std::string(40, 'a'));
  CHECK(excerpt(std::string(41, 'a')) == std::string(40, 'a') + "...");
  CHECK(excerpt("éééé", 2) == "éé...");
  CHECK(excerpt("\xff\xfe\xfd", 2) == "\xff\xfe...");  // a stray byte counts as one
  CHECK(excerpt("abc", 0) == "...");
}

TEST_CASE("quoted input is an excerpt, printable, in single quotes", "[text]") {
  CHECK(quoted_input("2024-02-30") == "'2024-02-30'");
  CHECK(quoted_input("\xff\xfe") == "'\\xff\\xfe'");
  CHECK(quoted_input(std::string(50, '9')) == "'" + std::string(40, '9') + "...'");
}
