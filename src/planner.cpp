// Turning run dates into facts, and facts into a decision.
#include "runmassage/planner.hpp"

#include "runmassage/error.hpp"

namespace runmassage {

Plan situate(const PlanRequest& request) {
  Plan plan;
  const Date today = request.today;
  if (!request.last_run && !request.next_run && request.races.empty()) {
    throw UsageError("no run date: give --next-run, --last-run or --race");
  }
  if (request.last_run && request.next_run && *request.last_run > *request.next_run) {
    throw UsageError("last run " + to_iso(*request.last_run) + " is after next run " +
                     to_iso(*request.next_run));
  }
  if (request.last_run && *request.last_run > today) {
    throw UsageError("last run " + to_iso(*request.last_run) + " is after today (" + to_iso(today) +
                     ")");
  }
  if (request.next_run && *request.next_run < today) {
    throw UsageError("next run " + to_iso(*request.next_run) + " is before today (" +
                     to_iso(today) + ")");
  }

  plan.date = today;
  plan.last_run = request.last_run;
  plan.next_run = request.next_run;
  for (const Date& race : request.races) {
    // A race today is still ahead, like --next-run today.
    if (race < today && (!plan.last_race || race > *plan.last_race)) plan.last_race = race;
    if (race >= today && (!plan.next_race || race < *plan.next_race)) plan.next_race = race;
  }
  // A race is a run: it can be the nearest run on either side.
  if (plan.last_race && (!plan.last_run || *plan.last_race > *plan.last_run)) {
    plan.last_run = plan.last_race;
  }
  if (plan.next_race && (!plan.next_run || *plan.next_race < *plan.next_run)) {
    plan.next_run = plan.next_race;
  }

  auto since = [&](const std::optional<Date>& day) -> std::optional<int> {
    if (!day) return std::nullopt;
    return days_between(*day, today);
  };
  auto until = [&](const std::optional<Date>& day) -> std::optional<int> {
    if (!day) return std::nullopt;
    return days_between(today, *day);
  };
  Facts& facts = plan.facts;
  facts.set(Fact::days_until_next_run, until(plan.next_run));
  facts.set(Fact::days_since_last_run, since(plan.last_run));
  facts.set(Fact::days_until_next_race, until(plan.next_race));
  facts.set(Fact::days_since_last_race, since(plan.last_race));
  return plan;
}

Plan make_plan(const RuleSet& rules, const PlanRequest& request) {
  Plan plan = situate(request);
  plan.decision = rules.decide(plan.facts);
  return plan;
}

}  // namespace runmassage
