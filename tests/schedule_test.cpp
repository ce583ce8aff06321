// The schedule: per-day plans that agree with `plan`, and the suggested bookings, exactly.
#include "catch.hpp"
#include "support.hpp"

#include "runmassage/error.hpp"
#include "runmassage/knowledge.hpp"
#include "runmassage/planner.hpp"
#include "runmassage/schedule.hpp"

#include <map>
#include <random>

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
  request.budget = Budget{2, BudgetPeriod::week};  // room for both the eve and the recovery
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
        Strings{"2024-05-03 swedish race-eve", "2024-05-05 deep-tissue race-recovery"});
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
      // A booking after the day's workout shows the day as `plan --last-run today` sees it:
      // the workout done, the next one strictly later.
      const bool after = planned.suggested && schedule.suggestions[*planned.suggested].after_run;
      // What `runmassage plan` is asked: the last run on or before today, the next on or
      // after it (a day holding a race is a race day, not a plain run), every race, and the
      // key workouts a calendar knows beyond the nearest runs.
      PlanRequest question;
      question.today = today;
      for (const auto& run : runs) {
        if (is_race_day(run.date)) continue;
        if (run.date <= today && (!question.last_run || run.date > question.last_run->date))
          question.last_run = run;
        if ((after ? run.date > today : run.date >= today) &&
            (!question.next_run || run.date < question.next_run->date))
          question.next_run = run;
        if (is_key_workout(run.kind) && run.date <= today &&
            (!question.last_key || run.date > question.last_key->date)) {
          question.last_key = run;
        }
        if (is_key_workout(run.kind) && (after ? run.date > today : run.date >= today) &&
            (!question.next_key || run.date < question.next_key->date)) {
          question.next_key = run;
        }
      }
      question.races = races;
      if (after && is_race_day(today)) {
        question.last_run = *std::find_if(races.begin(), races.end(),
                                          [&](const Workout& r) { return r.date == today; });
      }
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
  one.budget = {1, BudgetPeriod::week};
  Schedule schedule = build_schedule(knowledge().rules, one, request);
  // One a week: the race's recovery (value 10) beats its eve (9).
  CHECK(suggestions_of(schedule, one) == Strings{"2024-05-05 deep-tissue race-recovery"});

  SuggestionSettings two = knowledge().suggestions;
  two.budget = {2, BudgetPeriod::week};
  schedule = build_schedule(knowledge().rules, two, request);
  CHECK(suggestions_of(schedule, two) ==
        Strings{"2024-05-03 swedish race-eve", "2024-05-05 deep-tissue race-recovery"});

  SuggestionSettings apart = two;
  apart.min_days_apart = 3;  // Friday and Sunday are only two days apart
  schedule = build_schedule(knowledge().rules, apart, request);
  // Friday gives way; Wednesday, the eve of Thursday's run (the week's last, so its long run),
  // is three days before Sunday.
  CHECK(suggestions_of(schedule, apart) ==
        Strings{"2024-05-01 swedish long-run-eve", "2024-05-05 deep-tissue race-recovery"});

  SuggestionSettings none = knowledge().suggestions;
  none.budget = {0, BudgetPeriod::week};
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

