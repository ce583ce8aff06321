// The rules check: each kind of finding from a small rule set, exact examples, the default data
// clean, and every example reproducing its finding through batch.
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "data_files.hpp"
#include "runmassage/batch.hpp"
#include "runmassage/rules_check.hpp"
#include "support.hpp"

using namespace runmassage;
using nlohmann::json;
using test::source_file;

namespace {

json recommend(const std::string& id, int priority, const std::string& massage, json conditions,
               const std::string& type = "recommend") {
  return {{"id", id},
          {"priority", priority},
          {"conditions", std::move(conditions)},
          {"event", {{"type", type}, {"params", {{"massage", massage}, {"reason", "Because."}}}}}};
}

json leaf(const std::string& fact, const std::string& op, json value) {
  return {{"fact", fact}, {"operator", op}, {"value", std::move(value)}};
}

// The conditions as a JSON array, built explicitly: a braced list of one json value is a copy
// of it under clang but an array under gcc (nlohmann's initializer-list constructor).
template <typename... Conditions>
json all_of(Conditions... conditions) {
  json list = json::array();
  (list.push_back(std::move(conditions)), ...);
  return {{"all", std::move(list)}};
}

// Knowledge with the default catalogue and words, these rules and these picks.
Knowledge knowledge_with(const json& rules, const json& picks = json::array()) {
  json schedule = {
      {"suggestions", {{"budget", "1/week"}, {"min_days_apart", 2}, {"picks", picks}}}};
  return parse_knowledge({{"massages.json", source_file("massages.json")},
                          {"rules.json", json{{"rules", rules}}.dump()},
                          {"workouts.json", source_file("workouts.json")},
                          DataFile{"schedule.json", schedule.dump()}});
}

// Every day gets Swedish, except that a run today gets sports-pre: no finding at all.
json complete_rules() {
  return json::array(
      {recommend("run-today", 100, "sports-pre", all_of(leaf("days_until_next_run", "equal", 0))),
       recommend("any-day", 1, "swedish", {{"not", leaf("days_until_next_run", "equal", -1)}})});
}

// What the example gives when run through batch, as its JSON line.
json through_batch(const Knowledge& knowledge, const CheckExample& example) {
  auto planner = make_batch_planner(knowledge, Detail::brief, check_today, false);
  std::string out;
  REQUIRE(planner->plan_line(example_to_json(example).dump(), 1, out, 0));
  return json::parse(out);
}

bool fired(const json& line, const std::string& rule) {
  for (const auto& id : line["rules"]) {
    if (id == rule) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the default data has no findings", "[rules_check]") {
  const CheckReport report = check_rules(test::knowledge());
  CHECK(report.findings.empty());
  CHECK(report.situations == 44419);
}

TEST_CASE("a complete rule set has no findings", "[rules_check]") {
  const CheckReport report = check_rules(knowledge_with(complete_rules()));
  CHECK(report.findings.empty());
  // Only days_until_next_run is tested, so a day ahead is one of: no run today, a run today, a
  // race today; a day behind: no run today or a run today. Six pairings, less the one with no
  // run at all and the run today before a race today (that race is over: a past side's case).
  CHECK(report.situations == 4);
}

TEST_CASE("a day no rule recommends for is a gap, with the first such situation", "[rules_check]") {
  json rules = json::array(
      {recommend("run-tomorrow", 90, "swedish", all_of(leaf("days_until_next_run", "equal", 1)))});
  const CheckReport report = check_rules(knowledge_with(rules));
  REQUIRE(report.findings.size() == 1);
  const Finding& gap = report.findings[0];
  CHECK(gap.kind == FindingKind::gap);
  CHECK(gap.subject.empty());
  CHECK(gap.message == "No rule fires, so no massage is recommended.");
  CHECK(example_to_json(gap.example).dump() ==
        R"({"today":"2024-06-03","last_run":"2024-06-03","next_run":null,"races":[]})");
}

TEST_CASE("a gap where the only recommendation is avoided names the rules that fired",
          "[rules_check]") {
  json rules = complete_rules();
  rules.push_back(recommend("no-swedish-after-a-race", 200, "swedish",
                            all_of(leaf("days_since_last_race", "lessThanInclusive", 3)), "avoid"));
  const CheckReport report = check_rules(knowledge_with(rules));
  REQUIRE(!report.findings.empty());
  const Finding& gap = report.findings[0];
  CHECK(gap.kind == FindingKind::gap);
  CHECK(gap.message ==
        "No massage is recommended: the rules that fire (no-swedish-after-a-race, any-day) "
        "recommend nothing allowed.");
  const json line = through_batch(knowledge_with(rules), gap.example);
  CHECK(line["recommended"].is_null());
  CHECK(line["rules"] == json::array({"no-swedish-after-a-race", "any-day"}));
}

TEST_CASE("a rule whose conditions contradict each other never fires", "[rules_check]") {
  json rules = complete_rules();
  rules.push_back(recommend("impossible", 50, "deep-tissue",
                            all_of(leaf("days_until_next_run", "equal", 0),
                                   leaf("days_until_next_run", "greaterThan", 3))));
  const CheckReport report = check_rules(knowledge_with(rules));
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].kind == FindingKind::never_fires);
  CHECK(report.findings[0].subject == "impossible");
  CHECK(report.findings[0].message == "Its conditions hold in none of the 6 situations.");
  CHECK_FALSE(
      fired(through_batch(knowledge_with(rules), report.findings[0].example), "impossible"));
}

