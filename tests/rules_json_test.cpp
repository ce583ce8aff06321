// rules.json: references, conditions, values typed by their fact, limits and old files.
#include <algorithm>
#include <string>

#include "catch.hpp"
#include "data_files.hpp"
#include "runmassage/rules_json.hpp"

using namespace runmassage;
using nlohmann::json;
using test::error_of;
using test::massages;
using test::rules;
using test::source_file;

namespace {

json condition_nested(int depth) {
  json leaf = {{"fact", "days_until_next_run"}, {"operator", "equal"}, {"value", 1}};
  for (int i = 1; i < depth; ++i) leaf = {{"not", leaf}};
  return leaf;
}

}  // namespace

TEST_CASE("dangling references are refused", "[data]") {
  json r = rules();
  r["rules"][0]["event"]["params"]["massage"] = "hot-stone";
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/0/event/params/massage: unknown massage type \"hot-stone\"");

  r = rules();
  r["rules"][0]["conditions"]["all"][0]["fact"] = "days_until_next_ride";
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/0/conditions/all/0/fact: unknown fact \"days_until_next_ride\" "
        "(expected days_until_next_run, days_since_last_run, days_until_next_race, "
        "days_since_last_race, next_race_km, last_race_km, next_run_kind, last_run_kind, "
        "next_run_km, last_run_km, days_until_next_key_workout, days_since_last_key_workout, "
        "acute_load, chronic_load, form, load_ratio)");

  r = rules();
  r["rules"][0]["conditions"]["all"][0]["operator"] = "equals";
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/0/conditions/all/0/operator: unknown operator \"equals\" (expected "
        "equal, notEqual, lessThan, lessThanInclusive, greaterThan, greaterThanInclusive, in or "
        "notIn)");

  r = rules();
  r["rules"][0]["event"]["type"] = "suggest";
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/0/event/type: unknown event type \"suggest\" (expected recommend or "
        "avoid)");
}

TEST_CASE("condition values are checked against their operator", "[data]") {
  json r = rules();
  r["rules"][0]["conditions"]["all"][0]["operator"] = "in";
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/0/conditions/all/0/value: expected an array, found an integer");
  r["rules"][0]["conditions"]["all"][0]["value"] = json::array({0, "1"});
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/0/conditions/all/0/value/1: the days fact \"days_until_next_run\" "
        "compares with numbers, not a string");
  r["rules"][0]["conditions"]["all"][0]["value"] = json::array({0, 1});
  CHECK(error_of(massages(), r) == "no error");

  r = rules();
  r["rules"][0]["conditions"]["all"][0]["value"] = 10000000000LL;
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/0/conditions/all/0/value: expected a number from -100000 to "
        "100000");
  r["rules"][0]["conditions"] = {{"fact", "days_until_next_run"}};
  CHECK(error_of(massages(), r) == "rules.json: /rules/0/conditions: missing \"operator\"");
  r["rules"][0]["conditions"] = {{"some", json::array()}};
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/0/conditions: expected \"all\", \"any\", \"not\" or \"fact\"");
}

TEST_CASE("rule values are typed by their fact", "[data]") {
  auto with_leaf = [](const json& leaf) {
    json r = rules();
    r["rules"][0]["conditions"] = {{"all", json::array({leaf})}};
    return error_of(massages(), r);
  };
  // Decimals compare with distances and days alike.
  CHECK(with_leaf({{"fact", "next_race_km"}, {"operator", "greaterThan"}, {"value", 21.1}}) ==
        "no error");
  CHECK(with_leaf({{"fact", "days_until_next_run"}, {"operator", "lessThan"}, {"value", 1.5}}) ==
        "no error");
  // Words compare with words, by equality or membership.
  CHECK(with_leaf({{"fact", "next_run_kind"}, {"operator", "equal"}, {"value", "long"}}) ==
        "no error");
  CHECK(with_leaf({{"fact", "last_run_kind"},
                   {"operator", "notIn"},
                   {"value", json::array({"easy", "run"})}}) == "no error");
  CHECK(with_leaf({{"fact", "next_run_kind"}, {"operator", "equal"}, {"value", 3}}) ==
        "rules.json: /rules/0/conditions/all/0/value: the word fact \"next_run_kind\" compares "
        "with words (run, easy, long, hard, race), not an integer");
  CHECK(with_leaf({{"fact", "next_run_kind"}, {"operator", "in"}, {"value", {"long", "lng"}}}) ==
        "rules.json: /rules/0/conditions/all/0/value/1: unknown next_run_kind \"lng\" (expected "
        "run, easy, long, hard, race)");
  CHECK(with_leaf({{"fact", "next_run_kind"}, {"operator", "equal"}, {"value", "rest"}}) ==
        "rules.json: /rules/0/conditions/all/0/value: unknown next_run_kind \"rest\" (expected "
        "run, easy, long, hard, race)");
  CHECK(with_leaf({{"fact", "next_run_kind"}, {"operator", "lessThan"}, {"value", "long"}}) ==
        "rules.json: /rules/0/conditions/all/0/operator: \"lessThan\" does not apply to the "
        "word fact \"next_run_kind\" (expected equal, notEqual, in or notIn)");
  CHECK(with_leaf({{"fact", "next_race_km"}, {"operator", "equal"}, {"value", "marathon"}}) ==
        "rules.json: /rules/0/conditions/all/0/value: the number fact \"next_race_km\" compares "
        "with numbers, not a string");
}

