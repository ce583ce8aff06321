// The default rules against every row of DOMAIN.md's timing table, and request validation.
#include "catch.hpp"
#include "support.hpp"

#include "runmassage/data.hpp"
#include "runmassage/error.hpp"
#include "runmassage/planner.hpp"

using namespace runmassage;
using test::knowledge;

namespace {

const Date today = *parse_iso_date("2024-05-02");

std::optional<Date> in_days(std::optional<int> days) {
  if (!days) return std::nullopt;
  return add_days(today, *days);
}

struct Answer {
  std::string recommended;
  std::vector<std::string> avoid;
  std::vector<std::string> rules;
};

// Plans `today` with runs and races given as day offsets from it.
Answer plan(std::optional<int> last_run, std::optional<int> next_run,
            const std::vector<int>& races = {}) {
  PlanRequest request{today, in_days(last_run), in_days(next_run), {}};
  for (int race : races) request.races.push_back(add_days(today, race));
  Plan result = make_plan(knowledge().rules, request);
  const auto& rules = knowledge().rules.rules();
  const auto& types = knowledge().catalogue.types;
  Answer answer;
  if (result.decision.recommended_rule) {
    answer.recommended = types[rules[*result.decision.recommended_rule].massage].id;
  }
  for (const auto& a : result.decision.avoid) answer.avoid.push_back(types[a.massage].id);
  for (auto index : result.decision.fired) answer.rules.push_back(rules[index].id);
  return answer;
}

using Ids = std::vector<std::string>;

std::string usage_error(const PlanRequest& request) {
  try {
    situate(request);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a run today, still ahead: sports-pre, no deep tissue", "[planner][domain]") {
  auto answer = plan(std::nullopt, 0);
  CHECK(answer.recommended == "sports-pre");
  CHECK(answer.avoid == Ids{"deep-tissue"});
  CHECK(answer.rules == Ids{"run-today", "no-deep-tissue-within-a-day-of-a-run"});
  CHECK(plan(-3, 0).recommended == "sports-pre");
  CHECK(plan(0, 0).recommended == "sports-pre");  // ran this morning, runs again tonight
}

TEST_CASE("ran today, no further run today: sports-post", "[planner][domain]") {
  auto answer = plan(0, 3);
  CHECK(answer.recommended == "sports-post");
  CHECK(answer.avoid.empty());
  CHECK(answer.rules == Ids{"ran-today"});
  CHECK(plan(0, std::nullopt).recommended == "sports-post");
  CHECK(plan(0, 2).recommended == "sports-post");
}

TEST_CASE("ran today and runs tomorrow: the next run decides", "[planner][domain]") {
  auto answer = plan(0, 1);
  CHECK(answer.recommended == "swedish");
  CHECK(answer.avoid == Ids{"deep-tissue"});
  CHECK(answer.rules == Ids{"no-deep-tissue-within-a-day-of-a-run", "run-tomorrow", "ran-today"});
}

TEST_CASE("next run tomorrow: swedish, no deep tissue", "[planner][domain]") {
  auto answer = plan(-1, 1);
  CHECK(answer.recommended == "swedish");
  CHECK(answer.avoid == Ids{"deep-tissue"});
  CHECK(answer.rules == Ids{"no-deep-tissue-within-a-day-of-a-run", "run-tomorrow"});
  CHECK(plan(std::nullopt, 1).recommended == "swedish");
}

TEST_CASE("rest day, next run two or more days away or unknown: deep tissue", "[planner][domain]") {
  auto answer = plan(-1, 2);
  CHECK(answer.recommended == "deep-tissue");
  CHECK(answer.avoid.empty());
  CHECK(answer.rules == Ids{"rest-day"});
  CHECK(plan(-2, 5).recommended == "deep-tissue");
  CHECK(plan(-1, std::nullopt).recommended == "deep-tissue");
  CHECK(plan(std::nullopt, 2).recommended == "deep-tissue");
}

TEST_CASE("a race within the next 4 days: swedish, no deep tissue", "[planner][domain]") {
  for (int days : {2, 3, 4}) {
    auto answer = plan(-1, std::nullopt, {days});
    CHECK(answer.recommended == "swedish");
    CHECK(answer.avoid == Ids{"deep-tissue"});
    CHECK(answer.rules == Ids{"no-deep-tissue-before-a-race", "race-week", "rest-day"});
  }
  // With a run before the race, the race still rules out deep tissue.
  auto answer = plan(-1, 2, {3});
  CHECK(answer.recommended == "swedish");
  CHECK(answer.avoid == Ids{"deep-tissue"});
  // Five days out the window has not opened yet.
  CHECK(plan(-1, std::nullopt, {5}).recommended == "deep-tissue");
}

TEST_CASE("race day itself: sports-pre", "[planner][domain]") {
  auto answer = plan(-2, std::nullopt, {0});
  CHECK(answer.recommended == "sports-pre");
  CHECK(answer.avoid == Ids{"deep-tissue"});
  CHECK(plan(std::nullopt, std::nullopt, {1}).recommended == "swedish");
}

TEST_CASE("the day after a race, no run tomorrow: deep tissue", "[planner][domain]") {
  auto answer = plan(std::nullopt, 3, {-1});
  CHECK(answer.recommended == "deep-tissue");
  CHECK(answer.rules == Ids{"day-after-race", "rest-day"});
  CHECK(plan(std::nullopt, std::nullopt, {-1}).recommended == "deep-tissue");
  // A run tomorrow still comes first.
  CHECK(plan(std::nullopt, 1, {-1}).recommended == "swedish");
  // Another race in the window still rules deep tissue out.
  CHECK(plan(std::nullopt, std::nullopt, {-1, 3}).recommended == "swedish");
}

TEST_CASE("races are runs when placing the day", "[planner]") {
  PlanRequest request{today,
                      in_days(-5),
                      in_days(6),
                      {add_days(today, -2), add_days(today, 3), add_days(today, 10)}};
  Plan placed = situate(request);
  CHECK(to_iso(*placed.last_run) == "2024-04-30");
  CHECK(to_iso(*placed.next_run) == "2024-05-05");
  CHECK(to_iso(*placed.last_race) == "2024-04-30");
  CHECK(to_iso(*placed.next_race) == "2024-05-05");
  CHECK(placed.facts.get(Fact::days_since_last_run) == 2);
  CHECK(placed.facts.get(Fact::days_until_next_run) == 3);
  CHECK(placed.facts.get(Fact::days_since_last_race) == 2);
  CHECK(placed.facts.get(Fact::days_until_next_race) == 3);
}

TEST_CASE("requests with impossible date orders are refused", "[planner]") {
  CHECK(usage_error({today, std::nullopt, std::nullopt, {}}) ==
        "no run date: give --next-run, --last-run or --race");
  CHECK(usage_error({today, in_days(1), std::nullopt, {}}) ==
        "last run 2024-05-03 is after today (2024-05-02)");
  CHECK(usage_error({today, std::nullopt, in_days(-1), {}}) ==
        "next run 2024-05-01 is before today (2024-05-02)");
  CHECK(usage_error({today, in_days(3), in_days(2), {}}) ==
        "last run 2024-05-05 is after next run 2024-05-04");
}