namespace {

// The best total value by trying every subset of days: the reference for choose_bookings.
long long brute_force(const std::vector<std::optional<Candidate>>& candidates, Date first,
                      const Budget& budget, int gap, date::weekday week_start) {
  const std::size_t n = candidates.size();
  long long best = 0;
  for (unsigned mask = 0; mask < (1U << n); ++mask) {
    long long value = 0;
    bool ok = true;
    std::optional<std::size_t> last;
    std::map<Date, int> per_period;
    for (std::size_t i = 0; i < n && ok; ++i) {
      if ((mask & (1U << i)) == 0) continue;
      if (!candidates[i]) ok = false;
      if (last && static_cast<int>(i - *last) < gap) ok = false;
      const Date day = add_days(first, static_cast<int>(i));
      const Date period = budget.period == BudgetPeriod::week
                              ? start_of_week(day, week_start)
                              : Date{day.year(), day.month(), date::day{1}};
      if (++per_period[period] > budget.count) ok = false;
      if (ok) value += candidates[i]->value;
      last = i;
    }
    if (ok) best = std::max(best, value);
  }
  return best;
}

// Checks a choice obeys the budget and the gap, and returns its value.
long long value_of(const std::vector<std::size_t>& chosen,
                   const std::vector<std::optional<Candidate>>& candidates, Date first,
                   const Budget& budget, int gap, date::weekday week_start) {
  long long value = 0;
  std::map<Date, int> per_period;
  for (std::size_t k = 0; k < chosen.size(); ++k) {
    REQUIRE(candidates[chosen[k]]);
    if (k > 0) REQUIRE(static_cast<int>(chosen[k] - chosen[k - 1]) >= gap);
    const Date day = add_days(first, static_cast<int>(chosen[k]));
    const Date period = budget.period == BudgetPeriod::week
                            ? start_of_week(day, week_start)
                            : Date{day.year(), day.month(), date::day{1}};
    REQUIRE(++per_period[period] <= budget.count);
    value += candidates[chosen[k]]->value;
  }
  return value;
}

// A random training calendar: 3 to 6 runs a week, a long run, sometimes a race with a distance.
std::vector<Workout> random_plan(std::mt19937& random, Date from, int weeks) {
  std::vector<Workout> out;
  const double distances[] = {5, 10, 21.1, 42.2};
  for (int w = 0; w < weeks; ++w) {
    const int runs = 3 + static_cast<int>(random() % 4);
    std::vector<int> days = {0, 1, 2, 3, 4, 5, 6};
    std::shuffle(days.begin(), days.end(), random);
    days.resize(static_cast<std::size_t>(runs));
    std::sort(days.begin(), days.end());
    for (std::size_t k = 0; k < days.size(); ++k) {
      Workout run;
      run.date = add_days(from, w * 7 + days[k]);
      run.kind = k + 1 == days.size() ? WorkoutKind::long_run
                                      : (random() % 3 == 0 ? WorkoutKind::hard : WorkoutKind::easy);
      run.km = run.kind == WorkoutKind::long_run ? 20.0 : 8.0;
      if (random() % 12 == 0) {
        run.kind = WorkoutKind::race;
        run.km = distances[random() % 4];
      }
      out.push_back(run);
    }
  }
  return out;
}

std::string suggestion_at(const Schedule& schedule, Date date) {
  const DayPlan& day = schedule.day(date);
  if (!day.suggested) return "-";
  return std::to_string(schedule.suggestions[*day.suggested].pick);
}

}  // namespace

TEST_CASE("the chosen bookings are as good as brute force on random small schedules",
          "[schedule]") {
  std::mt19937 random(20241127);
  for (int round = 0; round < 600; ++round) {
    const std::size_t n = 4 + random() % 13;  // up to 16 days: 65,536 subsets
    const Date first = add_days(day("2024-04-22"), static_cast<int>(random() % 14));
    std::vector<std::optional<Candidate>> candidates(n);
    for (auto& candidate : candidates) {
      if (random() % 2 == 0) candidate = Candidate{0, 1 + static_cast<int>(random() % 10)};
    }
    const Budget budget{static_cast<int>(random() % 3),
                        random() % 2 == 0 ? BudgetPeriod::week : BudgetPeriod::month};
    const int gap = 1 + static_cast<int>(random() % 4);
    const date::weekday week_start = random() % 2 == 0 ? date::Monday : date::Sunday;
    INFO("round " << round << ", " << n << " days, budget " << budget_text(budget) << ", gap "
                  << gap);
    const auto chosen = choose_bookings(candidates, first, budget, gap, week_start);
    CHECK(value_of(chosen, candidates, first, budget, gap, week_start) ==
          brute_force(candidates, first, budget, gap, week_start));
  }
}

TEST_CASE("a day's suggestion is the same in any window", "[schedule][window]") {
  std::mt19937 random(18);
  const Date plan_start = day("2024-06-24");  // Monday; 18 weeks to 2024-10-27
  for (int round = 0; round < 12; ++round) {
    ScheduleRequest full;
    full.start = plan_start;
    full.weeks = 18;
    full.workouts = random_plan(random, plan_start, 18);
    full.budget = round % 2 == 0 ? Budget{1, BudgetPeriod::week} : Budget{2, BudgetPeriod::month};
    const Schedule whole = build(full);
    for (int view = 0; view < 8; ++view) {
      ScheduleRequest part = full;
      part.start = add_days(plan_start, static_cast<int>(random() % (15 * 7)));
      part.weeks = 1 + static_cast<int>(random() % 4);
      const Schedule window = build(part);
      for (int d = 0; d < part.weeks * 7; ++d) {
        const Date date = add_days(part.start, d);
        if (date > whole.end) break;
        INFO("round " << round << ", window from " << to_iso(part.start) << ", day "
                      << to_iso(date));
        CHECK(suggestion_at(window, date) == suggestion_at(whole, date));
        // And in a one-week view of its own week.
        ScheduleRequest own = full;
        own.start = start_of_week(date, full.week_start);
        own.weeks = 1;
        CHECK(suggestion_at(build(own), date) == suggestion_at(whole, date));
      }
    }
  }
}

