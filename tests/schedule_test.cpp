// The schedule: per-day plans that agree with `plan`, and the suggested bookings, exactly.
#include "catch.hpp"
#include "support.hpp"

#include "runmassage/data.hpp"
#include "runmassage/error.hpp"
#include "runmassage/planner.hpp"
#include "runmassage/schedule.hpp"

using namespace runmassage;
using test::day;
using test::knowledge;

namespace {

Workout workout(const char* iso, WorkoutKind kind, std::string title = "",
                std::optional<double> km = std::nullopt) {
  Workout w;
  w.date = day(iso);
  w.kind = kind;
  w.title = std::move(title);
  w.km = km;
  return w;
}

Workout plain_run() { return test::run_on(day("2024-01-01")); }

std::string massage_of(const DayPlan& plan) {
  auto index = recommended_massage(plan.plan, knowledge().rules);
  return index ? knowledge().catalogue.types[*index].id : "none";
}

// "2024-05-03 swedish race-eve" for each suggestion.
std::vector<std::string> suggestions_of(const Schedule& schedule,
                                        const SuggestionSettings& settings) {
  std::vector<std::string> out;
  for (const auto& s : schedule.suggestions) {
    out.push_back(to_iso(s.date) + " " + knowledge().catalogue.types[s.massage].id + " " +
                  settings.picks[s.pick].id);
  }
  return out;
}

Schedule build(const ScheduleRequest& request) {
  return build_schedule(knowledge().rules, knowledge().suggestions, request);
}

// Tuesday, Thursday and Saturday runs every week, as `--run tue --run thu --run sat` gives.
std::vector<Workout> tue_thu_sat(Date from, Date to) {
  std::vector<Workout> out;
  for (auto weekday : {date::Tuesday, date::Thursday, date::Saturday}) {
    auto runs = every_week(weekday, from, to, plain_run());
    out.insert(out.end(), runs.begin(), runs.end());
  }
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("weeks start on the chosen weekday; weekday runs repeat every week", "[schedule]") {
  CHECK(start_of_week(day("2024-05-02"), date::Monday) == day("2024-04-29"));
  CHECK(start_of_week(day("2024-04-29"), date::Monday) == day("2024-04-29"));
  CHECK(start_of_week(day("2024-05-05"), date::Monday) == day("2024-04-29"));
  CHECK(start_of_week(day("2024-05-02"), date::Sunday) == day("2024-04-28"));
  CHECK(start_of_week(day("2024-05-05"), date::Sunday) == day("2024-05-05"));

  auto runs = every_week(date::Saturday, day("2024-04-22"), day("2024-05-12"),
                         test::run_on(day("2024-01-01"), WorkoutKind::long_run));
  REQUIRE(runs.size() == 3);
  CHECK(runs[0].date == day("2024-04-27"));
  CHECK(runs[2].date == day("2024-05-11"));
  CHECK(runs[2].kind == WorkoutKind::long_run);
  CHECK(every_week(date::Saturday, day("2024-04-28"), day("2024-05-03"), plain_run()).empty());
}

TEST_CASE("the issue's week: runs Tue, Thu, Sat and a race on Saturday 4 May", "[schedule]") {
  ScheduleRequest request;
  request.start = day("2024-04-29");
  request.workouts = tue_thu_sat(day("2024-04-22"), day("2024-05-12"));
  request.workouts.push_back(workout("2024-05-04", WorkoutKind::race));
  Schedule schedule = build(request);

  CHECK(schedule.start == day("2024-04-29"));
  CHECK(schedule.end == day("2024-05-05"));
  REQUIRE(schedule.weeks.size() == 1);
  const auto& days = schedule.weeks[0].days;
  REQUIRE(days.size() == 7);
  Strings massages, training;
  for (const auto& d : days) {
    massages.push_back(massage_of(d));
    training.emplace_back(training_name(d.training));
  }
  CHECK(massages == Strings{"swedish", "sports-pre", "swedish", "sports-pre", "swedish",
                            "sports-pre", "deep-tissue"});
  CHECK(training == Strings{"none", "run", "none", "run", "none", "race", "none"});
  CHECK(days[0].plan.situation.last_run->date == day("2024-04-27"));  // last week's Saturday
  CHECK(days[6].plan.situation.last_race->date == day("2024-05-04"));
  CHECK(days[6].plan.situation.next_run->date == day("2024-05-07"));
  CHECK(suggestions_of(schedule, knowledge().suggestions) ==
        Strings{"2024-05-03 swedish race-eve", "2024-05-05 deep-tissue after-race"});
  CHECK(days[4].suggested == std::size_t{0});
  CHECK(days[6].suggested == std::size_t{1});
  CHECK_FALSE(days[5].suggested);
}

TEST_CASE("week and plan agree on every day of a schedule", "[schedule][domain]") {
  // Irregular runs of every kind, a run and a race on one day, back-to-back races of several
  // distances and a race past the end.
  std::vector<Workout> runs = {
      workout("2024-03-30", WorkoutKind::long_run, "", 20),
      workout("2024-04-02", WorkoutKind::easy, "", 8),
      workout("2024-04-03", WorkoutKind::hard),
      workout("2024-04-07", WorkoutKind::long_run),  // every week with two runs has a long one
      workout("2024-04-13", WorkoutKind::run),
      workout("2024-04-14", WorkoutKind::long_run, "", 30),
      workout("2024-04-20", WorkoutKind::hard, "", 10),
      workout("2024-04-27", WorkoutKind::easy),
      workout("2024-05-01", WorkoutKind::long_run, "", 25),
      workout("2024-05-18", WorkoutKind::hard),
      workout("2024-05-26", WorkoutKind::easy, "", 5)};
  std::vector<Workout> races = {workout("2024-04-13", WorkoutKind::race, "", 5),
                                workout("2024-04-21", WorkoutKind::race, "", 21.1),
                                workout("2024-04-22", WorkoutKind::race),
                                workout("2024-05-11", WorkoutKind::race, "", 42.2),
                                workout("2024-06-09", WorkoutKind::race, "", 50)};
  ScheduleRequest request;
  request.start = day("2024-04-01");
  request.weeks = 8;
  request.workouts = runs;
  request.workouts.insert(request.workouts.end(), races.begin(), races.end());
  Schedule schedule = build(request);

  auto is_race_day = [&](Date date) {
    return std::any_of(races.begin(), races.end(),
                       [&](const Workout& r) { return r.date == date; });
  };
  int checked = 0;
  for (const auto& week : schedule.weeks) {
    for (const auto& planned : week.days) {
      const Date today = planned.plan.date();
      // What `runmassage plan` is asked: the last run on or before today, the next on or
      // after it (a day holding a race is a race day, not a plain run), every race, and the
      // key workouts a calendar knows beyond the nearest runs.
      PlanRequest question;
      question.today = today;
      for (const auto& run : runs) {
        if (is_race_day(run.date)) continue;
        if (run.date <= today && (!question.last_run || run.date > question.last_run->date))
          question.last_run = run;
        if (run.date >= today && (!question.next_run || run.date < question.next_run->date))
          question.next_run = run;
        if (is_key_workout(run.kind) && run.date <= today &&
            (!question.last_key || run.date > question.last_key->date)) {
          question.last_key = run;
        }
        if (is_key_workout(run.kind) && run.date >= today &&
            (!question.next_key || run.date < question.next_key->date)) {
          question.next_key = run;
        }
      }
      question.races = races;
      Plan expected = make_plan(knowledge().rules, question);
      INFO(to_iso(today));
      CHECK(planned.plan.situation.last_run == expected.situation.last_run);
      CHECK(planned.plan.situation.next_run == expected.situation.next_run);
      CHECK(planned.plan.situation.last_race == expected.situation.last_race);
      CHECK(planned.plan.situation.next_race == expected.situation.next_race);
      CHECK(planned.plan.facts == expected.facts);
      CHECK(planned.plan.decision.recommended_rule == expected.decision.recommended_rule);
      CHECK(planned.plan.decision.fired == expected.decision.fired);
      CHECK(planned.plan.decision.avoid.size() == expected.decision.avoid.size());
      ++checked;
    }
  }
  CHECK(checked == 56);
}

TEST_CASE("the long run anchors deep tissue on the next rest day", "[schedule]") {
  ScheduleRequest request;
  request.start = day("2024-06-03");  // Monday
  request.workouts = {
      workout("2024-06-04", WorkoutKind::easy, "Easy 5 mi", 8.045),
      workout("2024-06-06", WorkoutKind::hard, "Tempo 8 mi", 12.872),
      workout("2024-06-08", WorkoutKind::long_run, "Long Run 6 mi", 9.654),
      workout("2024-06-09", WorkoutKind::rest, "Rest"),
      workout("2024-06-11", WorkoutKind::easy, "Easy 5 mi", 8.045),
  };
  Schedule schedule = build(request);
  // The titled long run (Saturday) wins over the longer tempo run; Sunday is the rest day,
  // and Tuesday's easy run is no key workout.
  CHECK(suggestions_of(schedule, knowledge().suggestions) ==
        Strings{"2024-06-09 deep-tissue after-long-run"});
  CHECK(schedule.day(day("2024-06-09")).titles == Strings{"Rest"});
  CHECK(schedule.day(day("2024-06-09")).training == Training::rest);
}

TEST_CASE("the week's longest run is its long run even when no title says so", "[schedule]") {
  ScheduleRequest request;
  request.start = day("2024-06-03");  // Monday
  request.weeks = 2;
  request.workouts = {
      workout("2024-06-04", WorkoutKind::easy, "Easy 5 mi", 8.045),
      workout("2024-06-06", WorkoutKind::easy, "Easy 4 mi", 6.436),
      workout("2024-06-08", WorkoutKind::run, "10 mi", 16.09),
      workout("2024-06-11", WorkoutKind::run, "3 mi", 4.827),
  };
  Schedule schedule = build(request);
  REQUIRE(schedule.day(day("2024-06-08")).workout);
  CHECK(schedule.day(day("2024-06-08")).workout->kind == WorkoutKind::long_run);
  CHECK(schedule.day(day("2024-06-04")).workout->kind == WorkoutKind::easy);
  // Friday is its eve.
  CHECK(knowledge()
            .rules.rules()[*schedule.day(day("2024-06-07")).plan.decision.recommended_rule]
            .id == "eve-of-key-workout");
  // A week with a single run has no long run by length alone.
  CHECK(schedule.day(day("2024-06-11")).workout->kind == WorkoutKind::run);
}

TEST_CASE("suggestions respect the per-week limit and the minimum gap", "[schedule]") {
  ScheduleRequest request;
  request.start = day("2024-04-29");
  request.workouts = tue_thu_sat(day("2024-04-22"), day("2024-05-12"));
  request.workouts.push_back(workout("2024-05-04", WorkoutKind::race));

  SuggestionSettings one = knowledge().suggestions;
  one.max_per_week = 1;
  Schedule schedule = build_schedule(knowledge().rules, one, request);
  CHECK(suggestions_of(schedule, one) == Strings{"2024-05-03 swedish race-eve"});

  SuggestionSettings apart = knowledge().suggestions;
  apart.min_days_apart = 3;  // Friday and Sunday are only two days apart
  schedule = build_schedule(knowledge().rules, apart, request);
  CHECK(suggestions_of(schedule, apart) == Strings{"2024-05-03 swedish race-eve"});

  SuggestionSettings none = knowledge().suggestions;
  none.max_per_week = 0;
  CHECK(build_schedule(knowledge().rules, none, request).suggestions.empty());
}

TEST_CASE("a year of weekday runs: 52 weeks, every week's long run followed up", "[schedule]") {
  ScheduleRequest request;
  request.start = day("2024-01-01");
  request.weeks = 52;
  request.workouts = tue_thu_sat(day("2023-12-25"), day("2025-01-05"));
  Schedule schedule = build(request);
  CHECK(schedule.end == day("2024-12-29"));
  REQUIRE(schedule.weeks.size() == 52);
  // Saturday is each week's long run (the last run); Sunday is the rest day after it.
  REQUIRE(schedule.suggestions.size() == 52);
  CHECK(to_iso(schedule.suggestions.front().date) == "2024-01-07");
  CHECK(to_iso(schedule.suggestions.back().date) == "2024-12-29");
}

TEST_CASE("schedules that cannot be built", "[schedule]") {
  auto usage_error = [](const ScheduleRequest& request) -> std::string {
    try {
      build(request);
    } catch (const UsageError& e) {
      return e.what();
    }
    return "no error";
  };
  ScheduleRequest request;
  request.start = day("2024-04-29");
  request.workouts = {workout("2024-05-01", WorkoutKind::run)};
  request.weeks = 0;
  CHECK(usage_error(request) == "a schedule covers 1 to 520 weeks, not 0");
  request.weeks = 521;
  CHECK(usage_error(request) == "a schedule covers 1 to 520 weeks, not 521");
  request.weeks = 1;
  request.workouts = {workout("2024-05-01", WorkoutKind::rest, "Rest")};
  CHECK(usage_error(request) == "no run or race to plan around");
  request.workouts = {workout("9999-12-20", WorkoutKind::run)};
  request.start = day("9999-12-27");
  CHECK(usage_error(request) == "the schedule would run past the year 9999");
}
