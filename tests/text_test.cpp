// Joining words: spaces by default, any separator, nothing for no words.
#include "catch.hpp"

#include "runmassage/text.hpp"

using namespace runmassage;

TEST_CASE("words are joined with one separator between each two", "[text]") {
  CHECK(join_words({"half", "marathon"}) == "half marathon");
  CHECK(join_words({"a", "b", "c"}, ", ") == "a, b, c");
  CHECK(join_words({"race"}) == "race");
  CHECK(join_words({}).empty());
}