TEST_CASE("suggestions never contradict the rules and keep the budget", "[schedule][domain]") {
  std::mt19937 random(6);
  const auto& k = knowledge();
  for (int round = 0; round < 20; ++round) {
    ScheduleRequest request;
    request.start = day("2024-06-24");
    request.weeks = 18;
    request.workouts = random_plan(random, request.start, 18);
    request.available = {true, random() % 2 == 0, true, random() % 2 == 0, true, true, true};
    const Schedule schedule = build(request);
    std::map<Date, int> per_week;
    for (const auto& suggestion : schedule.suggestions) {
      const DayPlan& day_plan = schedule.day(suggestion.date);
      INFO(to_iso(suggestion.date));
      CHECK(recommended_massage(day_plan.plan, k.rules) == suggestion.massage);
      for (const auto& avoid : day_plan.plan.decision.avoid)
        CHECK(avoid.massage != suggestion.massage);
      CHECK(request.available[date::weekday{date::sys_days{suggestion.date}}.c_encoding()]);
      CHECK(++per_week[start_of_week(suggestion.date, date::Monday)] <= 1);
    }
  }
}

TEST_CASE("budget and availability edges", "[schedule]") {
  ScheduleRequest request;
  request.start = day("2024-04-29");
  request.weeks = 5;
  request.workouts = tue_thu_sat(day("2024-04-22"), day("2024-06-09"));
  request.workouts.push_back(workout("2024-05-04", WorkoutKind::race, "10K", 10));

  SECTION("a budget of 0 books nothing") {
    request.budget = Budget{0, BudgetPeriod::month};
    CHECK(build(request).suggestions.empty());
  }
  SECTION("no available day books nothing") {
    request.available = {};
    CHECK(build(request).suggestions.empty());
  }
  SECTION("a month of five weeks still gets only its budget") {
    request.start = day("2024-07-01");  // July 2024 has five Mondays
    request.workouts = tue_thu_sat(day("2024-06-24"), day("2024-08-11"));
    request.budget = Budget{2, BudgetPeriod::month};
    const Schedule schedule = build(request);
    std::map<unsigned, int> per_month;
    for (const auto& s : schedule.suggestions) ++per_month[static_cast<unsigned>(s.date.month())];
    CHECK(per_month[7] == 2);
    CHECK(per_month[8] <= 2);
  }
  SECTION("only weekends: every suggestion on a Saturday or Sunday") {
    request.available = {true, false, false, false, false, false, true};
    const Schedule schedule = build(request);
    CHECK_FALSE(schedule.suggestions.empty());
    for (const auto& s : schedule.suggestions) {
      const auto weekday = date::weekday{date::sys_days{s.date}};
      CHECK((weekday == date::Saturday || weekday == date::Sunday));
    }
  }
}

TEST_CASE("no booking before the first bookable day: the picks move to days still ahead",
          "[schedule]") {
  // Runs on Tuesday, Thursday and Saturday; weeks from Sunday, as `week --week-start sun`.
  ScheduleRequest request;
  request.start = day("2024-04-28");
  request.week_start = date::Sunday;
  request.workouts = tue_thu_sat(day("2024-04-21"), day("2024-05-04"));
  auto booked = [&] {
    std::vector<std::string> out;
    for (const auto& s : build(request).suggestions) {
      out.push_back(to_iso(s.date) + " " + knowledge().suggestions.picks[s.pick].id);
    }
    return out;
  };
  using List = std::vector<std::string>;
  // Any day: the Sunday after the last week's long run (Saturday) is worth most.
  CHECK(booked() == List{"2024-04-28 after-long-run"});
  // From Sunday itself: the same day.
  request.book_from = day("2024-04-28");
  CHECK(booked() == List{"2024-04-28 after-long-run"});
  // From Wednesday: Sunday has gone by, so the eve of this week's long run.
  request.book_from = day("2024-05-01");
  CHECK(booked() == List{"2024-05-03 long-run-eve"});
  // From Saturday, the long run's day: nothing of this week's picks is left but its evening.
  request.book_from = day("2024-05-04");
  CHECK(booked() == List{"2024-05-04 long-run-evening"});
  // From the next week: the whole week has gone by.
  request.book_from = day("2024-05-05");
  CHECK(booked().empty());
}

