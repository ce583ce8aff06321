// The data files' JSON: syntax errors with line and column, every other complaint with its file
// and JSON pointer.
#include <string>

#include "catch.hpp"
#include "data_files.hpp"
#include "runmassage/data_file.hpp"
#include "runmassage/json_node.hpp"

using namespace runmassage;
using nlohmann::json;
using test::error_of;
using test::massages;
using test::rules;

TEST_CASE("malformed JSON is reported with line and column", "[data]") {
  CHECK(error_of(massages().dump(), "{\n  \"rules\": [\n    {,\n  ]\n}\n") ==
        "rules.json:3:6: invalid JSON: syntax error while parsing object key - unexpected ','; "
        "expected string literal");
  CHECK(error_of(massages().dump(), "") ==
        "rules.json:1:1: invalid JSON: syntax error while parsing value - unexpected end of "
        "input; expected '[', '{', or a literal");
  // Whatever follows a NUL byte would go unread: the byte itself is the error.
  CHECK(error_of(massages().dump(), rules().dump() + std::string("\n\0junk", 6)) ==
        "rules.json:2:1: invalid JSON: a NUL byte");
  CHECK(error_of("{\"focus\": [", rules().dump()) ==
        "massages.json:1:12: invalid JSON: syntax error while parsing value - unexpected end "
        "of input; expected '[', '{', or a literal");
}

TEST_CASE("missing fields, wrong types and unknown keys are refused", "[data]") {
  json m = massages();
  m["techniques"][1].erase("description");
  CHECK(error_of(m, rules()) == "massages.json: /techniques/1: missing \"description\"");

  m = massages();
  m["types"][2]["minutes"]["min"] = "45";
  CHECK(error_of(m, rules()) ==
        "massages.json: /types/2/minutes/min: expected an integer, found a string");

  m = massages();
  m["types"][0]["minutes"]["max"] = 5;
  CHECK(error_of(m, rules()) == "massages.json: /types/0/minutes/max: max is less than min");

  m = massages();
  m["focus"] = json::array();
  CHECK(error_of(m, rules()) == "massages.json: /focus: expected a non-empty array");

  json r = rules();
  r["rules"][0]["priorty"] = 5;
  CHECK(error_of(massages(), r) == "rules.json: /rules/0/priorty: unknown key \"priorty\"");

  r = rules();
  r["rules"][3]["priority"] = 1.5;
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/3/priority: expected an integer, found a number");

  r = rules();
  r["rules"][1]["event"]["params"]["reason"] = "";
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/1/event/params/reason: expected a non-empty string");

  CHECK(error_of(massages(), json::array()) == "rules.json: /: expected an object, found an array");
}

TEST_CASE("duplicate keys are refused with their place", "[data]") {
  std::string text = rules().dump();
  auto at = text.find("\"massage\":\"swedish\"");
  REQUIRE(at != std::string::npos);
  text.insert(at, "\"massage\":\"deep-tissue\",");
  CHECK(error_of(massages().dump(), text) ==
        "rules.json: /rules/12/event/params/massage: duplicate key");
  CHECK(error_of("{\"focus\": [], \"focus\": []}", rules().dump()) ==
        "massages.json: /focus: duplicate key");
}

TEST_CASE("duplicate ids are refused", "[data]") {
  json m = massages();
  m["techniques"][4]["id"] = "tapotement";
  CHECK(error_of(m, rules()) ==
        "massages.json: /techniques/4/id: duplicate id \"tapotement\" (first at index 2)");

  m = massages();
  m["types"][3]["id"] = "sports-pre";
  CHECK(error_of(m, rules()) ==
        "massages.json: /types/3/id: duplicate id \"sports-pre\" (first at index 0)");

  json r = rules();
  r["rules"][2]["id"] = "run-today";
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/2/id: duplicate id \"run-today\" (first at index 0)");
}

TEST_CASE("JSON nesting beyond the limit is refused", "[data]") {
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK(error_of(massages().dump(), deep) == "rules.json: nesting deeper than 64 levels");
}

TEST_CASE("an object's members come with their keys and pointers", "[data]") {
  const std::string file = "workouts.json";
  const json units = json::parse(R"({"mi": 1.609, "km": 1})");
  const auto members = detail::Node(units, file, "/units").members();
  REQUIRE(members.size() == 2);  // in key order, as nlohmann::json keeps them
  CHECK(members[0].first == "km");
  CHECK_THROWS_WITH(members[0].second.number(2, 10),
                    "workouts.json: /units/km: expected a number from 2 to 10");
  CHECK(members[1].first == "mi");
  CHECK(members[1].second.number(0, 10) == 1.609);
  const json list = json::array({1});
  CHECK_THROWS_WITH(detail::Node(list, file, "/units").members(),
                    "workouts.json: /units: expected an object, found an array");
}
