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

Workout workout(const char* iso, Training training, std::string title = "", int metres = 0) {
  Workout w;
  w.date = day(iso);
  w.training = training;
  w.title = std::move(title);
  w.metres = metres;
  return w;
}

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
    auto runs = every_week(weekday, from, to, Training::run);
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

  auto runs = every_week(date::Saturday, day("2024-04-22"), day("2024-05-12"), Training::run);
  REQUIRE(runs.size() == 3);
  CHECK(runs[0].date == day("2024-04-27"));
  CHECK(runs[2].date == day("2024-05-11"));
  CHECK(every_week(date::Saturday, day("2024-04-28"), day("2024-05-03"), Training::run).empty());
}

TEST_CASE("the issue's week: runs Tue, Thu, Sat and a race on Saturday 4 May", "[schedule]") {
  ScheduleRequest request;
  request.start = day("2024-04-29");
  request.workouts = tue_thu_sat(day("2024-04-22"), day("2024-05-12"));
  request.workouts.push_back(workout("2024-05-04", Training::race));
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
  CHECK(days[0].plan.last_run == day("2024-04-27"));  // last week's Saturday counts
  CHECK(days[6].plan.last_race == day("2024-05-04"));
  CHECK(days[6].plan.next_run == day("2024-05-07"));
  CHECK(suggestions_of(schedule, knowledge().suggestions) ==
        Strings{"2024-05-03 swedish race-eve", "2024-05-05 deep-tissue after-race"});
  CHECK(days[4].suggested == std::size_t{0});
  CHECK(days[6].suggested == std::size_t{1});
  CHECK_FALSE(days[5].suggested);
}

TEST_CASE("week and plan agree on every day of a schedule", "[schedule][domain]") {
  // Irregular runs, a run and a race on one day, back-to-back races and a race past the end.
  std::vector<Date> runs = {day("2024-03-30"), day("2024-04-02"), day("2024-04-03"),
                            day("2024-04-07"), day("2024-04-13"), day("2024-04-14"),
                            day("2024-04-20"), day("2024-04-27"), day("2024-05-01"),
                            day("2024-05-18"), day("2024-05-26")};
  std::vector<Date> races = {day("2024-04-13"), day("2024-04-21"), day("2024-04-22"),
                             day("2024-05-11"), day("2024-06-09")};
  ScheduleRequest request;
  request.start = day("2024-04-01");
  request.weeks = 8;
  for (const auto& run : runs) request.workouts.push_back({run, Training::run, "", false, 0});
  for (const auto& race : races) request.workouts.push_back({race, Training::race, "", false, 0});
  Schedule schedule = build(request);

  int checked = 0;
  for (const auto& week : schedule.weeks) {
    for (const auto& planned : week.days) {
      const Date today = planned.plan.date;
      // What `runmassage plan` is asked: the last run on or before today, the next on or
      // after it (a day holding a race is a race day, not a plain run), and every race.
      PlanRequest question;
      question.today = today;
      for (const auto& run : runs) {
        if (std::find(races.begin(), races.end(), run) != races.end()) continue;
        if (run <= today && (!question.last_run || run > *question.last_run))
          question.last_run = run;
        if (run >= today && (!question.next_run || run < *question.next_run))
          question.next_run = run;
      }
      question.races = races;
      Plan expected = make_plan(knowledge().rules, question);
      INFO(to_iso(today));
      CHECK(planned.plan.last_run == expected.last_run);
      CHECK(planned.plan.next_run == expected.next_run);
      CHECK(planned.plan.last_race == expected.last_race);
      CHECK(planned.plan.next_race == expected.next_race);
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
      workout("2024-06-04", Training::run, "Easy 5 mi", 8045),
      workout("2024-06-06", Training::run, "Tempo 8 mi", 12872),
      workout("2024-06-08", Training::run, "Long Run 6 mi", 9654),
      workout("2024-06-09", Training::rest, "Rest"),
      workout("2024-06-11", Training::run, "Easy 5 mi", 8045),
  };
  request.workouts[2].long_run = true;
  Schedule schedule = build(request);
  // The titled long run (Saturday) wins over the longer tempo run; Sunday is the rest day.
  CHECK(suggestions_of(schedule, knowledge().suggestions) ==
        Strings{"2024-06-09 deep-tissue after-long-run"});
  CHECK(schedule.day(day("2024-06-09")).titles == Strings{"Rest"});
  CHECK(schedule.day(day("2024-06-09")).training == Training::rest);

  // Without a long-run title, the longest distance decides: Thursday's tempo run, and Friday
  // is no good (a run follows), nor is Saturday (a run day), so no suggestion that week.
  request.workouts[2].long_run = false;
  schedule = build(request);
  CHECK(schedule.suggestions.empty());
}

TEST_CASE("suggestions respect the per-week limit and the minimum gap", "[schedule]") {
  ScheduleRequest request;
  request.start = day("2024-04-29");
  request.workouts = tue_thu_sat(day("2024-04-22"), day("2024-05-12"));
  request.workouts.push_back(workout("2024-05-04", Training::race));

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
  request.workouts = {workout("2024-05-01", Training::run)};
  request.weeks = 0;
  CHECK(usage_error(request) == "a schedule covers 1 to 520 weeks, not 0");
  request.weeks = 521;
  CHECK(usage_error(request) == "a schedule covers 1 to 520 weeks, not 521");
  request.weeks = 1;
  request.workouts = {workout("2024-05-01", Training::rest, "Rest")};
  CHECK(usage_error(request) == "no run or race to plan around");
  request.workouts = {workout("9999-12-20", Training::run)};
  request.start = day("9999-12-27");
  CHECK(usage_error(request) == "the schedule would run past the year 9999");
}
