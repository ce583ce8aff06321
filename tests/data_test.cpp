// Loading data: the defaults validate, and each kind of bad file is refused with its location.
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "runmassage/data.hpp"
#include "runmassage/error.hpp"
#include "runmassage/file_io.hpp"

using namespace runmassage;
using nlohmann::json;

namespace {

std::string source_file(const std::string& name) {
  return read_file(std::string(RUNMASSAGE_SOURCE_DIR) + "/data/" + name, max_data_file_bytes);
}

json massages() { return json::parse(source_file("massages.json")); }
json rules() { return json::parse(source_file("rules.json")); }

// The DataError message for these two documents, or "no error".
std::string error_of(const std::string& massages_text, const std::string& rules_text) {
  try {
    parse_knowledge({{"massages.json", massages_text},
                     {"rules.json", rules_text},
                     {"workouts.json", source_file("workouts.json")},
                     DataFile{"schedule.json", source_file("schedule.json")}});
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}

std::string error_of(const json& m, const json& r) { return error_of(m.dump(), r.dump()); }

json condition_nested(int depth) {
  json leaf = {{"fact", "days_until_next_run"}, {"operator", "equal"}, {"value", 1}};
  for (int i = 1; i < depth; ++i) leaf = {{"not", leaf}};
  return leaf;
}

}  // namespace

TEST_CASE("the built-in data is byte for byte the data/ directory", "[data]") {
  // The built-in copy skips the syntax checks (depth, duplicate keys) that data/ passes here.
  REQUIRE(detail::embedded_files().size() == 4);
  for (const auto& file : detail::embedded_files()) {
    CHECK(file.text == source_file(std::string(file.name)));
  }
}

TEST_CASE("the built-in data is the data/ directory, and it validates", "[data]") {
  Knowledge built_in = default_knowledge();
  Knowledge from_dir = load_knowledge(std::string(RUNMASSAGE_SOURCE_DIR) + "/data");
  CHECK(built_in.catalogue.types.size() == 4);
  CHECK(built_in.catalogue.types[0].id == "sports-pre");
  CHECK(built_in.catalogue.types[3].id == "swedish");
  CHECK(built_in.catalogue.focus ==
        std::vector<std::string>{"hamstrings", "quadriceps", "calves", "glutes", "core"});
  CHECK(built_in.rules.rules().size() == from_dir.rules.rules().size());
  CHECK(built_in.rules.rules().front().id == "run-today");
  for (const char* id :
       {"pnf-stretching", "assisted-rom", "tapotement", "motion-palpation", "myofascial-release",
        "trigger-point", "pin-and-stretch", "effleurage", "petrissage", "stripping",
        "cross-fibre-friction", "compression", "flushing"}) {
    CHECK(built_in.catalogue.find_technique(id));
  }
}

TEST_CASE("malformed JSON is reported with line and column", "[data]") {
  CHECK(error_of(massages().dump(), "{\n  \"rules\": [\n    {,\n  ]\n}\n") ==
        "rules.json:3:6: invalid JSON: syntax error while parsing object key - unexpected ','; "
        "expected string literal");
  CHECK(error_of(massages().dump(), "") ==
        "rules.json:1:1: invalid JSON: syntax error while parsing value - unexpected end of "
        "input; expected '[', '{', or a literal");
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

TEST_CASE("dangling references are refused", "[data]") {
  json m = massages();
  m["types"][1]["techniques"][0] = "shiatsu";
  CHECK(error_of(m, rules()) ==
        "massages.json: /types/1/techniques/0: unknown technique \"shiatsu\"");

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

TEST_CASE("nesting beyond the limits is refused", "[data]") {
  json r = rules();
  r["rules"][0]["conditions"] = condition_nested(max_condition_depth);
  CHECK(error_of(massages(), r) == "no error");
  r["rules"][0]["conditions"] = condition_nested(max_condition_depth + 1);
  std::string pointer = "/rules/0/conditions";
  for (int i = 1; i <= max_condition_depth; ++i) pointer += "/not";
  CHECK(error_of(massages(), r) ==
        "rules.json: " + pointer + ": conditions nested deeper than 16 levels");

  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK(error_of(massages().dump(), deep) == "rules.json: nesting deeper than 64 levels");
}

TEST_CASE("data directories and files that cannot be read", "[data]") {
  auto io_error = [](const std::string& dir) -> std::string {
    try {
      load_knowledge(dir);
    } catch (const IoError& e) {
      return e.what();
    }
    return "no error";
  };
  CHECK(io_error("/nonexistent/runmassage") ==
        "cannot read data directory /nonexistent/runmassage: No such file or directory");
  CHECK(io_error(std::string(RUNMASSAGE_SOURCE_DIR) + "/data/rules.json") ==
        "cannot read data directory " + std::string(RUNMASSAGE_SOURCE_DIR) +
            "/data/rules.json: not a directory");
  CHECK(io_error(std::string(RUNMASSAGE_SOURCE_DIR) + "/src") ==
        "cannot read " + std::string(RUNMASSAGE_SOURCE_DIR) +
            "/src/massages.json: No such file or directory");
}

namespace {

json schedule() { return json::parse(source_file("schedule.json")); }
json workouts() { return json::parse(source_file("workouts.json")); }

// The DataError message when workouts.json and schedule.json are replaced, or "no error".
std::string words_error(const json& w, const json& s) {
  try {
    parse_knowledge({{"massages.json", massages().dump()},
                     {"rules.json", rules().dump()},
                     {"workouts.json", w.dump()},
                     DataFile{"schedule.json", s.dump()}});
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}

std::string schedule_error(const json& s) { return words_error(workouts(), s); }
std::string workouts_error(const json& w) { return words_error(w, schedule()); }

}  // namespace

TEST_CASE("workouts.json: kinds, race distances and units load", "[data]") {
  Knowledge k = default_knowledge();
  REQUIRE(k.workouts.kinds.size() == 6);
  CHECK(k.workouts.kinds[0].kind == WorkoutKind::long_run);
  CHECK(k.workouts.kinds[4].kind == WorkoutKind::race);
  CHECK(k.workouts.kinds[4].phrases.front() == Phrase{"race"});
  CHECK(k.workouts.kinds[5].kind == WorkoutKind::rest);
  CHECK(k.workouts.kinds[5].phrases[3] == Phrase{"cross", "train"});
  // Longest phrase first: "half marathon" is tried before "marathon".
  CHECK(k.workouts.race_distances.front().phrase == Phrase{"half", "marathon"});
  CHECK(k.workouts.race_distances.front().km == 21.1);
  REQUIRE(k.workouts.units.size() == 7);
  CHECK(k.workouts.units[0].name == "k");  // object keys come back sorted
  CHECK(k.workouts.units[0].km == 1);
  CHECK(k.workouts.units[4].name == "mi");
  CHECK(k.workouts.units[4].km == 1.609);
  CHECK(k.workouts.long_run_km == 25);
}

TEST_CASE("workouts.json: bad kinds, words, distances and units are refused", "[data]") {
  CHECK(workouts_error(workouts()) == "no error");
  json w = workouts();
  w["kinds"][5]["words"][0] = "Rest";
  CHECK(workouts_error(w) == "workouts.json: /kinds/5/words/0: \"Rest\" is not lower case");
  w = workouts();
  w["kinds"][4]["words"][1] = "--";
  CHECK(workouts_error(w) == "workouts.json: /kinds/4/words/1: no letters or digits in \"--\"");
  w = workouts();
  w["kinds"][1]["kind"] = "sprint";
  CHECK(workouts_error(w) ==
        "workouts.json: /kinds/1/kind: unknown kind \"sprint\" (expected rest, run, easy, long, "
        "hard, race)");
  w = workouts();
  w["units"]["10x"] = 5;
  CHECK(workouts_error(w) ==
        "workouts.json: /units/10x: a unit is one lower-case word not starting with a digit");
  w = workouts();
  w["race_distances"]["marathon"] = 0;
  CHECK(workouts_error(w) ==
        "workouts.json: /race_distances/marathon: expected a number from 0.1 to 500");
  w = workouts();
  w["long_run_km"] = "25";
  CHECK(workouts_error(w) == "workouts.json: /long_run_km: expected a number, found a string");
  w = workouts();
  w.erase("units");
  CHECK(workouts_error(w) == "workouts.json: /: missing \"units\"");
}

TEST_CASE("workouts.json: the load section is optional, and checked when given", "[data]") {
  json w = workouts();
  w.erase("load");
  CHECK(workouts_error(w) == "no error");  // then there are no load facts
  w = workouts();
  w["load"]["per_minute"].erase("race");
  CHECK(workouts_error(w) == "workouts.json: /load/per_minute: missing \"race\"");
  w = workouts();
  w["load"]["per_minute"]["tempo"] = 2;
  CHECK(workouts_error(w) == "workouts.json: /load/per_minute/tempo: unknown key \"tempo\"");
  w = workouts();
  w["load"]["chronic_days"] = 3;
  CHECK(workouts_error(w) == "workouts.json: /load/chronic_days: less than acute_days");
}

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

  json r = rules();
  r["rules"][0]["event"]["params"]["short"] = std::string(41, 'x');
  CHECK(error_of(massages(), r) ==
        "rules.json: /rules/0/event/params/short: longer than 40 characters");
}
