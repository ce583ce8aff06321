// Batch's output lines: a plan already made, written as plan's JSON with the id in front, the
// rendered decision reused, and error records.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <vector>

#include "catch.hpp"
#include "runmassage/batch_line.hpp"
#include "runmassage/planner.hpp"
#include "support.hpp"

using namespace runmassage;
using test::around;
using test::day;
using test::knowledge;
using test::run_on;

namespace {

// plan_to_json's document as batch writes it: the id first, then batch's schema.
std::string expected_line(const Plan& plan, std::string_view id_json, Detail detail) {
  nlohmann::ordered_json expected;
  if (!id_json.empty()) expected["id"] = nlohmann::json::parse(id_json);
  const nlohmann::ordered_json plan_json = plan_to_json(plan, knowledge(), detail);
  for (const auto& [key, value] : plan_json.items()) {
    expected[key] = key == "schema" ? nlohmann::ordered_json("runmassage/batch/v2") : value;
  }
  return expected.dump() + "\n";
}

// The line writer writes for `plan`, gathered with the decision it splices in.
std::string line_of(BatchLineWriter& writer, std::string_view id_json, const Plan& plan) {
  BatchOutput out;
  writer.append_plan(out, id_json, plan);
  std::string text;
  out.append_to(text);
  return text;
}

// Runs and races on every side of the day: 7 last runs (or none), 7 next runs (or none) and 6
// races, which make many decisions, sharing recommendations and avoidances in different
// combinations, with and without a recommendation.
std::vector<PlanRequest> requests_around(Date today) {
  std::vector<PlanRequest> requests;
  for (int last = -5; last <= 1; ++last) {
    for (int next = -1; next <= 5; ++next) {
      for (int race = -8; race <= 9; race += 3) {
        PlanRequest request = around(today, last == 1 ? std::nullopt : std::optional(last),
                                     next == -1 ? std::nullopt : std::optional(next));
        request.races.push_back(run_on(add_days(today, race), WorkoutKind::race));
        requests.push_back(request);
      }
    }
  }
  return requests;
}

}  // namespace

TEST_CASE("a plan's line is plan's JSON with the id in front, decision cached or not",
          "[batch_line]") {
  BatchLineWriter writer(knowledge(), Detail::full, false);
  const Date today = day("2024-05-02");
  // Two plans with the same decision and different facts, then a third with another decision,
  // then the first again: the second and fourth lines reuse a rendered decision.
  const Plan rest_day = make_plan(knowledge().rules, around(today, -2, 3));
  const Plan also_rest = make_plan(knowledge().rules, around(today, -1, 4));
  const Plan run_today = make_plan(knowledge().rules, around(today, -3, 0));
  REQUIRE(rest_day.decision.fired == also_rest.decision.fired);
  REQUIRE(rest_day.decision.fired != run_today.decision.fired);
  for (const Plan* plan : {&rest_day, &also_rest, &run_today, &rest_day}) {
    BatchOutput out;
    out.text = "before\n";
    writer.append_plan(out, R"("r-7")", *plan);
    std::string text;
    out.append_to(text);
    CHECK(text == "before\n" + expected_line(*plan, R"("r-7")", Detail::full));
  }
  CHECK(line_of(writer, "", run_today) == expected_line(run_today, "", Detail::full));
  // An id longer than the rest of the line, then a short one again.
  const std::string long_id = "\"" + std::string(20000, 'x') + "\"";
  for (const std::string& id : {long_id, std::string(R"("r-8")")}) {
    CHECK(line_of(writer, id, rest_day) == expected_line(rest_day, id, Detail::full));
  }
}

TEST_CASE("decisions spliced from parts rendered once are plan's JSON", "[batch_line]") {
  for (const Detail detail : {Detail::full, Detail::brief}) {
    BatchLineWriter writer(knowledge(), detail, false);
    for (const PlanRequest& request : requests_around(day("2024-05-02"))) {
      const Plan plan = make_plan(knowledge().rules, request);
      CHECK(line_of(writer, "1", plan) == expected_line(plan, "1", detail));
    }
  }
}

TEST_CASE("decision texts the writer lets go of stay valid until the output is written",
          "[batch_line]") {
  // Over 4,096 distinct decisions (the writer's bound) empty its cache of rendered texts while
  // one output still refers to them: 5,000 lines, each with another set of rules fired.
  BatchLineWriter writer(knowledge(), Detail::brief, false);
  Plan plan = make_plan(knowledge().rules, around(day("2024-05-02"), -2, 3));
  const std::size_t rules = knowledge().rules.rules().size();
  REQUIRE(rules >= 21);  // C(21, 4) = 5,985 sets of four
  BatchOutput out;
  std::string expected;
  std::size_t lines = 0;
  for (std::size_t a = 0; a < rules && lines < 5000; ++a) {
    for (std::size_t b = a + 1; b < rules && lines < 5000; ++b) {
      for (std::size_t c = b + 1; c < rules && lines < 5000; ++c) {
        for (std::size_t d = c + 1; d < rules && lines < 5000; ++d, ++lines) {
          plan.decision.fired = {a, b, c, d};
          writer.append_plan(out, "1", plan);
          expected += expected_line(plan, "1", Detail::brief);
        }
      }
    }
  }
  REQUIRE(lines == 5000);
  CHECK_FALSE(out.kept.empty());
  std::string text;
  out.append_to(text);
  CHECK(text == expected);
}

