// Training calendars in: the workouts of an iCalendar file, read through libical.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "runmassage/activity.hpp"
#include "runmassage/date.hpp"
#include "runmassage/workout.hpp"
#include "runmassage/workout_words.hpp"

namespace runmassage {

/// Limits on calendars, so hostile or runaway files fail cleanly.
inline constexpr std::size_t max_calendar_bytes = 4 * 1024 * 1024;
inline constexpr std::size_t max_calendar_days = 50000;      ///< workout days after expansion
inline constexpr std::size_t max_recurrence_steps = 100000;  ///< per recurring event
inline constexpr int max_event_days = 366;                   ///< days one all-day event spans

/// A workout for a calendar event with this title and categories: the title decides, the
/// categories when the title names nothing known, otherwise it is a run of unknown kind.
Workout classify_event(Date date, std::string_view title,
                       const std::vector<std::string>& categories, const WorkoutWords& words);

/// The days recurring events are expanded over; single events are kept whatever their date.
struct DateRange {
  Date first;
  Date last;
};

/// Reads the workouts of an iCalendar text; `name` is the file name errors give. An event with a
/// time in UTC or in a named zone (TZID) falls on its date under `offset` (the runner's zone);
/// without an offset, and for all-day and floating times, on the date written. Throws
/// DataError naming the file and the event for a malformed calendar or an impossible date.
std::vector<Workout> parse_calendar(const std::string& name, const std::string& text,
                                    const WorkoutWords& words, DateRange expand,
                                    const UtcOffset& offset = {});

/// Reads and parses a calendar file; IoError if unreadable, DataError if invalid or too big.
std::vector<Workout> load_calendar(const std::string& path, const WorkoutWords& words,
                                   DateRange expand, const UtcOffset& offset = {});

}  // namespace runmassage