TEST_CASE("a recommendation always outranked or avoided never wins", "[rules_check]") {
  json rules = complete_rules();
  rules.push_back(recommend("shadowed", 50, "deep-tissue",
                            all_of(leaf("days_until_next_run", "greaterThan", 2))));
  rules.push_back(recommend("no-deep-before-a-run", 100, "deep-tissue",
                            all_of(leaf("days_until_next_run", "lessThan", 5)), "avoid"));
  rules.push_back(
      recommend("outranked", 0, "deep-tissue", all_of(leaf("days_since_last_run", "equal", 9))));
  const Knowledge knowledge = knowledge_with(rules);
  const CheckReport report = check_rules(knowledge);
  REQUIRE(report.findings.size() == 1);
  const Finding& finding = report.findings[0];
  CHECK(finding.kind == FindingKind::never_wins);
  CHECK(finding.subject == "outranked");
  CHECK(finding.message ==
        "It fires but never decides the recommendation; in the example any-day wins on "
        "priority.");
  const json line = through_batch(knowledge, finding.example);
  CHECK(fired(line, "outranked"));
  CHECK(line["recommended"]["rule"] == "any-day");
}

TEST_CASE("a never-wins finding says when the massage is avoided", "[rules_check]") {
  json rules = complete_rules();
  rules.push_back(recommend("deep-when-far", 50, "deep-tissue",
                            all_of(leaf("days_until_next_run", "greaterThan", 2))));
  rules.push_back(recommend("no-deep", 100, "deep-tissue",
                            all_of(leaf("days_until_next_run", "greaterThan", 1)), "avoid"));
  const Knowledge knowledge = knowledge_with(rules);
  const CheckReport report = check_rules(knowledge);
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].message ==
        "It fires but never decides the recommendation; in the example its massage is avoided "
        "by no-deep.");
  CHECK(through_batch(knowledge, report.findings[0].example)["avoid"][0]["id"] == "deep-tissue");
}

TEST_CASE("a pick whose massage the rules never allow in its window is dead", "[rules_check]") {
  json rules = complete_rules();
  rules.push_back(recommend("deep-far-from-runs", 50, "deep-tissue",
                            all_of(leaf("days_until_next_run", "greaterThan", 2))));
  json picks = json::array({{{"id", "long-run-eve-deep"},
                             {"anchor", "long_run"},
                             {"from", -1},
                             {"to", -1},
                             {"massage", "deep-tissue"},
                             {"value", 4},
                             {"why", "Never right."}},
                            {{"id", "far-before-long-run"},
                             {"anchor", "long_run"},
                             {"from", -3},
                             {"to", -5},
                             {"massage", "deep-tissue"},
                             {"value", 1},
                             {"why", "Fine."}}});
  const Knowledge knowledge = knowledge_with(rules, picks);
  const CheckReport report = check_rules(knowledge);
  REQUIRE(report.findings.size() == 1);
  const Finding& dead = report.findings[0];
  CHECK(dead.kind == FindingKind::dead_pick);
  CHECK(dead.subject == "long-run-eve-deep");
  CHECK(dead.message ==
        "The rules never recommend deep-tissue 1 day before a long run. In the example they "
        "recommend swedish.");
  CHECK(example_to_json(dead.example).dump() ==
        R"({"today":"2024-06-03","last_run":null,"next_run":"2024-06-04:long","races":[]})");
  CHECK(through_batch(knowledge, dead.example)["recommended"]["id"] == "swedish");
}

TEST_CASE("the long run's own day counts the run as done for a post-run pick", "[rules_check]") {
  // The default rules give sports-post once the run is done; before it, sports-pre.
  const auto& picks = test::knowledge().suggestions.picks;
  REQUIRE(std::any_of(picks.begin(), picks.end(),
                      [](const SuggestionPick& p) { return p.id == "long-run-evening"; }));
  for (const auto& finding : check_rules(test::knowledge()).findings) {
    CHECK(finding.subject != "long-run-evening");
  }
}

TEST_CASE("the report renders as text and JSON", "[rules_check]") {
  json rules = json::array(
      {recommend("run-tomorrow", 90, "swedish", all_of(leaf("days_until_next_run", "equal", 1)))});
  const CheckReport report = check_rules(knowledge_with(rules));
  CHECK(check_to_text(report) ==
        "gap\n"
        "  No rule fires, so no massage is recommended.\n"
        "  example: "
        R"({"today":"2024-06-03","last_run":"2024-06-03","next_run":null,"races":[]})"
        "\n\n"
        "4 situations checked: 1 finding.\n");
  const json out = check_to_json(report);
  CHECK(out["situations"] == 4);
  CHECK(out["findings"][0]["kind"] == "gap");
  CHECK_FALSE(out["findings"][0].contains("rule"));
  CHECK(finding_kind_name(FindingKind::never_wins) == "never-wins");
  CHECK(finding_kind_name(FindingKind::dead_pick) == "dead-pick");
}

TEST_CASE("a rule on the training load is not judged without a history", "[rules_check]") {
  json rules = complete_rules();
  rules.push_back(recommend("tired", 200, "swedish", all_of(leaf("form", "lessThan", -30))));
  CHECK(check_rules(knowledge_with(rules)).findings.empty());
}
