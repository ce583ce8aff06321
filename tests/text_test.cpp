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

TEST_CASE("a list in prose ends in 'and'", "[text]") {
  CHECK(join_list({"plan"}) == "plan");
  CHECK(join_list({"plan", "week"}) == "plan and week");
  CHECK(join_list({"plan", "week", "history"}) == "plan, week and history");
  CHECK(join_list({}).empty());
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

TEST_CASE("only the shortest form of a code point is a UTF-8 character", "[text]") {
  CHECK(utf8_length_at("a", 0) == 1);
  CHECK(utf8_length_at("\xc2\xa0", 0) == 2);
  CHECK(utf8_length_at("\xe2\x82\xac", 0) == 3);      // the euro sign
  CHECK(utf8_length_at("\xf4\x8f\xbf\xbf", 0) == 4);  // U+10FFFF, the last code point
  CHECK(utf8_length_at("\xc0\x80", 0) == 0);          // an overlong NUL
  CHECK(utf8_length_at("\xe0\x80\xaf", 0) == 0);      // an overlong '/'
  CHECK(utf8_length_at("\xed\xa0\x80", 0) == 0);      // a surrogate
  CHECK(utf8_length_at("\xf4\x90\x80\x80", 0) == 0);  // past U+10FFFF
  CHECK(utf8_length_at("\xf5\x80\x80\x80", 0) == 0);
  CHECK(utf8_length_at("\x80", 0) == 0);      // a continuation byte alone
  CHECK(utf8_length_at("\xe2\x82", 0) == 0);  // cut short
  CHECK(utf8_length_at("x\xe2\x82\xac", 1) == 3);
}

TEST_CASE("printable escapes what would steer a terminal or the text's direction", "[text]") {
  CHECK(printable("\xc2\x9b"
                  "31m") == "\\xc2\\x9b31m");  // C1 control sequence introducer
  CHECK(printable("\xc2\xa0") == "\xc2\xa0");  // a no-break space shows
  CHECK(printable("a\xe2\x80\xae"
                  "b") == "a\\xe2\\x80\\xaeb");           // right-to-left override
  CHECK(printable("\xe2\x81\xa6") == "\\xe2\\x81\\xa6");  // left-to-right isolate
  CHECK(printable("a\xe2\x80\xa8"
                  "b") == "a\\xe2\\x80\\xa8b");           // line separator
  CHECK(printable("\xe2\x80\xa9") == "\\xe2\\x80\\xa9");  // paragraph separator
  CHECK(printable("\xe2\x80\xa7") == "\xe2\x80\xa7");     // a hyphenation point shows
  CHECK(printable("\xe2\x80\x94") == "\xe2\x80\x94");     // an em dash shows
  CHECK(printable("\xc0\x80") == "\\xc0\\x80");
  CHECK(printable("\xed\xa0\x80") == "\\xed\\xa0\\x80");
}
