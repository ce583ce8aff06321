// Building a schedule: one sweep over the days plans each with the rules, then suggestions.
#include "runmassage/schedule.hpp"

#include <algorithm>
#include <limits>

#include "runmassage/error.hpp"

namespace runmassage {
namespace {

// How much a kind says about a day, when a day holds several workouts: a race day is a race
// day whatever else is on it, a long run outranks a hard session, any run outranks rest.
int strength(WorkoutKind kind) {
  switch (kind) {
    case WorkoutKind::rest: return 0;
    case WorkoutKind::run: return 1;
    case WorkoutKind::easy: return 2;
    case WorkoutKind::hard: return 3;
    case WorkoutKind::long_run: return 4;
    case WorkoutKind::race: return 5;
  }
  return 0;
}

// Everything the workouts say about one date.
struct DayFacts {
  Workout workout;  // the strongest kind, the longest distance of the same training
  std::vector<std::string> titles;
};

// `to` set to the workouts given, in order, leaving out the null ones, reusing its storage.
void set_workouts(std::vector<Workout>& to, std::initializer_list<const Workout*> from) {
  std::size_t count = 0;
  for (const Workout* workout : from) {
    if (workout == nullptr) continue;
    if (count < to.size()) {
      assign_workout(to[count], *workout);
    } else {
      to.push_back(*workout);
    }
    ++count;
  }
  to.resize(count);
}

// Where a day stands among the workouts, in date order: how many runs lie on or before it, and
// how many races and key workouts strictly before it.
struct Place {
  std::size_t runs_so_far = 0;
  std::size_t races_before = 0;
  std::size_t keys_before = 0;
};

// Workouts grouped by date, in date order.
std::vector<DayFacts> group_by_day(std::vector<Workout> workouts) {
  std::stable_sort(workouts.begin(), workouts.end(),
                   [](const Workout& a, const Workout& b) { return a.date < b.date; });
  std::vector<DayFacts> days;
  for (auto& workout : workouts) {
    std::string title = workout.title;
    if (days.empty() || days.back().workout.date != workout.date) {
      days.push_back({workout, {}});
    } else {
      Workout& day = days.back().workout;
      const bool same_training = training_of(day.kind) == training_of(workout.kind);
      const bool longer = workout.km && (!day.km || *workout.km > *day.km);
      if (strength(workout.kind) > strength(day.kind)) {
        std::optional<double> km = day.km;
        std::string label = day.distance_label;
        const bool keep_distance =
            same_training && (!workout.km || (day.km && *day.km > *workout.km));
        day = workout;
        if (keep_distance) {
          day.km = km;
          day.distance_label = label;
        }
      } else if (same_training && longer) {
        day.km = workout.km;
        day.distance_label = workout.distance_label;
      }
    }
    auto& titles = days.back().titles;
    if (!title.empty() && std::find(titles.begin(), titles.end(), title) == titles.end()) {
      titles.push_back(std::move(title));
    }
  }
  return days;
}

// A plan's longest run of the week is its long run even when the title does not say so
// (DOMAIN.md): in each training week of two runs or more without a long run or a race, the
// longest run by distance, if it is a plain or easy run. Ties go to the later day.
void mark_long_runs(std::vector<DayFacts>& days, date::weekday week_start) {
  std::size_t first = 0;
  while (first < days.size()) {
    const Date week = start_of_week(days[first].workout.date, week_start);
    std::size_t end = first;
    bool has_long = false;
    DayFacts* longest = nullptr;
    int runs = 0;
    for (; end < days.size() && start_of_week(days[end].workout.date, week_start) == week; ++end) {
      Workout& w = days[end].workout;
      // A race week's key effort is the race: its longest training run is a taper run.
      if (w.kind == WorkoutKind::long_run || w.kind == WorkoutKind::race) has_long = true;
      if (training_of(w.kind) != Training::run) continue;
      ++runs;
      if (!w.km) continue;
      if (longest == nullptr || *w.km >= *longest->workout.km) longest = &days[end];
    }
    if (!has_long && runs >= 2 && longest != nullptr &&
        (longest->workout.kind == WorkoutKind::run || longest->workout.kind == WorkoutKind::easy)) {
      longest->workout.kind = WorkoutKind::long_run;
    }
    first = end;
  }
}

// Each training week's long run, the anchor of the long-run picks: a run of kind long (the last
// one if several), else the last run of the week. Races are never a week's long run.
std::vector<Date> long_runs(const std::vector<DayFacts>& days, date::weekday week_start) {
  std::vector<Date> out;
  const DayFacts* best = nullptr;
  Date week;
  for (const auto& day : days) {
    if (training_of(day.workout.kind) != Training::run) continue;
    const Date this_week = start_of_week(day.workout.date, week_start);
    if (best != nullptr && this_week != week) {
      out.push_back(best->workout.date);
      best = nullptr;
    }
    week = this_week;
    if (best == nullptr || day.workout.kind == WorkoutKind::long_run ||
        best->workout.kind != WorkoutKind::long_run) {
      best = &day;
    }
  }
  if (best != nullptr) out.push_back(best->workout.date);
  return out;
}

}  // namespace

/// The first day of the budget period holding `day`.
Date period_start(Date day, BudgetPeriod period, date::weekday week_start) {
  if (period == BudgetPeriod::week) return start_of_week(day, week_start);
  return Date{day.year(), day.month(), date::day{1}};
}

/// The last day of the budget period holding `day`.
Date period_end(Date day, BudgetPeriod period, date::weekday week_start) {
  if (period == BudgetPeriod::week) return add_days(start_of_week(day, week_start), 6);
  return Date{date::year_month_day_last{day.year(), date::month_day_last{day.month()}}};
}

std::pair<Date, Date> weekday_runs_span(const ScheduleRequest& request, const Budget& budget) {
  const Date end = add_days(request.start, request.weeks * 7 - 1);
  Date from = add_days(request.start, -7);
  Date to = add_days(end, 7);
  for (const auto& workout : request.workouts) {
    from = std::min(from, add_days(workout.date, -7));
    to = std::max(to, add_days(workout.date, 7));
  }
  from = std::max(from, add_days(request.start, -371));
  to = std::min(to, add_days(end, 371));
  // A month's bookings are chosen among all of its weeks, and no training week at the edge
  // lacks its long run.
  const BudgetPeriod period = budget.period;
  const date::weekday first = request.week_start;
  from = start_of_week(period_start(add_days(period_start(from, period, first), -1), period, first),
                       first);
  to = add_days(
      start_of_week(period_end(add_days(period_end(to, period, first), 1), period, first), first),
      6);
  return {from, to};
}

std::string_view training_name(Training training) {
  switch (training) {
    case Training::none: return "none";
    case Training::rest: return "rest";
    case Training::run: return "run";
    case Training::race: return "race";
  }
  return "none";
}

Training training_of(WorkoutKind kind) {
  if (kind == WorkoutKind::rest) return Training::rest;
  if (kind == WorkoutKind::race) return Training::race;
  return Training::run;
}

const DayPlan& Schedule::day(Date date) const {
  auto index = static_cast<std::size_t>(days_between(start, date));
  return weeks[index / 7].days[index % 7];
}

Date start_of_week(Date day, date::weekday first) {
  const date::sys_days days{day};
  return Date{days - (date::weekday{days} - first)};
}

std::vector<Workout> every_week(date::weekday weekday, Date from, Date to, const Workout& workout) {
  std::vector<Workout> out;
  const date::sys_days first =
      date::sys_days{from} + (weekday - date::weekday{date::sys_days{from}});
  for (date::sys_days day = first; day <= date::sys_days{to}; day += date::days{7}) {
    Workout copy = workout;
    copy.date = Date{day};
    out.push_back(std::move(copy));
  }
  return out;
}

std::vector<std::size_t> choose_bookings(const std::vector<std::optional<Candidate>>& candidates,
                                         Date first, const Budget& budget, int min_days_apart,
                                         date::weekday week_start) {
  const std::size_t days = candidates.size();
  const auto counts = static_cast<std::size_t>(std::max(budget.count, 0)) + 1;
  const auto gap = static_cast<std::size_t>(std::max(min_days_apart, 1));
  // The state before a day: bookings so far in the day's period (0..count) and days since the
  // last booking, capped at the gap (gap: free to book). best[i] holds, for each state, the
  // most value days i.. can add; filled backwards, then walked forwards.
  std::vector<bool> new_period(days, false);
  for (std::size_t i = 0; i < days; ++i) {
    const Date day = add_days(first, static_cast<int>(i));
    new_period[i] = i == 0 || period_start(day, budget.period, week_start) == day;
  }
  const std::size_t states = counts * (gap + 1);
  auto state = [&](std::size_t count, std::size_t since) { return count * (gap + 1) + since; };
  std::vector<long long> best((days + 1) * states, 0);
  for (std::size_t i = days; i-- > 0;) {
    for (std::size_t count = 0; count < counts; ++count) {
      for (std::size_t since = 0; since <= gap; ++since) {
        const std::size_t now = new_period[i] ? 0 : count;
        long long value = best[(i + 1) * states + state(now, std::min(since + 1, gap))];
        if (candidates[i] && now + 1 < counts && since >= gap) {
          value =
              std::max(value, candidates[i]->value + best[(i + 1) * states + state(now + 1, 1)]);
        }
        best[i * states + state(count, since)] = value;
      }
    }
  }
  std::vector<std::size_t> chosen;
  std::size_t count = 0;
  std::size_t since = gap;
  for (std::size_t i = 0; i < days; ++i) {
    const std::size_t now = new_period[i] ? 0 : count;
    // Booking wins a tie, so of equally good choices the earlier booking is taken.
    if (candidates[i] && now + 1 < counts && since >= gap &&
        candidates[i]->value + best[(i + 1) * states + state(now + 1, 1)] ==
            best[i * states + state(count, since)]) {
      chosen.push_back(i);
      count = now + 1;
      since = 1;
    } else {
      count = now;
      since = std::min(since + 1, gap);
    }
  }
  return chosen;
}

Schedule build_schedule(const RuleSet& rules, const SuggestionSettings& settings,
                        const ScheduleRequest& request) {
  if (request.weeks < 1 || request.weeks > max_weeks) {
    throw UsageError("a schedule covers 1 to " + std::to_string(max_weeks) + " weeks, not " +
                     std::to_string(request.weeks));
  }
  const int day_count = request.weeks * 7;
  if (date::sys_days{request.start} + date::days{day_count - 1} >
      date::sys_days{Date{date::year{9999}, date::December, date::day{31}}}) {
    throw UsageError("the schedule would run past the year 9999");
  }
  if (request.start.year() < date::year{1}) {
    throw UsageError("the schedule would start before the year 1");
  }
  std::vector<DayFacts> facts = group_by_day(request.workouts);
  mark_long_runs(facts, request.week_start);
  // Runs (races apart, as `plan` takes them apart), races and key workouts, in date order.
  std::vector<const Workout*> runs;
  std::vector<const Workout*> races;
  std::vector<const Workout*> keys;
  std::vector<Date> race_days;
  for (const auto& day : facts) {
    const Training training = training_of(day.workout.kind);
    if (training == Training::run) runs.push_back(&day.workout);
    if (training == Training::race) {
      races.push_back(&day.workout);
      race_days.push_back(day.workout.date);
    }
    if (is_key_workout(day.workout.kind)) keys.push_back(&day.workout);
  }
  if (runs.empty() && races.empty()) throw UsageError("no run or race to plan around");

  Schedule schedule;
  schedule.start = request.start;
  schedule.book_from = request.book_from;
  schedule.end = add_days(request.start, day_count - 1);

  // Bookings are chosen over every day the workouts span, in whole budget periods, so the
  // window shown never changes them (docs/week.md); at most a year beyond the window each way.
  const Budget budget = request.budget.value_or(settings.budget);
  const BudgetPeriod period = budget.period;
  Date first = schedule.start;
  Date last = schedule.end;
  if (!facts.empty()) {
    first = std::min(first, std::max(facts.front().workout.date, add_days(schedule.start, -366)));
    last = std::max(last, std::min(facts.back().workout.date, add_days(schedule.end, 366)));
  }
  first = period_start(first, period, request.week_start);
  last = period_end(last, period, request.week_start);
  if (first.year() < date::year{1}) first = schedule.start;
  if (last.year() > date::year{9999}) last = schedule.end;
  const int offset = days_between(first, schedule.start);
  const int range_days = days_between(first, last) + 1;

  // The days shown go straight into their weeks; of the days around them, planned so that the
  // window never changes the bookings, only what the rules recommend is kept.
  schedule.weeks.resize(static_cast<std::size_t>(request.weeks));
  for (int w = 0; w < request.weeks; ++w) {
    WeekPlan& week = schedule.weeks[static_cast<std::size_t>(w)];
    week.start = add_days(request.start, w * 7);
    week.days.resize(7);
  }
  auto shown = [&](std::size_t i) -> DayPlan* {
    const int index = static_cast<int>(i) - offset;
    if (index < 0 || index >= day_count) return nullptr;
    return &schedule.weeks[static_cast<std::size_t>(index / 7)]
                .days[static_cast<std::size_t>(index % 7)];
  };
  std::vector<std::optional<std::size_t>> recommended;
  recommended.reserve(static_cast<std::size_t>(range_days));
  // Every day is planned twice or so, and most days' facts fall in classes seen before.
  CachedPlanner planner(rules);
  // Run and race days, planned again as they are once the workout is done: only what the rules
  // then recommend is kept, and where the day stands, so a booking chosen for that moment is
  // planned a third time.
  struct WorkoutDay {
    Place at;
    std::optional<std::size_t> massage_after;
  };
  std::vector<WorkoutDay> workout_days;
  std::vector<std::optional<std::size_t>> workout_day_index;  // per day, into workout_days
  workout_day_index.reserve(static_cast<std::size_t>(range_days));

  // The questions are kept from day to day, so their workouts reuse their storage; `ask` and
  // `ask_after` fill them in and return them, valid until their next call.
  PlanRequest question;
  PlanRequest question_after;
  // The run ahead on `today` (one today is ahead until it is done), by index into runs.
  auto next_run = [&](Date today, const Place& at) {
    return (at.runs_so_far > 0 && runs[at.runs_so_far - 1]->date == today) ? at.runs_so_far - 1
                                                                           : at.runs_so_far;
  };
  // The latest key workout as `plan` sees it: a key run today is both the last key workout and
  // the next (as a run today is both the last run and the next); a race today is only ahead.
  auto last_key = [&](Date today, const Place& at) -> const Workout* {
    if (at.keys_before < keys.size() && keys[at.keys_before]->date == today &&
        training_of(keys[at.keys_before]->kind) == Training::run) {
      return keys[at.keys_before];
    }
    return at.keys_before > 0 ? keys[at.keys_before - 1] : nullptr;
  };
  auto runs_today = [&](Date today, const Place& at) {
    const std::size_t next = next_run(today, at);
    return next < runs.size() && runs[next]->date == today;
  };
  auto races_today = [&](Date today, const Place& at) {
    return at.races_before < races.size() && races[at.races_before]->date == today;
  };
  // The same question `plan` answers, with the same meaning of last and next: a run today is
  // both, a race today is ahead. Only the nearest race on each side can matter, and the
  // nearest key workouts, which a calendar knows beyond the nearest runs.
  auto ask = [&](Date today, const Place& at) -> const PlanRequest& {
    question.today = today;
    assign_workout(question.last_run, at.runs_so_far > 0 ? runs[at.runs_so_far - 1] : nullptr);
    const std::size_t next = next_run(today, at);
    assign_workout(question.next_run, next < runs.size() ? runs[next] : nullptr);
    set_workouts(question.races,
                 {at.races_before > 0 ? races[at.races_before - 1] : nullptr,
                  at.races_before < races.size() ? races[at.races_before] : nullptr});
    assign_workout(question.last_key, last_key(today, at));
    assign_workout(question.next_key,
                   at.keys_before < keys.size() ? keys[at.keys_before] : nullptr);
    return question;
  };
  // The same day once its run (or race) is done: the question `plan --last-run today` answers,
  // with the next run and race after today. Only for a day that holds a run or a race.
  auto ask_after = [&](Date today, const Place& at) -> const PlanRequest& {
    const std::size_t next = next_run(today, at);
    const bool race = races_today(today, at);
    const bool run = runs_today(today, at);
    question_after.today = today;
    assign_workout(question_after.last_run, race ? races[at.races_before] : runs[next]);
    const std::size_t later = run ? next + 1 : next;
    assign_workout(question_after.next_run, later < runs.size() ? runs[later] : nullptr);
    set_workouts(
        question_after.races,
        {at.races_before > 0 ? races[at.races_before - 1] : nullptr,
         at.races_before < races.size() ? races[at.races_before] : nullptr,
         race && at.races_before + 1 < races.size() ? races[at.races_before + 1] : nullptr});
    std::size_t key_after = at.keys_before;
    while (key_after < keys.size() && keys[key_after]->date <= today) ++key_after;
    assign_workout(question_after.next_key, key_after < keys.size() ? keys[key_after] : nullptr);
    assign_workout(question_after.last_key,
                   at.keys_before < keys.size() && keys[at.keys_before]->date == today
                       ? keys[at.keys_before]
                       : last_key(today, at));
    return question_after;
  };

  // One sweep: the cursors only move forward, so the cost is linear in days and workouts.
  Place at;
  std::size_t facts_so_far = 0;  // grouped days before the day
  DayPlan outside;               // a day planned only for the bookings, not shown
  Plan after_plan;
  for (int i = 0; i < range_days; ++i) {
    const Date today = add_days(first, i);
    while (at.runs_so_far < runs.size() && runs[at.runs_so_far]->date <= today) ++at.runs_so_far;
    while (at.races_before < races.size() && races[at.races_before]->date < today) {
      ++at.races_before;
    }
    while (at.keys_before < keys.size() && keys[at.keys_before]->date < today) ++at.keys_before;
    while (facts_so_far < facts.size() && facts[facts_so_far].workout.date < today) ++facts_so_far;

    DayPlan* const slot = shown(static_cast<std::size_t>(i));
    DayPlan& day = slot != nullptr ? *slot : outside;
    planner.plan(ask(today, at), day.plan);
    if (runs_today(today, at) || races_today(today, at)) {
      planner.plan(ask_after(today, at), after_plan);
      workout_day_index.push_back(workout_days.size());
      workout_days.push_back({at, recommended_massage(after_plan, rules)});
    } else {
      workout_day_index.push_back(std::nullopt);
    }
    // Only a shown day keeps its workout; a day outside the window needs only its plan.
    if (slot != nullptr && facts_so_far < facts.size() &&
        facts[facts_so_far].workout.date == today) {
      const DayFacts& known = facts[facts_so_far];
      day.training = training_of(known.workout.kind);
      day.workout = known.workout;
      day.titles = known.titles;
    }
    recommended.push_back(recommended_massage(day.plan, rules));
  }

  // Each pick offers, per anchor, the first day of its window on which the rules recommend its
  // massage and the runner is available; a day offered by several picks is worth the best.
  std::vector<std::optional<Candidate>> candidates(static_cast<std::size_t>(range_days));
  const std::vector<Date> long_run_days = long_runs(facts, request.week_start);
  for (std::size_t p = 0; p < settings.picks.size(); ++p) {
    const SuggestionPick& pick = settings.picks[p];
    const std::vector<Date>& anchors = pick.anchor == Anchor::race ? race_days : long_run_days;
    const int step = pick.to >= pick.from ? 1 : -1;
    for (const Date& anchor : anchors) {
      for (int shift = pick.from;; shift += step) {
        const int index = days_between(first, anchor) + shift;
        if (index >= 0 && index < range_days) {
          const auto i = static_cast<std::size_t>(index);
          const unsigned weekday =
              date::weekday{date::sys_days{first} + date::days{index}}.c_encoding();
          // On the anchor's own day the massage may come before the workout or after it.
          const bool before = recommended[i] == pick.massage;
          const bool after = !before && shift == 0 && workout_day_index[i] &&
                             workout_days[*workout_day_index[i]].massage_after == pick.massage;
          const bool bookable =
              request.available[weekday] &&
              (!request.book_from || add_days(first, index) >= *request.book_from);
          if ((before || after) && bookable) {
            if (!candidates[i] || candidates[i]->value < pick.value)
              candidates[i] = {p, pick.value, after};
            break;
          }
        }
        if (shift == pick.to) break;
      }
    }
  }
  for (std::size_t i :
       choose_bookings(candidates, first, budget, settings.min_days_apart, request.week_start)) {
    DayPlan* day = shown(i);
    if (day == nullptr) continue;
    const std::size_t pick = candidates[i]->pick;
    if (candidates[i]->after_run) {
      planner.plan(ask_after(day->plan.date(), workout_days[*workout_day_index[i]].at), day->plan);
    }
    day->suggested = schedule.suggestions.size();
    schedule.suggestions.push_back(
        {day->plan.date(), pick, settings.picks[pick].massage, candidates[i]->after_run});
  }
  return schedule;
}

}  // namespace runmassage
