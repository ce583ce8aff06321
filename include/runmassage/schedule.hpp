// The schedule: a plan for every day of one or more weeks, and the few bookings worth making.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "runmassage/date.hpp"
#include "runmassage/planner.hpp"
#include "runmassage/rules.hpp"
#include "runmassage/suggestion_settings.hpp"
#include "runmassage/workout.hpp"

namespace runmassage {

/// What a day holds for the runner; a later value wins when a day holds several.
enum class Training : std::uint8_t { none, rest, run, race };

/// "none", "rest", "run" or "race".
std::string_view training_name(Training training);

/// The training a workout of this kind gives its day.
Training training_of(WorkoutKind kind);

/// The most weeks one schedule may cover: ten years of training.
inline constexpr int max_weeks = 520;

/// What to schedule: `weeks` weeks from `start`, around these workouts (any order, any dates;
/// rest days included). Training weeks start on `week_start`, whatever `start` is.
struct ScheduleRequest {
  Date start;
  int weeks = 1;
  std::vector<Workout> workouts;
  date::weekday week_start = date::Monday;
  std::optional<Budget> budget;  ///< nullopt: SuggestionSettings::budget
  /// The weekdays the runner can book, indexed by c_encoding (Sunday 0); default every day.
  std::array<bool, 7> available{true, true, true, true, true, true, true};
  /// The first day that can be booked (today: a day gone by cannot be); nullopt: any day.
  std::optional<Date> book_from;
};

/// A booking the schedule suggests.
struct Suggestion {
  Date date;
  std::size_t pick = 0;     ///< index into SuggestionSettings::picks
  std::size_t massage = 0;  ///< index into Catalogue::types
  bool after_run = false;   ///< booked after the day's workout (the day's plan is then that one)
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
  std::optional<Date> book_from;  ///< ScheduleRequest::book_from
  std::vector<WeekPlan> weeks;
  std::vector<Suggestion> suggestions;  ///< in date order

  /// The plan for `date`, which must lie from `start` to `end`.
  [[nodiscard]] const DayPlan& day(Date date) const;
};

/// A day the picks offer for booking: the best pick that names it.
struct Candidate {
  std::size_t pick = 0;  ///< index into SuggestionSettings::picks
  int value = 0;
  bool after_run = false;  ///< the day planned with its run already done (see build_schedule)
};

/// The days to book among `candidates` (one per day from `first`, nullopt: not bookable):
/// the largest total value with at most `budget.count` per period and bookings at least
/// `min_days_apart` days apart. Dynamic programming over the days; ties go to the choice
/// with later bookings. Returns the chosen day indexes in order.
std::vector<std::size_t> choose_bookings(const std::vector<std::optional<Candidate>>& candidates,
                                         Date first, const Budget& budget, int min_days_apart,
                                         date::weekday week_start);

/// Plans every day with the same rules as `plan` and picks the suggested bookings. On a pick's
/// anchor day (`from`..`to` holding 0) the day is tried before its run, as `plan --next-run
/// today` sees it, and after it, as `plan --last-run today` sees it: a suggestion booked after
/// the run replaces the day's plan with the after-run one, so the day shows what to book. Throws
/// UsageError when `weeks` is out of range or there is no run or race at all. The bookings are
/// chosen over every day the workouts span (see docs/week.md), so a day's suggestion does not
/// depend on the window shown.
Schedule build_schedule(const RuleSet& rules, const SuggestionSettings& settings,
                        const ScheduleRequest& request);

/// A copy of `workout` on every `weekday` from `from` to `to` inclusive.
std::vector<Workout> every_week(date::weekday weekday, Date from, Date to, const Workout& workout);

/// The first day of the week holding `day`, for weeks starting on `first`.
Date start_of_week(Date day, date::weekday first);

/// The days over which runs given by weekday (`--run tue`) are laid out for `request`: its
/// window and dated workouts, a week more each side, widened to whole budget periods with one
/// more on each side, in whole training weeks, and at most about a year beyond the window. So
/// every week and budget period the window touches is complete, and a day's suggestion does
/// not depend on the window.
std::pair<Date, Date> weekday_runs_span(const ScheduleRequest& request, const Budget& budget);

/// The first day of the budget period (week or calendar month) holding `day`.
Date period_start(Date day, BudgetPeriod period, date::weekday week_start);
/// The last day of the budget period holding `day`.
Date period_end(Date day, BudgetPeriod period, date::weekday week_start);

}  // namespace runmassage
