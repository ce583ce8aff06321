// The explanation: each rule's outcome, each condition's result and the fact it saw.
#include "runmassage/explain.hpp"
#include "catch.hpp"
#include "runmassage/render.hpp"
#include "support.hpp"

using namespace runmassage;

namespace {

const RuleTrace& trace_of(const std::vector<RuleTrace>& traces, const std::string& id) {
  for (const auto& t : traces) {
    if (test::knowledge().rules.rules()[t.rule].id == id) return t;
  }
  FAIL("no rule " << id);
  return traces.front();
}

}  // namespace

TEST_CASE("every rule is explained in priority order with its outcome", "[explain]") {
  const auto& knowledge = test::knowledge();
  // Thursday 2 May, last run Wednesday, a marathon on Wednesday 8 May: deep tissue wins.
  PlanRequest request = test::around(test::day("2024-05-02"), -1, std::nullopt);
  Workout race = test::run_on(test::day("2024-05-08"), WorkoutKind::race);
  race.km = 42.2;
  request.races.push_back(race);
  const Plan plan = make_plan(knowledge.rules, request);
  const auto traces = explain_decision(knowledge.rules, plan.facts, plan.decision);
  REQUIRE(traces.size() == knowledge.rules.rules().size());
  for (std::size_t i = 0; i < traces.size(); ++i) CHECK(traces[i].rule == i);
  CHECK(trace_of(traces, "rest-day").outcome == RuleOutcome::recommended);
  CHECK(trace_of(traces, "light-rest-day").outcome == RuleOutcome::outranked);
  CHECK(trace_of(traces, "run-today").outcome == RuleOutcome::not_fired);
  CHECK_FALSE(trace_of(traces, "run-today").fired);
  const auto json = explain_to_json(traces, knowledge.rules, plan.facts);
  CHECK(json[0].dump() ==
        R"({"rule":"run-today","priority":100,"fired":false,"outcome":"not-fired",)"
        R"("conditions":{"all":[{"fact":"days_until_next_run","operator":"equal","value":0,)"
        R"("fact_value":6,"result":false}],"result":false}})");
}

TEST_CASE("an avoided massage overrules its recommendation", "[explain]") {
  const auto& knowledge = test::knowledge();
  // A rest day one day before a long run: deep tissue avoided, rest-day overruled.
  PlanRequest request = test::around(test::day("2024-05-02"), -1, 2);
  request.next_run->kind = WorkoutKind::long_run;
  const Plan plan = make_plan(knowledge.rules, request);
  const auto traces = explain_decision(knowledge.rules, plan.facts, plan.decision);
  CHECK(trace_of(traces, "no-deep-tissue-before-a-key-workout").outcome == RuleOutcome::avoided);
  CHECK(trace_of(traces, "rest-day").outcome == RuleOutcome::overruled);
  CHECK(trace_of(traces, "light-rest-day").outcome == RuleOutcome::recommended);
  CHECK(outcome_name(RuleOutcome::overruled) == "overruled");
  CHECK(outcome_name(RuleOutcome::not_fired) == "not-fired");
}

TEST_CASE("absent facts are null in JSON and 'absent' in text; not nodes mirror the tree",
          "[explain]") {
  const auto& knowledge = test::knowledge();
  const Plan plan =
      make_plan(knowledge.rules, test::around(test::day("2024-05-02"), -2, std::nullopt));
  const auto traces = explain_decision(knowledge.rules, plan.facts, plan.decision);
  const auto json = explain_to_json(traces, knowledge.rules, plan.facts);
  const auto& rest_day = json[traces.size() - 2];
  REQUIRE(rest_day["rule"] == "rest-day");
  CHECK(rest_day["conditions"]["all"][1].dump() ==
        R"({"not":{"fact":"days_until_next_run","operator":"lessThan","value":2,)"
        R"("fact_value":null,"result":false},"result":true})");
  const std::string text =
      explain_to_text(traces, knowledge.rules, knowledge.catalogue, plan.facts);
  CHECK(text.find("  - rest-day (priority 50): recommended Deep tissue massage\n"
                  "    all: true\n"
                  "      not: true\n"
                  "        days_since_last_run equal 0: false (it is 2)\n"
                  "      not: true\n"
                  "        days_until_next_run lessThan 2: false (it is absent)\n") !=
        std::string::npos);
}

TEST_CASE("values print as the rules write them", "[explain]") {
  Condition in_list;
  in_list.kind = Condition::Kind::compare;
  in_list.fact = Fact::next_run_kind;
  in_list.op = Operator::in;
  in_list.values = {static_cast<double>(WorkoutKind::long_run),
                    static_cast<double>(WorkoutKind::hard)};
  CHECK(condition_value_text(in_list) == "[long, hard]");
  CHECK(fact_value_text(Fact::next_race_km, 21.1) == "21.1");
  CHECK(fact_value_text(Fact::days_until_next_run, std::nullopt) == "absent");
}
