// The planner: from a day and the runs around it to a decision on which massage to book.
#pragma once

#include <optional>
#include <vector>

#include "runmassage/date.hpp"
#include "runmassage/rules.hpp"

namespace runmassage {

/// The question a runner asks: on `today`, having run on `last_run`, running next on `next_run`.
struct PlanRequest {
  Date today;
  std::optional<Date> last_run;
  std::optional<Date> next_run;
  std::vector<Date> races;  ///< past or future; a race is also a run, and one today is ahead
};

/// The answer: the runs around the day as the rules saw them, and the rules' decision.
struct Plan {
  Date date;
  std::optional<Date> last_run;  ///< the latest run on or before the day, or race before it
  std::optional<Date> next_run;  ///< the earliest run or race on or after the day
  std::optional<Date> last_race;
  std::optional<Date> next_race;
  Facts facts;
  Decision decision;
};

/// Checks the request and places the day among its runs and races, computing the facts but
/// not yet deciding; throws UsageError for a missing run date or dates in an impossible order.
Plan situate(const PlanRequest& request);

/// Plans one day: validates the request, computes its facts and runs the rules.
Plan make_plan(const RuleSet& rules, const PlanRequest& request);

}  // namespace runmassage
