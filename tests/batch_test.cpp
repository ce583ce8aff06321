// Batch records: the same plans as `plan --format json`, and an error record for each bad line.
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "runmassage/batch.hpp"
#include "runmassage/planner.hpp"
#include "support.hpp"

using namespace runmassage;
using test::knowledge;

namespace {

const Date today = *parse_iso_date("2024-05-02");

std::string run(const Knowledge& k, std::string_view line, Detail detail = Detail::full) {
  BatchPlanner planner(k, detail, today);
  std::string out;
  planner.plan_line(line, 1, out);
  return out;
}

std::string run(std::string_view line) { return run(knowledge(), line); }

}  // namespace

TEST_CASE("a batch line is plan's JSON with the id in front", "[batch]") {
  for (int last = -4; last <= 0; ++last) {
    for (int next = 0; next <= 4; ++next) {
      for (int race : {-2, -1, 0, 3, 9}) {
        PlanRequest request{
            today, add_days(today, last), add_days(today, next), {add_days(today, race)}};
        Plan plan = make_plan(knowledge().rules, request);
        for (Detail detail : {Detail::full, Detail::brief}) {
          nlohmann::ordered_json expected;
          expected["id"] = "r1";
          auto plan_json = plan_to_json(plan, knowledge(), detail);
          for (auto& [key, value] : plan_json.items()) {
            expected[key] = value;
          }
          std::string line = R"({"id":"r1","today":"2024-05-02","last_run":")" +
                             to_iso(*request.last_run) + R"(","next_run":")" +
                             to_iso(*request.next_run) + R"(","races":[")" +
                             to_iso(request.races[0]) + R"("]})";
          CHECK(run(knowledge(), line, detail) == expected.dump() + "\n");
        }
      }
    }
  }
}

TEST_CASE("batch resolves date words against the record's today", "[batch]") {
  auto out = nlohmann::json::parse(
      run(R"({"id": 42, "today": "2024-02-28", "last_run": "yesterday", "next_run": "fri"})"));
  CHECK(out["id"] == 42);
  CHECK(out["date"] == "2024-02-28");
  CHECK(out["last_run"] == "2024-02-27");
  CHECK(out["next_run"] == "2024-03-01");
  CHECK(out["recommended"]["id"] == "deep-tissue");
  // Without "today" the planner's default day is used; null means "not given".
  out = nlohmann::json::parse(run(R"({"id":"x","next_run":"+1","last_run":null})"));
  CHECK(out["date"] == "2024-05-02");
  CHECK(out["last_run"] == nullptr);
  CHECK(out["recommended"]["id"] == "swedish");
  CHECK(out.contains("id"));
  CHECK(nlohmann::json::parse(run(R"({"next_run":"+1"})")).contains("id") == false);
}

TEST_CASE("bad lines give exact error records", "[batch]") {
  CHECK(run("not json") == R"({"line":1,"error":"expected a JSON object"})"
                           "\n");
  CHECK(run("   ") == R"({"line":1,"error":"empty line"})"
                      "\n");
  CHECK(
      run(R"({"id":"a","next_run":"2023-02-29"})") ==
      R"({"id":"a","line":1,"error":"next_run: invalid date '2023-02-29': February 2023 has 28 days"})"
      "\n");
  CHECK(run(R"({"next_run":"2024-05-01","id":5})") ==
        R"J({"id":5,"line":1,"error":"next run 2024-05-01 is before today (2024-05-02)"})J"
        "\n");
  CHECK(run(R"({"id":"a"})") ==
        R"({"id":"a","line":1,"error":"no run date: give next_run, last_run or races"})"
        "\n");
  CHECK(run(R"({"id":"a","next_run":5})") ==
        R"({"id":"a","line":1,"error":"next_run: expected a date string or null"})"
        "\n");
  CHECK(run(R"({"id":true,"next_run":"+1"})") ==
        R"({"line":1,"error":"id: expected a string or a number"})"
        "\n");
  CHECK(run(R"({"id":"a","races":"sat"})") ==
        R"({"id":"a","line":1,"error":"races: expected an array of dates"})"
        "\n");
  CHECK(
      run(R"({"id":"a","next_run":"+1","name":"Ann"})") ==
      R"J({"id":"a","line":1,"error":"unknown key \"name\" (expected id, today, last_run, next_run, races)"})J"
      "\n");
  CHECK(run(R"({"id":"a","next_run":"+1","next_run":"+2"})") ==
        R"({"id":"a","line":1,"error":"duplicate key \"next_run\""})"
        "\n");
  CHECK(run(R"({"id":"a","next_run":"+1"} {})") ==
        R"({"id":"a","line":1,"error":"invalid JSON: more than one value on the line"})"
        "\n");
  CHECK(run("{\"id\":\"a\xff\"}") ==
        R"({"line":1,"error":"invalid JSON: The input is not valid UTF-8"})"
        "\n");
  CHECK(
      run(R"({"id":"a","next_run":"+1")") ==
      R"({"line":1,"error":"invalid JSON: JSON document ended early in the middle of an object or array."})"
      "\n");
}

TEST_CASE("batch answers come from the rules, so a changed rule changes them", "[batch]") {
  auto massages =
      read_file(std::string(RUNMASSAGE_SOURCE_DIR) + "/data/massages.json", max_data_file_bytes);
  auto rules = nlohmann::json::parse(
      read_file(std::string(RUNMASSAGE_SOURCE_DIR) + "/data/rules.json", max_data_file_bytes));
  for (auto& rule : rules["rules"]) {
    if (rule["id"] == "rest-day") rule["event"]["params"]["massage"] = "swedish";
  }
  auto schedule =
      read_file(std::string(RUNMASSAGE_SOURCE_DIR) + "/data/schedule.json", max_data_file_bytes);
  Knowledge changed = parse_knowledge({"massages.json", massages}, {"rules.json", rules.dump()},
                                      {"schedule.json", schedule});
  const char* line = R"({"id":1,"last_run":"-1","next_run":"+3"})";
  CHECK(nlohmann::json::parse(run(line))["recommended"]["id"] == "deep-tissue");
  CHECK(nlohmann::json::parse(run(changed, line))["recommended"]["id"] == "swedish");
}

TEST_CASE("JSON strings are escaped", "[batch]") {
  std::string out;
  append_json_string(out, "a\"b\\c\n\x01\xc3\xa9");
  CHECK(out == "\"a\\\"b\\\\c\\n\\u0001\xc3\xa9\"");
}
