#include "runmassage/json_string.hpp"
#include "catch.hpp"

using runmassage::append_json_string;

TEST_CASE("JSON strings are escaped", "[json_string]") {
  std::string out;
  append_json_string(out, "a\"b\\c\n\x01\xc3\xa9");
  CHECK(out == "\"a\\\"b\\\\c\\n\\u0001\xc3\xa9\"");
}

TEST_CASE("JSON strings append to what is there, tabs and returns escaped", "[json_string]") {
  std::string out = "x:";
  append_json_string(out, "\t\r");
  CHECK(out == "x:\"\\t\\r\"");
  append_json_string(out, "");
  CHECK(out == "x:\"\\t\\r\"\"\"");
}
