// schedule.json: the suggestion picks load, and bad picks and settings are refused.
#include "catch.hpp"
#include "data_files.hpp"
#include "runmassage/knowledge.hpp"
#include "runmassage/suggestion_settings.hpp"

using namespace runmassage;
using nlohmann::json;
using test::schedule;
using test::schedule_error;

TEST_CASE("schedule.json: suggestion picks load", "[data]") {
  Knowledge k = default_knowledge();
  REQUIRE(k.suggestions.picks.size() == 8);
  CHECK(budget_text(k.suggestions.budget) == "1/week");
  CHECK(k.suggestions.min_days_apart == 2);
  CHECK(k.suggestions.picks[1].id == "race-eve");
  CHECK(k.suggestions.picks[1].anchor == Anchor::race);
  CHECK(k.suggestions.picks[1].from == -1);
  CHECK(k.suggestions.picks[1].to == -2);
  CHECK(k.suggestions.picks[1].value == 9);
  CHECK(k.catalogue.types[k.suggestions.picks[1].massage].id == "swedish");
  CHECK(k.suggestions.picks[3].anchor == Anchor::long_run);
  CHECK(k.rules.rules().front().short_reason == "run today");
}

TEST_CASE("schedule.json: bad picks and settings are refused", "[data]") {
  CHECK(schedule_error(schedule()) == "no error");
  json s = schedule();
  s["suggestions"]["picks"][1]["massage"] = "hot-stone";
  CHECK(schedule_error(s) ==
        "schedule.json: /suggestions/picks/1/massage: unknown massage type \"hot-stone\"");
  s = schedule();
  s["suggestions"]["picks"][0]["anchor"] = "tempo";
  CHECK(schedule_error(s) ==
        "schedule.json: /suggestions/picks/0/anchor: unknown anchor "
        "\"tempo\" (expected race or long_run)");
  s = schedule();
  s["suggestions"]["picks"][2]["to"] = -1;
  CHECK(schedule_error(s) ==
        "schedule.json: /suggestions/picks/2/to: from and to must be on the same side of the "
        "anchor");
  s = schedule();
  s["suggestions"]["picks"][2]["from"] = 15;
  CHECK(schedule_error(s) ==
        "schedule.json: /suggestions/picks/2/from: expected an integer from -14 to 14");
  s = schedule();
  s["suggestions"]["budget"] = "8/fortnight";
  CHECK(schedule_error(s) ==
        "schedule.json: /suggestions/budget: expected N/week or N/month with N from 0 to 31");
  s = schedule();
  s["suggestions"]["picks"][0]["value"] = 0;
  CHECK(schedule_error(s) ==
        "schedule.json: /suggestions/picks/0/value: expected an integer from 1 to 1000");
  s = schedule();
  s["suggestions"]["picks"][1]["id"] = "race-recovery";
  CHECK(schedule_error(s) ==
        "schedule.json: /suggestions/picks/1/id: duplicate id \"race-recovery\" "
        "(first at index 0)");
  s = schedule();
  s.erase("suggestions");
  CHECK(schedule_error(s) == "schedule.json: /: missing \"suggestions\"");
}
