// Turning the workouts around a day into facts, facts into a decision, and trying what the
// runner did not say.
#include "runmassage/planner.hpp"

#include <algorithm>
#include <iterator>
#include <type_traits>
#include <utility>

#include "runmassage/error.hpp"

namespace runmassage {
namespace {

// The distance a race without one is tried at: a marathon, whose windows are the widest of
// the common races.
constexpr double tried_race_km = 42.2;

// Whether a condition tests a fact of this input that is absent, directly or under any
// all / any / not: then its result rests on what the runner did not say.
bool relies_on_absent(const Condition& condition, const Facts& facts, FactInput input) {
  if (condition.kind == Condition::Kind::compare) {
    return fact_info(condition.fact).input == input && !facts.get(condition.fact);
  }
  return std::any_of(condition.children.begin(), condition.children.end(),
                     [&](const Condition& child) { return relies_on_absent(child, facts, input); });
}

constexpr double kind_value(WorkoutKind kind) { return static_cast<double>(kind); }

// Whether two recommending rules book the same session: the same massage, techniques and length.
bool same_session(const Rule& a, const Rule& b) {
  return a.massage == b.massage && a.techniques == b.techniques && a.min_minutes == b.min_minutes &&
         a.max_minutes == b.max_minutes;
}

bool is_kind(const Facts& f, Fact fact, WorkoutKind kind) {
  return f.get(fact) && *f.get(fact) == kind_value(kind);
}

// Each unknown: whether the facts leave it open, the input its facts come from, and the facts
// as `place` would compute them for the request with it filled in. Working on the facts, not
// on a re-placed request, keeps the trials cheap and makes the assumptions a function of the
// facts alone; tests/planner_test.cpp checks each fill against placing the filled request.
struct Trial {
  Unknown unknown;
  FactInput input;
  bool (*open)(const Facts&);
  void (*fill)(Facts&);
};

constexpr Trial trials[] = {
    // No run or race ahead: tried as a run (of unknown kind) tomorrow.
    {Unknown::next_run, FactInput::next_run,
     [](const Facts& f) { return !f.get(Fact::days_until_next_run); },
     [](Facts& f) {
       f.set(Fact::days_until_next_run, 1);
       f.set(Fact::next_run_kind, kind_value(WorkoutKind::run));
       f.set(Fact::next_run_km, std::nullopt);
     }},
    // Nothing run yet: tried as a run earlier today. Not on a race day: a run given for today
    // would make the race one already run.
    {Unknown::last_run, FactInput::last_run,
     [](const Facts& f) {
       return !f.get(Fact::days_since_last_run) && f.get(Fact::days_until_next_race) != 0.0;
     },
     [](Facts& f) {
       f.set(Fact::days_since_last_run, 0);
       f.set(Fact::last_run_kind, kind_value(WorkoutKind::run));
       f.set(Fact::last_run_km, std::nullopt);
     }},
    // The next run's kind unknown: tried as a long run, which makes it a key workout too.
    {Unknown::next_run_kind, FactInput::next_run,
     [](const Facts& f) { return is_kind(f, Fact::next_run_kind, WorkoutKind::run); },
     [](Facts& f) {
       f.set(Fact::next_run_kind, kind_value(WorkoutKind::long_run));
       const double run = *f.get(Fact::days_until_next_run);
       const auto& key = f.get(Fact::days_until_next_key_workout);
       f.set(Fact::days_until_next_key_workout, key ? std::min(*key, run) : run);
     }},
    // A race without a distance: tried as a marathon; a run on its day is the race.
    {Unknown::next_race_distance, FactInput::next_race,
     [](const Facts& f) { return f.get(Fact::days_until_next_race) && !f.get(Fact::next_race_km); },
     [](Facts& f) {
       f.set(Fact::next_race_km, tried_race_km);
       if (f.get(Fact::days_until_next_run) == f.get(Fact::days_until_next_race)) {
         f.set(Fact::next_run_km, tried_race_km);
       }
     }},
    {Unknown::last_race_distance, FactInput::last_race,
     [](const Facts& f) { return f.get(Fact::days_since_last_race) && !f.get(Fact::last_race_km); },
     [](Facts& f) {
       f.set(Fact::last_race_km, tried_race_km);
       if (f.get(Fact::days_since_last_run) == f.get(Fact::days_since_last_race)) {
         f.set(Fact::last_run_km, tried_race_km);
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
  // The workouts are chosen by pointer and copied once each: this runs for every batch line.
  const Workout* last_race = nullptr;
  const Workout* next_race = nullptr;
  // A race today is ahead, like --next-run today, unless the last run given is today: then
  // the race is what the runner ran.
  const bool ran_today = request.last_run && request.last_run->date == today;
  auto place_race = [&](const Workout& race) {
    const bool over = race.date < today || (race.date == today && ran_today);
    if (over && (!last_race || race.date >= last_race->date)) last_race = &race;
    if (!over && (!next_race || race.date < next_race->date)) next_race = &race;
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
  const Workout* last_run = request.last_run ? &*request.last_run : nullptr;
  const Workout* next_run = request.next_run ? &*request.next_run : nullptr;
  if (last_race && (!last_run || last_race->date >= last_run->date)) last_run = last_race;
  if (next_race && (!next_run || next_race->date <= next_run->date)) next_run = next_race;

  // Key workouts: only the runs and races given, nearest first on each side.
  const Workout* last_key = nullptr;
  const Workout* next_key = nullptr;
  const Workout* const before[] = {last_run, last_race,
                                   request.last_key ? &*request.last_key : nullptr};
  for (const Workout* candidate : before) {
    if (candidate && is_key_workout(candidate->kind) &&
        (!last_key || candidate->date > last_key->date)) {
      last_key = candidate;
    }
  }
  const Workout* const after[] = {next_run, next_race,
                                  request.next_key ? &*request.next_key : nullptr};
  for (const Workout* candidate : after) {
    if (candidate && is_key_workout(candidate->kind) &&
        (!next_key || candidate->date < next_key->date)) {
      next_key = candidate;
    }
  }

  Situation& s = plan.situation;
  s.today = today;
  s.load = request.load;
  assign_workout(s.last_run, last_run);
  assign_workout(s.next_run, next_run);
  assign_workout(s.last_race, last_race);
  assign_workout(s.next_race, next_race);
  s.last_key = last_key ? std::optional<Date>(last_key->date) : std::nullopt;
  s.next_key = next_key ? std::optional<Date>(next_key->date) : std::nullopt;
  compute_facts(s, plan.facts);
}

}  // namespace

Plan situate(const PlanRequest& request) {
  Plan plan;
  place(request, plan);
  return plan;
}

namespace {

// Calls `visit` with each trial's index in order, as a constant: then the trial's open and fill
// are direct calls the compiler can inline, not calls through pointers (batch tries several
// trials a line).
template <typename Visit, std::size_t... I>
void for_each_trial(Visit&& visit, std::index_sequence<I...> /*indices*/) {
  (visit(std::integral_constant<std::size_t, I>{}), ...);
}

template <typename Visit>
void for_each_trial(Visit&& visit) {
  for_each_trial(std::forward<Visit>(visit), std::make_index_sequence<std::size(trials)>{});
}

// Decides a placed plan and tries what the runner left out; `decide(facts)` is the rules'
// decision, memoised or not, valid until its next call: a trial only needs its recommendation.
template <typename Decide>
void decide_and_try(const RuleSet& rules, Decide&& decide, Plan& plan) {
  plan.decision = decide(plan.facts);
  plan.assumptions.clear();
  const auto recommended = recommended_massage(plan.decision, rules);
  const Condition* winner = plan.decision.recommended_rule
                                ? &rules.rules()[*plan.decision.recommended_rule].condition
                                : nullptr;
  for_each_trial([&](auto index) {
    constexpr const Trial& trial = trials[decltype(index)::value];
    if (!trial.open(plan.facts)) return;
    Facts filled = plan.facts;
    trial.fill(filled);
    const Decision& tried = decide(filled);
    const auto massage = recommended_massage(tried, rules);
    // The same massage may still be booked differently there (a flush after a long race).
    const bool session_only = massage == recommended && massage &&
                              *tried.recommended_rule != *plan.decision.recommended_rule &&
                              !same_session(rules.rules()[*tried.recommended_rule],
                                            rules.rules()[*plan.decision.recommended_rule]);
    const bool changes = massage != recommended || session_only;
    // Whether the winner relied on the unknown only matters when the booking would not change.
    if (!changes && !(winner && relies_on_absent(*winner, plan.facts, trial.input))) return;
    plan.assumptions.push_back(
        {trial.unknown, changes ? tried.recommended_rule : std::nullopt, changes, session_only});
  });
}

}  // namespace

bool unknown_open(const Facts& facts, Unknown unknown) {
  for (const Trial& trial : trials) {
    if (trial.unknown == unknown) return trial.open(facts);
  }
  return false;
}

Facts tried_facts(const Facts& facts, Unknown unknown) {
  Facts filled = facts;
  for (const Trial& trial : trials) {
    if (trial.unknown == unknown) trial.fill(filled);
  }
  return filled;
}

Plan make_plan(const RuleSet& rules, const PlanRequest& request) {
  Plan plan = situate(request);
  Decision decision;
  decide_and_try(
      rules,
      [&](const Facts& facts) -> const Decision& {
        rules.decide(facts, decision);
        return decision;
      },
      plan);
  return plan;
}

void CachedPlanner::plan(const PlanRequest& request, Plan& plan) {
  situate(request, plan);
  decide(plan);
}

void CachedPlanner::situate(const PlanRequest& request, Plan& plan) { place(request, plan); }

void CachedPlanner::decide(Plan& plan) {
  decide_and_try(
      rules_, [&](const Facts& facts) -> const Decision& { return memo_.decide(facts); }, plan);
}

std::optional<std::size_t> recommended_massage(const Decision& decision, const RuleSet& rules) {
  if (!decision.recommended_rule) return std::nullopt;
  return rules.rules()[*decision.recommended_rule].massage;
}

std::optional<std::size_t> recommended_massage(const Plan& plan, const RuleSet& rules) {
  return recommended_massage(plan.decision, rules);
}

}  // namespace runmassage
