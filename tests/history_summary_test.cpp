// What a history gives the planner (last run, races, the load facts) and the weekly summary,
// checked against values worked out by hand.
#include "runmassage/history_summary.hpp"
#include "catch.hpp"
#include "runmassage/knowledge.hpp"
#include "runmassage/planner.hpp"
#include "support.hpp"

using namespace runmassage;

namespace {

Activity activity(const char* iso, const char* title, std::optional<double> km,
                  std::optional<double> minutes, Sport sport = Sport::run) {
  Activity a;
  a.day = test::day(iso);
  a.start_utc = utc_midnight(a.day) + 6 * 3600;
  a.title = title;
  a.km = km;
  a.minutes = minutes;
  a.sport = sport;
  return a;
}

const WorkoutWords& words() {
  static const Knowledge knowledge = default_knowledge(DataParts::plans);
  return knowledge.workouts;
}

}  // namespace

TEST_CASE("workouts.json's load section gives the factors and the model", "[history]") {
  REQUIRE(words().load);
  const LoadSettings& load = *words().load;
  CHECK(load.factors.kind_per_minute.at("easy") == 1.2);
  CHECK(load.factors.kind_per_minute.at("long") == 1.6);
  CHECK(load.factors.kind_per_minute.at("hard") == 2.8);
  CHECK(load.factors.kind_per_minute.at("race") == 3.2);
  CHECK(load.factors.run_per_minute == 1.5);
  CHECK(load.factors.other_per_minute == 1.0);
  CHECK(load.model.acute_days == 7);
  CHECK(load.model.chronic_days == 42);
  CHECK(load.model.min_history_days == 7);
}

TEST_CASE("titles give runs their kinds; rides keep none", "[history]") {
  std::vector<Activity> all{activity("2024-05-01", "Easy loop", 8, 45),
                            activity("2024-05-02", "Chicago Marathon", 42.6, 200),
                            activity("2024-05-03", "Morning Run", 10, 55),
                            activity("2024-05-04", "Commute", 20, 60, Sport::other)};
  classify_activities(all, words());
  CHECK(all[0].kind == "easy");
  CHECK(all[1].kind == "race");
  CHECK(all[2].kind == "run");
  CHECK(all[3].kind.empty());
}

TEST_CASE("the last run and the races come from the history, up to the day", "[history]") {
  std::vector<Activity> all{activity("2024-04-28", "Spring Half Marathon", 21.3, 105),
                            activity("2024-05-01", "Tempo", 10, 50),
                            activity("2024-05-02", "Morning Run", 27, 150),
                            activity("2024-05-03", "Commute", 20, 60, Sport::other),
                            activity("2024-05-05", "Easy", 8, 45)};
  classify_activities(all, words());
  const PastRuns past = past_runs(all, test::day("2024-05-04"), words());
  REQUIRE(past.last_run);
  CHECK(past.last_run->date == test::day("2024-05-02"));
  CHECK(past.last_run->kind == WorkoutKind::long_run);  // 27 km: long whatever the title
  CHECK(past.last_run->km == 27);
  REQUIRE(past.races.size() == 1);
  CHECK(past.races[0].date == test::day("2024-04-28"));
  CHECK(past.races[0].kind == WorkoutKind::race);
  CHECK(past.races[0].km == 21.3);  // the file's distance, not the name's 21.1
  CHECK(runs_before(all, test::day("2024-05-02"), words()).size() == 2);
}

// One easy hour (60 × 1.2 = 72) on 1 May, then rest. λa = 1 − e^(−1/7), λc = 1 − e^(−1/42):
// day 1 ATL = 72 λa = 9.5848, CTL = 72 λc = 1.6940; six rest days multiply them by e^(−6/7) and
// e^(−6/42): ATL 4.0675, CTL 1.4685 on 7 May; form = CTL − ATL of 6 May = 1.5040 − 4.6922 =
// −3.1882; ratio 4.0675 / 1.4685 = 2.7698.
TEST_CASE("the load facts from a history, by hand", "[history][facts]") {
  std::vector<Activity> all{activity("2024-05-01", "Easy loop", 8, 60)};
  classify_activities(all, words());
  CHECK_FALSE(history_load(all, test::day("2024-05-06"), std::nullopt, words()));  // 6 days
  const auto load = history_load(all, test::day("2024-05-07"), std::nullopt, words());
  REQUIRE(load);

  PlanRequest request;
  request.today = test::day("2024-05-07");
  request.last_run = test::run_on(test::day("2024-05-01"), WorkoutKind::easy);
  request.load = load;
  const Facts facts = situate(request).facts;
  CHECK(facts.get(Fact::acute_load).value() == Approx(4.067525).epsilon(1e-6));
  CHECK(facts.get(Fact::chronic_load).value() == Approx(1.468525).epsilon(1e-6));
  CHECK(facts.get(Fact::form).value() == Approx(-3.188246).epsilon(1e-6));
  CHECK(facts.get(Fact::load_ratio).value() == Approx(2.769804).epsilon(1e-6));

  request.load.reset();
  const Facts without = situate(request).facts;
  CHECK_FALSE(without.get(Fact::acute_load));
  CHECK_FALSE(without.get(Fact::chronic_load));
  CHECK_FALSE(without.get(Fact::form));
  CHECK_FALSE(without.get(Fact::load_ratio));
}

TEST_CASE("the weekly summary counts runs, km, time and load per week", "[history]") {
  std::vector<Activity> all{activity("2024-04-29", "Easy loop", 8, 60),  // Monday
                            activity("2024-05-01", "Commute", 20, 30, Sport::other),
                            activity("2024-05-07", "Tempo", 10, 50),
                            activity("2024-05-20", "Easy", 5, 30)};  // after today
  classify_activities(all, words());
  const HistorySummary summary =
      summarise_history(all, test::day("2024-05-08"), 2, date::Monday, std::nullopt, words());
  CHECK(summary.activities == 3);
  CHECK(summary.runs == 2);
  CHECK(summary.first == test::day("2024-04-29"));
  CHECK(summary.last == test::day("2024-05-07"));
  REQUIRE(summary.weeks.size() == 2);
  CHECK(summary.weeks[0].start == test::day("2024-04-29"));
  CHECK(summary.weeks[0].runs == 1);
  CHECK(summary.weeks[0].km == 8);
  CHECK(summary.weeks[0].minutes == 60);
  CHECK(summary.weeks[0].load == 72 + 30);  // the ride's 30 minutes × 1.0 count as load
  CHECK(summary.weeks[1].load == 50 * 2.8);
  CHECK(summary.weeks[0].form);  // 29 April to 5 May: the 7 days the model needs
  REQUIRE(summary.last_workout);
  CHECK(summary.last_workout->kind == WorkoutKind::hard);
  const auto json = history_to_json(summary);
  CHECK(json["weeks"][1]["load"] == 140.0);
  CHECK(json["last_run"]["kind"] == "hard");
}
