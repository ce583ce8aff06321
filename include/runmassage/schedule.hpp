// The schedule: a plan for every day of one or more weeks, and the few bookings worth making.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "runmassage/date.hpp"
#include "runmassage/planner.hpp"
#include "runmassage/rules.hpp"
#include "runmassage/workout.hpp"

namespace runmassage {

/// What a day holds for the runner; a later value wins when a day holds several.
enum class Training : std::uint8_t { none, rest, run, race };

/// "none", "rest", "run" or "race".
std::string_view training_name(Training training);

/// The training a workout of this kind gives its day.
Training training_of(WorkoutKind kind);

/// Where a suggestion looks for its day: around each race, or after each week's long run.
enum class Anchor : std::uint8_t { race, long_run };

/// One kind of suggested booking: the first day from `from` to `to` days after an anchor
/// (negative: before it) on which the rules recommend `massage`.
struct SuggestionPick {
  std::string id;
  Anchor anchor = Anchor::race;
  int from = 0;
  int to = 0;
  std::size_t massage = 0;  ///< index into Catalogue::types
  std::string why;          ///< written for the runner
};

/// How suggested bookings are chosen (data/schedule.json); picks are in priority order.
struct SuggestionSettings {
  int max_per_week = 2;
  int min_days_apart = 2;
  std::vector<SuggestionPick> picks;
};

/// The most weeks one schedule may cover: ten years of training.
inline constexpr int max_weeks = 520;

/// What to schedule: `weeks` weeks from `start`, around these workouts (any order, any dates;
/// rest days included). Training weeks start on `week_start`, whatever `start` is.
struct ScheduleRequest {
  Date start;
  int weeks = 1;
  std::vector<Workout> workouts;
  date::weekday week_start = date::Monday;
};

/// A booking the schedule suggests.
struct Suggestion {
  Date date;
  std::size_t pick = 0;     ///< index into SuggestionSettings::picks
  std::size_t massage = 0;  ///< index into Catalogue::types
};

/// One day of the schedule: its training and the rules' plan for it.
struct DayPlan {
  Plan plan;  ///< plan.date() is the day
  Training training = Training::none;
  std::optional<Workout> workout;        ///< the day's workout as planned around (none: no entry)
  std::vector<std::string> titles;       ///< the calendar's names for the day's workouts
  std::optional<std::size_t> suggested;  ///< index into Schedule::suggestions
};

/// Seven consecutive days.
struct WeekPlan {
  Date start;
  std::vector<DayPlan> days;
};

/// Every day from `start` to `end` (inclusive), in weeks, with the suggested bookings.
struct Schedule {
  Date start;
  Date end;
  std::vector<WeekPlan> weeks;
  std::vector<Suggestion> suggestions;  ///< in date order

  /// The plan for `date`, which must lie from `start` to `end`.
  [[nodiscard]] const DayPlan& day(Date date) const;
};

/// Plans every day with the same rules as `plan` and picks the suggested bookings; throws
/// UsageError when `weeks` is out of range or there is no run or race at all. Linear in the
/// number of days and workouts.
Schedule build_schedule(const RuleSet& rules, const SuggestionSettings& settings,
                        const ScheduleRequest& request);

/// A copy of `workout` on every `weekday` from `from` to `to` inclusive.
std::vector<Workout> every_week(date::weekday weekday, Date from, Date to, const Workout& workout);

/// The first day of the week holding `day`, for weeks starting on `first`.
Date start_of_week(Date day, date::weekday first);

}  // namespace runmassage
