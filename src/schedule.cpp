// Building a schedule: one sweep over the days plans each with the rules, then suggestions.
#include "runmassage/schedule.hpp"

#include <algorithm>

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
// (DOMAIN.md): in each training week of two runs or more without a long run, the longest run
// by distance, if it is a plain or easy run. Ties go to the later day.
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
      if (w.kind == WorkoutKind::long_run) has_long = true;
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

// The week's long run, the anchor of the long-run picks: a run of kind long (the last one if
// several), else the last run of the week. Nullopt for a week without runs.
std::optional<Date> long_run_of(const std::vector<const DayFacts*>& runs) {
  const DayFacts* best = nullptr;
  for (const DayFacts* day : runs) {
    if (best == nullptr || day->workout.kind == WorkoutKind::long_run ||
        best->workout.kind != WorkoutKind::long_run) {
      best = day;
    }
  }
  if (best == nullptr) return std::nullopt;
  return best->workout.date;
}

// Greedy choice of suggested bookings over the planned days; see docs/week.md.
class Suggester {
 public:
  Suggester(const SuggestionSettings& settings, Date start,
            const std::vector<std::optional<std::size_t>>& recommended)
      : settings_(settings),
        start_(start),
        recommended_(recommended),
        taken_(recommended.size(), false),
        per_week_((recommended.size() + 6) / 7, 0) {}

  // Tries the pick's window around `anchor`; takes the first day that fits.
  void offer(std::size_t pick_index, Date anchor) {
    const SuggestionPick& pick = settings_.picks[pick_index];
    const int step = pick.to >= pick.from ? 1 : -1;
    for (int offset = pick.from;; offset += step) {
      const int index = days_between(start_, anchor) + offset;
      if (fits(index, pick.massage)) {
        auto i = static_cast<std::size_t>(index);
        taken_[i] = true;
        ++per_week_[i / 7];
        chosen_.push_back({add_days(anchor, offset), pick_index, pick.massage});
        return;
      }
      if (offset == pick.to) return;
    }
  }

  std::vector<Suggestion> take() {
    std::sort(chosen_.begin(), chosen_.end(),
              [](const Suggestion& a, const Suggestion& b) { return a.date < b.date; });
    return std::move(chosen_);
  }

 private:
  [[nodiscard]] bool fits(int index, std::size_t massage) const {
    if (index < 0 || static_cast<std::size_t>(index) >= recommended_.size()) return false;
    auto i = static_cast<std::size_t>(index);
    if (recommended_[i] != massage || taken_[i]) return false;
    if (per_week_[i / 7] >= settings_.max_per_week) return false;
    const int gap = settings_.min_days_apart;
    for (int other = std::max(0, index - gap + 1);
         other < std::min(static_cast<int>(taken_.size()), index + gap); ++other) {
      if (taken_[static_cast<std::size_t>(other)]) return false;
    }
    return true;
  }

  const SuggestionSettings& settings_;
  Date start_;
  const std::vector<std::optional<std::size_t>>& recommended_;
  std::vector<bool> taken_;
  std::vector<int> per_week_;
  std::vector<Suggestion> chosen_;
};

}  // namespace

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
  schedule.end = add_days(request.start, day_count - 1);
  std::vector<DayPlan> days;
  days.reserve(static_cast<std::size_t>(day_count));
  std::vector<std::optional<std::size_t>> recommended;
  recommended.reserve(days.capacity());
  std::vector<std::vector<const DayFacts*>> week_runs(static_cast<std::size_t>(request.weeks));

  // One sweep: the cursors only move forward, so the cost is linear in days and workouts.
  std::size_t runs_so_far = 0;   // runs on or before the day
  std::size_t races_before = 0;  // races strictly before the day
  std::size_t keys_before = 0;   // key workouts strictly before the day
  std::size_t facts_so_far = 0;  // grouped days before the day
  for (int i = 0; i < day_count; ++i) {
    const Date today = add_days(request.start, i);
    while (runs_so_far < runs.size() && runs[runs_so_far]->date <= today) ++runs_so_far;
    while (races_before < races.size() && races[races_before]->date < today) ++races_before;
    while (keys_before < keys.size() && keys[keys_before]->date < today) ++keys_before;
    while (facts_so_far < facts.size() && facts[facts_so_far].workout.date < today) ++facts_so_far;

    // The same question `plan` answers, with the same meaning of last and next: a run today
    // is both, a race today is ahead. Only the nearest race on each side can matter, and the
    // nearest key workouts, which a calendar knows beyond the nearest runs.
    PlanRequest question;
    question.today = today;
    if (runs_so_far > 0) question.last_run = *runs[runs_so_far - 1];
    const std::size_t next =
        (runs_so_far > 0 && runs[runs_so_far - 1]->date == today) ? runs_so_far - 1 : runs_so_far;
    if (next < runs.size()) question.next_run = *runs[next];
    if (races_before > 0) question.races.push_back(*races[races_before - 1]);
    if (races_before < races.size()) question.races.push_back(*races[races_before]);
    // A key workout today that is a run counts as done for the days after it only.
    std::size_t key_next = keys_before;
    if (keys_before > 0) question.last_key = *keys[keys_before - 1];
    if (key_next < keys.size() && keys[key_next]->date == today &&
        training_of(keys[key_next]->kind) == Training::run) {
      question.last_key = *keys[key_next];
    }
    if (key_next < keys.size()) question.next_key = *keys[key_next];

    DayPlan day;
    day.plan = make_plan(rules, question);
    if (facts_so_far < facts.size() && facts[facts_so_far].workout.date == today) {
      const DayFacts& known = facts[facts_so_far];
      day.training = training_of(known.workout.kind);
      day.workout = known.workout;
      day.titles = known.titles;
      if (day.training == Training::run) {
        week_runs[static_cast<std::size_t>(i / 7)].push_back(&known);
      }
    }
    recommended.push_back(recommended_massage(day.plan, rules));
    days.push_back(std::move(day));
  }

  // Picks in priority order; within a pick, anchors in date order.
  Suggester suggester(settings, request.start, recommended);
  for (std::size_t pick = 0; pick < settings.picks.size(); ++pick) {
    if (settings.picks[pick].anchor == Anchor::race) {
      for (const Date& race : race_days) suggester.offer(pick, race);
    } else {
      for (const auto& runs_of_week : week_runs) {
        if (auto anchor = long_run_of(runs_of_week)) suggester.offer(pick, *anchor);
      }
    }
  }
  schedule.suggestions = suggester.take();
  for (std::size_t s = 0; s < schedule.suggestions.size(); ++s) {
    days[static_cast<std::size_t>(days_between(request.start, schedule.suggestions[s].date))]
        .suggested = s;
  }

  for (int w = 0; w < request.weeks; ++w) {
    WeekPlan week;
    week.start = add_days(request.start, w * 7);
    auto first = days.begin() + w * 7;
    week.days.assign(std::make_move_iterator(first), std::make_move_iterator(first + 7));
    schedule.weeks.push_back(std::move(week));
  }
  return schedule;
}

}  // namespace runmassage