TEST_CASE("a situated plan's line reuses the decision of facts met before", "[batch_line]") {
  CachedPlanner planner(knowledge().rules);
  std::size_t decided = 0;
  const std::function<void(Plan&)> decide = [&](Plan& plan) {
    ++decided;
    planner.decide(plan);
  };
  auto line_placed = [&](BatchLineWriter& writer, const PlanRequest& request) {
    Plan plan;
    planner.situate(request, plan);
    BatchOutput out;
    writer.append_placed(out, "1", plan, decide);
    std::string text;
    out.append_to(text);
    return text;
  };
  BatchLineWriter writer(knowledge(), Detail::full, false);
  const Date today = day("2024-05-02");
  const std::vector<PlanRequest> requests = requests_around(today);
  REQUIRE(requests.size() == 7 * 7 * 6);
  // Facts never met are decided; the same facts a day later (the dates move) straight after
  // are not, whatever else the table holds. Fewer sets of facts than requests (a race today with
  // no run given is the same day whatever else…), so some requests meet facts met before.
  std::vector<Facts> distinct;
  for (const PlanRequest& request : requests) {
    const Plan expected = make_plan(knowledge().rules, request);
    const bool new_facts =
        std::find(distinct.begin(), distinct.end(), expected.facts) == distinct.end();
    if (new_facts) distinct.push_back(expected.facts);
    const std::size_t before = decided;
    CHECK(line_placed(writer, request) == expected_line(expected, "1", Detail::full));
    if (new_facts) CHECK(decided == before + 1);
    PlanRequest later = request;
    later.today = add_days(later.today, 1);
    for (auto* run : {&later.last_run, &later.next_run}) {
      if (*run) (*run)->date = add_days((*run)->date, 1);
    }
    for (Workout& race : later.races) race.date = add_days(race.date, 1);
    const Plan expected_later = make_plan(knowledge().rules, later);
    REQUIRE(expected_later.facts == expected.facts);
    const std::size_t decided_first = decided;
    CHECK(line_placed(writer, later) == expected_line(expected_later, "1", Detail::full));
    CHECK(decided == decided_first);
  }
  CHECK(distinct.size() < requests.size());

  // With the explanation, every line is decided: the explanation is not remembered.
  BatchLineWriter explaining(knowledge(), Detail::full, true);
  decided = 0;
  for (int i = 0; i < 2; ++i) line_placed(explaining, requests.front());
  CHECK(decided == 2);
}

TEST_CASE("decisions remembered by facts are let go of with their texts", "[batch_line]") {
  // 5,000 distinct facts, each decided to another set of rules: the writer's cache of texts is
  // emptied at the 4,097th, and with it what it remembers by facts. The 4,096th facts again,
  // once the output that kept their text is gone, are decided again, not read from freed text.
  BatchLineWriter writer(knowledge(), Detail::brief, false);
  const std::size_t rules = knowledge().rules.rules().size();
  REQUIRE(rules >= 21);
  std::vector<std::vector<std::size_t>> sets;
  for (std::size_t a = 0; a < rules && sets.size() < 5000; ++a) {
    for (std::size_t b = a + 1; b < rules && sets.size() < 5000; ++b) {
      for (std::size_t c = b + 1; c < rules && sets.size() < 5000; ++c) {
        for (std::size_t d = c + 1; d < rules && sets.size() < 5000; ++d)
          sets.push_back({a, b, c, d});
      }
    }
  }
  REQUIRE(sets.size() == 5000);
  Plan plan = make_plan(knowledge().rules, around(day("2024-05-02"), -2, 3));
  std::size_t decided = 0;
  auto write = [&](BatchOutput& out, std::size_t i) {
    plan.facts.set(Fact::next_run_km, static_cast<double>(i));
    writer.append_placed(out, "1", plan, [&](Plan& placed) {
      ++decided;
      placed.decision.fired = sets[i];
    });
    plan.decision.fired = sets[i];
    return expected_line(plan, "1", Detail::brief);
  };
  {
    BatchOutput out;
    std::string expected;
    for (std::size_t i = 0; i < sets.size(); ++i) expected += write(out, i);
    CHECK(decided == 5000);
    std::string text;
    out.append_to(text);
    CHECK(text == expected);
  }
  BatchOutput again;
  const std::string expected = write(again, 4095);
  CHECK(decided == 5001);
  std::string text;
  again.append_to(text);
  CHECK(text == expected);
}

TEST_CASE("brief lines leave out the descriptions as plan --brief does", "[batch_line]") {
  BatchLineWriter writer(knowledge(), Detail::brief, false);
  const Plan plan = make_plan(knowledge().rules, around(day("2024-05-02"), -2, 3));
  CHECK(line_of(writer, "12", plan) == expected_line(plan, "12", Detail::brief));
}

TEST_CASE("error records carry the id, the line, the column when known, and the message",
          "[batch_line]") {
  std::string out;
  BatchLineWriter::append_error(out, 3, R"("a")", "today: not a date");
  CHECK(out == R"({"id":"a","schema":"runmassage/batch/v2","line":3,"error":"today: not a date"})"
               "\n");
  out.clear();
  BatchLineWriter::append_error(out, 12, "", "line 12, column 5: invalid JSON: \"x\"", 5);
  CHECK(
      out ==
      R"({"schema":"runmassage/batch/v2","line":12,"column":5,"error":"line 12, column 5: invalid JSON: \"x\""})"
      "\n");
}
