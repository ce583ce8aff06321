// Helpers the unit tests share: the built-in knowledge, loaded once, and dates from ISO text.
#pragma once

#include <optional>

#include "runmassage/date.hpp"
#include "runmassage/knowledge.hpp"
#include "runmassage/planner.hpp"

namespace runmassage::test {

/// The built-in data, parsed on first use and kept for the whole test run.
inline const Knowledge& knowledge() {
  static const Knowledge loaded = default_knowledge();
  return loaded;
}

/// A date written as YYYY-MM-DD (the tests only write valid ones).
inline Date day(const char* iso) { return *parse_iso_date(iso); }

/// A run of `kind` on `date`, with no distance.
inline Workout run_on(Date date, WorkoutKind kind = WorkoutKind::run) {
  Workout run;
  run.date = date;
  run.kind = kind;
  return run;
}

/// A request for `today` with its last and next run this many days away (negative: before).
inline PlanRequest around(Date today, std::optional<int> last, std::optional<int> next) {
  PlanRequest request;
  request.today = today;
  if (last) request.last_run = run_on(add_days(today, *last));
  if (next) request.next_run = run_on(add_days(today, *next));
  return request;
}

}  // namespace runmassage::test
