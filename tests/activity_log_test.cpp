// The JSON Lines log a runner keeps by hand.
#include "catch.hpp"

#include "history_files.hpp"
#include "runmassage/activity_log.hpp"
#include "runmassage/error.hpp"

using namespace runmassage;

namespace {
std::string error_of(const std::string& text, ReadLimits limits = {}) {
  try {
    read_activity_log(text, "log.jsonl", limits);
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("log: every field, blank lines, kinds that are not runs", "[log]") {
  auto activities = read_activity_log(test::fixture("log.jsonl"), "log.jsonl", {});
  REQUIRE(activities.size() == 3);
  const Activity& easy = activities[0];
  CHECK(to_iso(easy.day) == "2024-05-06");
  CHECK(easy.start_utc == 1714953600);  // midnight UTC of 2024-05-06
  CHECK(easy.kind == "easy");
  CHECK(easy.sport == Sport::run);
  CHECK(*easy.km == 8.0);
  CHECK(*easy.minutes == 45.0);
  CHECK(*easy.avg_hr == 138.0);
  CHECK(easy.title == "Easy loop");
  CHECK(easy.source == "log.jsonl");
  CHECK(activities[1].sport == Sport::other);  // a ride
  CHECK(*activities[1].minutes == 60.0);
  CHECK_FALSE(activities[1].km);
  CHECK(activities[2].sport == Sport::run);
  CHECK(activities[2].kind.empty());
  CHECK_FALSE(activities[2].minutes);
}

TEST_CASE("log: errors name the line", "[log]") {
  CHECK(error_of("\n{\"date\": \"2024-5-6\"}") ==
        "log.jsonl: line 2: \"date\" \"2024-5-6\" is not a YYYY-MM-DD date");
  CHECK(error_of("{\"km\": 3}") == "log.jsonl: line 1: missing \"date\"");
  CHECK(error_of("{\"date\": \"2024-05-06\", \"pace\": 5}") ==
        "log.jsonl: line 1: unknown key \"pace\"");
  CHECK(error_of("{\"date\": \"2024-05-06\", \"km\": \"8\"}") ==
        "log.jsonl: line 1: \"km\" must be a number");
  CHECK(error_of("{\"date\": \"2024-05-06\", \"km\": -1}") ==
        "log.jsonl: line 1: \"km\" must be from 0 to 1000");
  CHECK(error_of("{\"date\": \"2024-05-06\", \"avg_hr\": 300}") ==
        "log.jsonl: line 1: \"avg_hr\" must be from 20 to 260");
  CHECK(error_of("{\"date\": \"2024-05-06\", \"title\": 3}") ==
        "log.jsonl: line 1: \"title\" must be a string");
  CHECK(error_of("{\"date\": ") ==
        "log.jsonl: line 1: invalid JSON: syntax error while parsing value - unexpected end of "
        "input; expected '[', '{', or a literal");
  CHECK(error_of("{\"title\": " + std::string(100, '[') + std::string(100, ']') + "}") ==
        "log.jsonl: line 1: nesting deeper than 64 levels");
  CHECK(error_of("[1]") == "log.jsonl: line 1: expected a JSON object");
  CHECK(error_of("{\"date\": \"2024-05-06\", \"km\": 5, \"km\": 6}") ==
        "log.jsonl: line 1: /km: duplicate key");
  CHECK(error_of(std::string("{\"date\": \"2024-05-06\"}\0junk", 26)) ==
        "log.jsonl: line 1: invalid JSON: a NUL byte");
  ReadLimits limits;
  limits.max_records = 1;
  CHECK(error_of("{\"date\": \"2024-05-06\"}\n{\"date\": \"2024-05-07\"}", limits) ==
        "log.jsonl: line 2: more than the limit of 1 activities");
}
