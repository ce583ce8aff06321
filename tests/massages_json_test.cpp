// massages.json: the catalogue's references are checked.
#include "catch.hpp"
#include "data_files.hpp"

using namespace runmassage;
using nlohmann::json;
using test::error_of;
using test::massages;
using test::rules;

TEST_CASE("a type naming an unknown technique is refused", "[data]") {
  json m = massages();
  m["types"][1]["techniques"][0] = "shiatsu";
  CHECK(error_of(m, rules()) ==
        "massages.json: /types/1/techniques/0: unknown technique \"shiatsu\"");
}