TEST_CASE("recommend rules may name techniques and a session length", "[data]") {
  json r = rules();
  auto& params = r["rules"][0]["event"]["params"];
  params["techniques"] = {"tapotement"};
  params["minutes"] = {{"min", 10}, {"max", 15}};
  CHECK(error_of(massages(), r) == "no error");
  params["techniques"] = {"tapotement", "shiatsu"};
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/0/event/params/techniques/1: unknown technique \"shiatsu\"");
  params["techniques"] = {"tapotement"};
  params["minutes"] = {{"min", 20}, {"max", 15}};
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/0/event/params/minutes/max: max is less than min");
  r = rules();
  r["rules"][1]["event"]["params"]["techniques"] = {"tapotement"};  // an avoid rule
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/1/event/params/techniques: only a recommend rule names techniques");
  r = rules();
  r["rules"][0]["event"]["params"]["techniques"] = json::array();
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/0/event/params/techniques: expected a non-empty array");
}

TEST_CASE("a rule spelling out its type's own techniques and length keeps the type's session",
          "[data]") {
  // ran-today recommends sports-post, whose own session is these three techniques, 20-45 min.
  json r = rules();
  for (auto& rule : r["rules"]) {
    if (rule["id"] != "ran-today") continue;
    rule["event"]["params"]["techniques"] = {"myofascial-release", "trigger-point",
                                             "pin-and-stretch"};
    rule["event"]["params"]["minutes"] = {{"min", 20}, {"max", 45}};
  }
  const Knowledge k = parse_knowledge({{"massages.json", source_file("massages.json")},
                                       {"rules.json", r.dump()},
                                       {"workouts.json", source_file("workouts.json")},
                                       DataFile{"schedule.json", source_file("schedule.json")}});
  const auto& all = k.rules.rules();
  const auto ran_today =
      std::find_if(all.begin(), all.end(), [](const Rule& rule) { return rule.id == "ran-today"; });
  REQUIRE(ran_today != all.end());
  CHECK_FALSE(ran_today->techniques);
  CHECK_FALSE(ran_today->min_minutes);
  CHECK_FALSE(ran_today->max_minutes);
}

TEST_CASE("rule files written for the four day counts keep working", "[data]") {
  // The rules.json of the first release, before distances and kinds.
  const std::string old_rules = R"({"rules": [
    {"id": "run-today", "priority": 100,
     "conditions": {"all": [{"fact": "days_until_next_run", "operator": "equal", "value": 0}]},
     "event": {"type": "recommend", "params": {"massage": "sports-pre", "reason": "r"}}},
    {"id": "race-week", "priority": 80,
     "conditions": {"all": [{"fact": "days_until_next_race", "operator": "lessThanInclusive",
                             "value": 4}]},
     "event": {"type": "avoid", "params": {"massage": "deep-tissue", "short": "s", "reason": "r"}}}
  ]})";
  CHECK(error_of(massages().dump(), old_rules) == "no error");
}

TEST_CASE("conditions nested beyond the limit are refused", "[data]") {
  json r = rules();
  r["rules"][0]["conditions"] = condition_nested(max_condition_depth);
  CHECK(error_of(massages(), r) == "no error");
  r["rules"][0]["conditions"] = condition_nested(max_condition_depth + 1);
  std::string pointer = "/rules/0/conditions";
  for (int i = 1; i <= max_condition_depth; ++i) pointer += "/not";
  CHECK(error_of(massages(), r) ==
        "rules.json: " + pointer + ": conditions nested deeper than 16 levels");
}

TEST_CASE("a short reason over 40 characters is refused", "[data]") {
  json r = rules();
  r["rules"][0]["event"]["params"]["short"] = std::string(41, 'x');
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/0/event/params/short: longer than 40 characters");
}
