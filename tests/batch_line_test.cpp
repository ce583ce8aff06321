// Batch's output lines: a plan already made, written as plan's JSON with the id in front, the
// rendered decision reused, and error records.
#include <nlohmann/json.hpp>

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
  // Runs and races on every side of the day: many decisions, sharing recommendations and
  // avoidances in different combinations, with and without a recommendation.
  for (const Detail detail : {Detail::full, Detail::brief}) {
    BatchLineWriter writer(knowledge(), detail, false);
    const Date today = day("2024-05-02");
    for (int last = -5; last <= 1; ++last) {
      for (int next = -1; next <= 5; ++next) {
        for (int race = -8; race <= 9; race += 3) {
          PlanRequest request = around(today, last == 1 ? std::nullopt : std::optional(last),
                                       next == -1 ? std::nullopt : std::optional(next));
          if (race != 9) request.races.push_back(run_on(add_days(today, race), WorkoutKind::race));
          if (!request.last_run && !request.next_run && request.races.empty()) continue;
          const Plan plan = make_plan(knowledge().rules, request);
          CHECK(line_of(writer, "1", plan) == expected_line(plan, "1", detail));
        }
      }
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
