// What a runner's history tells the planner (the last run, past races, the load) and the
// weekly summary `history` shows.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "runmassage/activity.hpp"
#include "runmassage/date.hpp"
#include "runmassage/training_load.hpp"
#include "runmassage/workout.hpp"
#include "runmassage/workout_words.hpp"

namespace runmassage {

/// Fills each run's `kind` from its title where its file named none ("Chicago Marathon" is a
/// race, "Morning Run" a run), so the load estimate and the planner see the same kinds.
void classify_activities(std::vector<Activity>& activities, const WorkoutWords& words);

/// The workout a run was: its kind (a run of `long_run_km` or more is long unless harder), its
/// distance from the file, else from its title, and its title.
Workout workout_of(const Activity& run, const WorkoutWords& words);

/// The runs the planner takes from a history.
struct PastRuns {
  std::optional<Workout> last_run;  ///< the latest run on or before the day
  std::vector<Workout> races;       ///< every run classified as a race, on or before the day
};

/// The last run and the races of `activities` (classified) on or before `day`.
PastRuns past_runs(const std::vector<Activity>& activities, Date day, const WorkoutWords& words);

/// Every run of `activities` (classified) before `day`, as workouts, oldest first.
std::vector<Workout> runs_before(const std::vector<Activity>& activities, Date day,
                                 const WorkoutWords& words);

/// The training load on `day` (load_on), or nullopt without load settings or history enough.
std::optional<LoadDay> history_load(const std::vector<Activity>& activities, Date day,
                                    const std::optional<HeartRateProfile>& heart,
                                    const WorkoutWords& words);

/// One week of a history.
struct HistoryWeek {
  Date start;
  int runs = 0;
  double km = 0;               ///< the runs' distance
  double minutes = 0;          ///< the runs' time
  std::optional<double> load;  ///< every activity's load; nullopt without load settings
  std::optional<double> form;  ///< form on the week's last day (or today), when load_on has it
};

/// What `history` shows.
struct HistorySummary {
  std::size_t activities = 0;  ///< activities on or before today
  std::size_t runs = 0;        ///< of which runs
  std::optional<Date> first;   ///< the first and last activity's day
  std::optional<Date> last;
  std::vector<HistoryWeek> weeks;       ///< oldest first; the last holds today
  std::optional<Activity> last_run;     ///< the latest run on or before today
  std::optional<Workout> last_workout;  ///< last_run as the planner sees it
};

/// Summarises `activities` (classified) in `weeks` weeks starting on `week_start`, the last
/// holding `today`; activities after today are left out.
HistorySummary summarise_history(const std::vector<Activity>& activities, Date today, int weeks,
                                 date::weekday week_start,
                                 const std::optional<HeartRateProfile>& heart,
                                 const WorkoutWords& words);

/// The summary as a table with bar charts of weekly km and load, in 80 columns; the bars are
/// Unicode blocks, or `#` with `ascii_bars`.
std::string history_to_text(const HistorySummary& summary, bool ascii_bars);

/// The summary as JSON: activities, runs, first, last, weeks, last_run.
nlohmann::ordered_json history_to_json(const HistorySummary& summary);

}  // namespace runmassage