TEST_CASE("a race week's longest training run is no long run", "[schedule]") {
  ScheduleRequest request;
  request.start = day("2024-10-21");  // Monday of marathon week
  request.workouts = {
      workout("2024-10-22", WorkoutKind::easy, "Easy 3 mi", 4.827),
      workout("2024-10-23", WorkoutKind::easy, "Easy 4 mi", 6.436),
      workout("2024-10-27", WorkoutKind::race, "Marathon", 42.2),
  };
  Schedule schedule = build(request);
  CHECK(schedule.day(day("2024-10-23")).workout->kind == WorkoutKind::easy);
  CHECK(schedule.day(day("2024-10-22")).workout->kind == WorkoutKind::easy);
}

TEST_CASE("runs given by weekday: a day's suggestion is the same in any window",
          "[schedule][window]") {
  // `week --run tue --run thu --run sun:long` with no dated workout: the runs are laid out
  // over weekday_runs_span, which grows with the window; the suggestions must not.
  std::mt19937 random(27);
  struct Shape {
    std::vector<date::weekday> runs;
    date::weekday long_day;
    Budget budget;
    date::weekday week_start;
  };
  const Shape shapes[] = {
      {{date::Tuesday, date::Thursday}, date::Sunday, {2, BudgetPeriod::month}, date::Monday},
      {{date::Tuesday, date::Thursday}, date::Saturday, {1, BudgetPeriod::month}, date::Monday},
      {{date::Monday, date::Wednesday, date::Friday},
       date::Sunday,
       {3, BudgetPeriod::month},
       date::Sunday},
      {{date::Tuesday}, date::Saturday, {1, BudgetPeriod::week}, date::Monday},
  };
  auto build_window = [](const Shape& shape, Date start, int weeks) {
    ScheduleRequest request;
    request.start = start;
    request.weeks = weeks;
    request.budget = shape.budget;
    request.week_start = shape.week_start;
    const auto [from, to] = weekday_runs_span(request, shape.budget);
    for (auto weekday : shape.runs) {
      auto runs = every_week(weekday, from, to, plain_run());
      request.workouts.insert(request.workouts.end(), runs.begin(), runs.end());
    }
    auto long_runs =
        every_week(shape.long_day, from, to, workout("2024-01-01", WorkoutKind::long_run, "long"));
    request.workouts.insert(request.workouts.end(), long_runs.begin(), long_runs.end());
    return build(request);
  };
  int compared = 0;
  for (const Shape& shape : shapes) {
    const Date year_start = day("2024-01-01");
    const Schedule whole = build_window(shape, year_start, 30);
    CHECK_FALSE(whole.suggestions.empty());
    for (int view = 0; view < 10; ++view) {
      const Date start = add_days(year_start, 7 + static_cast<int>(random() % (24 * 7)));
      const int weeks = 1 + static_cast<int>(random() % 5);
      const Schedule window = build_window(shape, start, weeks);
      for (int d = 0; d < weeks * 7; ++d) {
        const Date date = add_days(start, d);
        INFO("window from " << to_iso(start) << " for " << weeks << " weeks, day " << to_iso(date));
        CHECK(suggestion_at(window, date) == suggestion_at(whole, date));
        ++compared;
      }
    }
  }
  CHECK(compared == 882);
}

TEST_CASE("the long run's evening books sports-post as plan --last-run that day does",
          "[schedule]") {
  // Bookable only on Saturdays, the long run's day: before the run the rules say pre-event,
  // after it post-event, which is what long-run-evening books.
  ScheduleRequest request;
  request.start = day("2024-05-06");
  request.workouts = {workout("2024-05-07", WorkoutKind::easy),
                      workout("2024-05-09", WorkoutKind::hard),
                      workout("2024-05-11", WorkoutKind::long_run, "", 25)};
  request.available = {false, false, false, false, false, false, true};
  Schedule schedule = build(request);
  REQUIRE(schedule.suggestions.size() == 1);
  const Suggestion& booked = schedule.suggestions[0];
  CHECK(booked.date == day("2024-05-11"));
  CHECK(knowledge().suggestions.picks[booked.pick].id == "long-run-evening");
  CHECK(booked.after_run);
  const DayPlan& saturday = schedule.day(day("2024-05-11"));
  const auto& rules = knowledge().rules.rules();
  REQUIRE(saturday.plan.decision.recommended_rule);
  CHECK(rules[*saturday.plan.decision.recommended_rule].id == "ran-today");
  // The same as `plan --today 2024-05-11 --last-run 2024-05-11:long`.
  PlanRequest question;
  question.today = day("2024-05-11");
  question.last_run = workout("2024-05-11", WorkoutKind::long_run, "", 25);
  const Plan expected = make_plan(knowledge().rules, question);
  CHECK(saturday.plan.facts == expected.facts);
  CHECK(saturday.plan.decision.fired == expected.decision.fired);
  CHECK(saturday.plan.decision.recommended_rule == expected.decision.recommended_rule);
}
