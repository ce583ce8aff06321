// Turning the workouts around a day into facts, facts into a decision, and trying what the
// runner did not say.
#include "runmassage/planner.hpp"

#include <algorithm>

#include "runmassage/error.hpp"

namespace runmassage {
namespace {

// The distance a race without one is tried at: a marathon, whose windows are the widest of
// the common races.
constexpr double tried_race_km = 42.2;

Workout run_on(Date day) {
  Workout run;
  run.date = day;
  return run;
}

bool later(const std::optional<Workout>& a, const Workout& b) { return !a || b.date > a->date; }
bool earlier(const std::optional<Workout>& a, const Workout& b) { return !a || b.date < a->date; }

// Whether a condition tests a fact of this input that is absent, directly or under any
// all / any / not: then its result rests on what the runner did not say.
bool relies_on_absent(const Condition& condition, const Facts& facts, FactInput input) {
  if (condition.kind == Condition::Kind::compare) {
    return fact_info(condition.fact).input == input && !facts.get(condition.fact);
  }
  return std::any_of(condition.children.begin(), condition.children.end(),
                     [&](const Condition& child) { return relies_on_absent(child, facts, input); });
}

// Each unknown: whether the request leaves it open, the input its facts come from, and the
// request with it filled in.
struct Trial {
  Unknown unknown;
  FactInput input;
  bool (*open)(const PlanRequest&, const Plan&);
  void (*fill)(PlanRequest&, const Plan&);
};

const Trial trials[] = {
    {Unknown::next_run, FactInput::next_run,
     [](const PlanRequest& r, const Plan& p) { return !r.next_run && !p.situation.next_run; },
     [](PlanRequest& r, const Plan&) { r.next_run = run_on(add_days(r.today, 1)); }},
    // Not on a race day: a run given for today would make the race one already run.
    {Unknown::last_run, FactInput::last_run,
     [](const PlanRequest& r, const Plan& p) {
       return !r.last_run && !p.situation.last_run &&
              std::none_of(r.races.begin(), r.races.end(),
                           [&](const Workout& race) { return race.date == r.today; });
     },
     [](PlanRequest& r, const Plan&) { r.last_run = run_on(r.today); }},
    {Unknown::next_run_kind, FactInput::next_run,
     [](const PlanRequest& r, const Plan& p) {
       return r.next_run && p.situation.next_run && p.situation.next_run->kind == WorkoutKind::run;
     },
     [](PlanRequest& r, const Plan&) { r.next_run->kind = WorkoutKind::long_run; }},
    {Unknown::next_race_distance, FactInput::next_race,
     [](const PlanRequest&, const Plan& p) {
       return p.situation.next_race && !p.situation.next_race->km;
     },
     [](PlanRequest& r, const Plan& p) {
       for (auto& race : r.races) {
         if (race.date == p.situation.next_race->date) race.km = tried_race_km;
       }
       if (r.next_run && r.next_run->date == p.situation.next_race->date) {
         r.next_run->km = tried_race_km;
       }
     }},
    {Unknown::last_race_distance, FactInput::last_race,
     [](const PlanRequest&, const Plan& p) {
       return p.situation.last_race && !p.situation.last_race->km;
     },
     [](PlanRequest& r, const Plan& p) {
       for (auto& race : r.races) {
         if (race.date == p.situation.last_race->date) race.km = tried_race_km;
       }
       if (r.last_run && r.last_run->date == p.situation.last_race->date) {
         r.last_run->km = tried_race_km;
       }
     }},
};

}  // namespace

void check_request(const PlanRequest& request) {
  const Date today = request.today;
  if (!request.last_run && !request.next_run && request.races.empty()) {
    throw UsageError("no run date: give --next-run, --last-run or --race");
  }
  if (request.last_run && request.next_run && request.last_run->date > request.next_run->date) {
    throw UsageError("last run " + to_iso(request.last_run->date) + " is after next run " +
                     to_iso(request.next_run->date));
  }
  if (request.last_run && request.last_run->date > today) {
    throw UsageError("last run " + to_iso(request.last_run->date) + " is after today (" +
                     to_iso(today) + ")");
  }
  if (request.next_run && request.next_run->date < today) {
    throw UsageError("next run " + to_iso(request.next_run->date) + " is before today (" +
                     to_iso(today) + ")");
  }
}

namespace {

// Places the day among its workouts and computes the facts, reusing `plan`'s storage; the
// decision and assumptions are left for the caller.
void place(const PlanRequest& request, Plan& plan) {
  check_request(request);
  const Date today = request.today;
  Situation& s = plan.situation;
  s = Situation{};
  s.today = today;
  s.load = request.load;
  // A race today is ahead, like --next-run today, unless the last run given is today: then
  // the race is what the runner ran.
  const bool ran_today = request.last_run && request.last_run->date == today;
  auto place_race = [&](const Workout& race) {
    const bool over = race.date < today || (race.date == today && ran_today);
    if (over && (!s.last_race || race.date >= s.last_race->date)) s.last_race = race;
    if (!over && earlier(s.next_race, race)) s.next_race = race;
  };
  for (const Workout& race : request.races) place_race(race);
  // A run whose words name a race ("sat:marathon") is a race too.
  if (request.last_run && request.last_run->kind == WorkoutKind::race) {
    place_race(request.last_run.value());
  }
  if (request.next_run && request.next_run->kind == WorkoutKind::race) {
    place_race(request.next_run.value());
  }

  // A race is a run: it can be the nearest run on either side, and says more than a bare run
  // on the same day.
  s.last_run = request.last_run;
  s.next_run = request.next_run;
  if (s.last_race && (!s.last_run || s.last_race->date >= s.last_run->date)) {
    s.last_run = s.last_race;
  }
  if (s.next_race && (!s.next_run || s.next_race->date <= s.next_run->date)) {
    s.next_run = s.next_race;
  }
  // Key workouts: only the runs and races given, nearest first on each side.
  // Pointers, not copies: this runs for every batch line.
  using Candidates = const std::optional<Workout>* [3];
  for (const auto* candidate : Candidates{&s.last_run, &s.last_race, &request.last_key}) {
    if (*candidate && is_key_workout((*candidate)->kind) && later(s.last_key, **candidate)) {
      s.last_key = *candidate;
    }
  }
  for (const auto* candidate : Candidates{&s.next_run, &s.next_race, &request.next_key}) {
    if (*candidate && is_key_workout((*candidate)->kind) && earlier(s.next_key, **candidate)) {
      s.next_key = *candidate;
    }
  }
  plan.facts = compute_facts(s);
}

}  // namespace

Plan situate(const PlanRequest& request) {
  Plan plan;
  place(request, plan);
  return plan;
}

namespace {

// Decides a situated plan and tries what its request left out.
void decide_and_try(const RuleSet& rules, const PlanRequest& request, Plan& plan) {
  rules.decide(plan.facts, plan.decision);
  plan.assumptions.clear();
  const auto recommended = recommended_massage(plan, rules);
  for (const Trial& trial : trials) {
    if (!trial.open(request, plan)) continue;
    PlanRequest filled = request;
    trial.fill(filled, plan);
    Plan other = situate(filled);
    rules.decide(other.facts, other.decision);
    const auto massage = recommended_massage(other, rules);
    const bool changes = massage != recommended;
    const bool relied = plan.decision.recommended_rule &&
                        relies_on_absent(rules.rules()[*plan.decision.recommended_rule].condition,
                                         plan.facts, trial.input);
    if (!changes && !relied) continue;
    plan.assumptions.push_back(
        {trial.unknown, changes ? other.decision.recommended_rule : std::nullopt, changes});
  }
}

}  // namespace

Plan make_plan(const RuleSet& rules, const PlanRequest& request) {
  Plan plan = situate(request);
  decide_and_try(rules, request, plan);
  return plan;
}

// The decision and the assumptions depend on the facts alone: the rules see only the facts,
// and each trial's question (is it open, what does filling it in give) is answered by the
// facts too. tests/batch_test.cpp compares cached and uncached plans over many requests.
void CachedPlanner::plan(const PlanRequest& request, Plan& plan) {
  place(request, plan);
  auto found = outcomes_.find(plan.facts);
  if (found != outcomes_.end()) {
    plan.decision = found->second.decision;
    plan.assumptions = found->second.assumptions;
    return;
  }
  decide_and_try(rules_, request, plan);
  // A few hundred bytes an entry: bounded so memory stays flat however long the input.
  constexpr std::size_t max_outcomes = 2048;
  if (outcomes_.size() >= max_outcomes) outcomes_.clear();
  outcomes_.emplace(plan.facts, Outcome{plan.decision, plan.assumptions});
}

std::optional<std::size_t> recommended_massage(const Plan& plan, const RuleSet& rules) {
  if (!plan.decision.recommended_rule) return std::nullopt;
  return rules.rules()[*plan.decision.recommended_rule].massage;
}

}  // namespace runmassage
