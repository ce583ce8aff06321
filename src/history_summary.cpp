// From a runner's history to what the planner needs and to the weekly summary of `history`.
#include "runmassage/history_summary.hpp"

#include <algorithm>

#include "runmassage/schedule.hpp"

namespace runmassage {

void classify_activities(std::vector<Activity>& activities, const WorkoutWords& words) {
  for (Activity& activity : activities) {
    if (activity.sport != Sport::run || !activity.kind.empty()) continue;
    WorkoutKind kind = classify_words(activity.title, words).kind;
    if (kind == WorkoutKind::rest) kind = WorkoutKind::run;  // the file says it was a run
    activity.kind = std::string(kind_name(kind));
  }
}

Workout workout_of(const Activity& run, const WorkoutWords& words) {
  const Classified classified = classify_words(run.title, words);
  Workout workout;
  workout.date = run.day;
  workout.title = run.title;
  auto kind = kind_from_name(run.kind);
  workout.kind = kind ? *kind : classified.kind;
  if (workout.kind == WorkoutKind::rest) workout.kind = WorkoutKind::run;
  workout.km = run.km ? run.km : classified.km;
  if (workout.km && *workout.km >= words.long_run_km &&
      (workout.kind == WorkoutKind::run || workout.kind == WorkoutKind::easy)) {
    workout.kind = WorkoutKind::long_run;
  }
  return workout;
}

PastRuns past_runs(const std::vector<Activity>& activities, Date day, const WorkoutWords& words) {
  PastRuns past;
  const Activity* last = nullptr;
  for (const Activity& activity : activities) {
    if (activity.sport != Sport::run || activity.day > day) continue;
    if (last == nullptr || activity.start_utc >= last->start_utc) last = &activity;
    if (activity.kind == kind_name(WorkoutKind::race)) {
      past.races.push_back(workout_of(activity, words));
    }
  }
  if (last != nullptr) past.last_run = workout_of(*last, words);
  return past;
}

std::vector<Workout> runs_before(const std::vector<Activity>& activities, Date day,
                                 const WorkoutWords& words) {
  std::vector<Workout> runs;
  for (const Activity& activity : activities) {
    if (activity.sport == Sport::run && activity.day < day) {
      runs.push_back(workout_of(activity, words));
    }
  }
  return runs;
}

std::optional<LoadDay> history_load(const std::vector<Activity>& activities, Date day,
                                    const std::optional<HeartRateProfile>& heart,
                                    const WorkoutWords& words) {
  if (!words.load || activities.empty()) return std::nullopt;
  return load_on(daily_loads(activities, heart, words.load->factors), day, words.load->model);
}

HistorySummary summarise_history(const std::vector<Activity>& activities, Date today, int weeks,
                                 date::weekday week_start,
                                 const std::optional<HeartRateProfile>& heart,
                                 const WorkoutWords& words) {
  HistorySummary summary;
  const Date first_start = add_days(start_of_week(today, week_start), -7 * (weeks - 1));
  for (int week = 0; week < weeks; ++week) {
    summary.weeks.push_back({add_days(first_start, 7 * week), 0, 0, 0, std::nullopt, std::nullopt});
  }
  const Activity* last_run = nullptr;
  for (const Activity& activity : activities) {
    if (activity.day > today) continue;
    ++summary.activities;
    if (!summary.first || activity.day < *summary.first) summary.first = activity.day;
    if (!summary.last || activity.day > *summary.last) summary.last = activity.day;
    if (activity.sport != Sport::run) continue;
    ++summary.runs;
    if (last_run == nullptr || activity.start_utc >= last_run->start_utc) last_run = &activity;
    if (activity.day < first_start) continue;
    HistoryWeek& week =
        summary.weeks[static_cast<std::size_t>(days_between(first_start, activity.day) / 7)];
    ++week.runs;
    week.km += activity.km.value_or(0);
    week.minutes += activity.minutes.value_or(0);
  }
  if (last_run != nullptr) {
    summary.last_run = *last_run;
    summary.last_workout = workout_of(*last_run, words);
  }
  if (!words.load) return summary;
  const auto daily = daily_loads(activities, heart, words.load->factors);
  for (HistoryWeek& week : summary.weeks) {
    const Date end = std::min(add_days(week.start, 6), today);
    week.load = 0;
    for (const DailyLoad& day : daily) {
      if (day.day >= week.start && day.day <= end) *week.load += day.load;
    }
    if (auto state = load_on(daily, end, words.load->model)) week.form = state->form;
  }
  return summary;
}

}  // namespace runmassage
