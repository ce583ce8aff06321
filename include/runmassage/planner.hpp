// The planner: from a day and the workouts around it to a complete plan, decided once.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "runmassage/date.hpp"
#include "runmassage/decision_memo.hpp"
#include "runmassage/facts.hpp"
#include "runmassage/rules.hpp"
#include "runmassage/workout.hpp"

namespace runmassage {

/// The question a runner asks: on `today`, having run `last_run`, running next `next_run`.
struct PlanRequest {
  Date today;
  std::optional<Workout> last_run;
  std::optional<Workout> next_run;
  std::vector<Workout> races;  ///< past or future; a race is also a run, and one today is ahead
                               ///< unless `last_run` is today too (then it is over)
  /// Key workouts known beyond the nearest runs (a training calendar knows them); the runs and
  /// races above count as key workouts by their kind anyway.
  std::optional<Workout> last_key;
  std::optional<Workout> next_key;
  /// The training load on `today` from the runner's history (load_on); absent without one.
  std::optional<LoadDay> load;
};

/// Something the runner left out that the advice rested on, tried both ways.
enum class Unknown : std::uint8_t {
  next_run,            ///< no next run given: tried as a run tomorrow
  last_run,            ///< no last run given: tried as a run earlier today
  next_run_kind,       ///< the next run's kind not given: tried as a long run
  next_race_distance,  ///< the next race's distance not given: tried as a marathon
  last_race_distance,  ///< the last race's distance not given: tried as a marathon
};

/// A plan's reliance on something not given, and the rule that would decide if it were.
struct Assumption {
  Unknown unknown = Unknown::next_run;
  std::optional<std::size_t> instead;  ///< the rule recommending then, if the booking differs
  bool changes = false;                ///< the booking would differ (massage or session)
  /// The same massage, but booked as the winning rule there says: other techniques or length.
  bool session_only = false;
};

/// The answer: the workouts around the day, the facts the rules saw, their decision, and what
/// the decision assumed.
struct Plan {
  Situation situation;  ///< situation.today is the day planned
  Facts facts;
  Decision decision;
  std::vector<Assumption> assumptions;

  [[nodiscard]] Date date() const { return situation.today; }
};

/// Throws UsageError for a request with no run at all or with dates in an impossible order;
/// the CLI calls it before loading data, since the cheaper fix comes first.
void check_request(const PlanRequest& request);

/// Places the day among its workouts and computes the facts, without deciding (for tests and
/// the rules check, which decide many times).
Plan situate(const PlanRequest& request);

/// Whether the facts leave `unknown` open, so the advice tries it; for tests.
bool unknown_open(const Facts& facts, Unknown unknown);
/// The facts with `unknown` filled in as the advice tries it (a run tomorrow, a marathon…),
/// equal to the facts of the request with it filled in; for tests.
Facts tried_facts(const Facts& facts, Unknown unknown);

/// Plans one day, completely: checks the request, computes the facts, runs the rules and
/// tries what was not given. The one way `plan`, `batch` and `week` get a plan.
Plan make_plan(const RuleSet& rules, const PlanRequest& request);

/// Plans exactly like make_plan, for `batch` and `week`, which plan many days: the rules'
/// decisions are remembered by the facts' classes (DecisionMemo), and storage is reused.
class CachedPlanner {
 public:
  explicit CachedPlanner(const RuleSet& rules) : rules_(rules), memo_(rules) {}

  /// Fills `plan` exactly as make_plan(rules, request) would, reusing its storage: situate,
  /// then decide.
  void plan(const PlanRequest& request, Plan& plan);
  /// Places the day and computes the facts (throwing as check_request does), leaving the
  /// decision and assumptions as they were.
  void situate(const PlanRequest& request, Plan& plan);
  /// Decides the facts of a situated plan and tries what was not given. The decision and the
  /// assumptions are a function of the facts alone, so a caller that met the same facts before
  /// may skip this and reuse what it made of them (batch does).
  void decide(Plan& plan);

 private:
  const RuleSet& rules_;
  DecisionMemo memo_;
};

/// The massage type the plan recommends, if any.
std::optional<std::size_t> recommended_massage(const Plan& plan, const RuleSet& rules);
/// The massage type the decision recommends, if any.
std::optional<std::size_t> recommended_massage(const Decision& decision, const RuleSet& rules);

}  // namespace runmassage
