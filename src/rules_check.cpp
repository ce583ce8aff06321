// The rules check: builds every situation the inputs can produce (up to equivalence), decides
// each, and reports gaps, rules that never fire or never win, and picks that can never book.
#include "runmassage/rules_check.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>
#include <unordered_map>

#include "runmassage/error.hpp"
#include "runmassage/planner.hpp"
#include "runmassage/render.hpp"
#include "runmassage/text.hpp"

namespace runmassage {
namespace {

using nlohmann::ordered_json;

// What the rules compare each fact with, and which facts they test at all.
struct Mentions {
  std::array<bool, fact_count> fact{};
  std::set<double> days;  // constants compared with day counts
  std::set<double> km;    // constants compared with distances
};

void collect(const Condition& condition, Mentions& out) {
  for (const Condition& child : condition.children) collect(child, out);
  if (condition.kind != Condition::Kind::compare) return;
  out.fact[static_cast<std::size_t>(condition.fact)] = true;
  const FactType type = fact_info(condition.fact).type;
  for (double value : condition.values) {
    if (type == FactType::days) out.days.insert(value);
    if (type == FactType::number) out.km.insert(value);
  }
}

bool mentions(const Mentions& m, Fact fact) { return m.fact[static_cast<std::size_t>(fact)]; }

// Day offsets that stand for every day count: each constant's neighbourhood (a count compares
// the same way with a constant c as any other count on the same side of c), and two days past
// the largest, so the two workouts a side holds (a run and a race) keep every order they can have
// (one before the other, or the same day) beyond every constant.
std::vector<int> day_offsets(const Mentions& m, const SuggestionSettings& picks) {
  std::set<long long> points{0, 1, 2};
  auto add_around = [&](double c) {
    if (c < 0) return;
    const auto low = static_cast<long long>(std::floor(c));
    for (long long d = low - 1; d <= low + 2; ++d) {
      if (d >= 0) points.insert(d);
    }
  };
  for (double c : m.days) add_around(c);
  for (const auto& pick : picks.picks) {
    add_around(std::abs(pick.from));
    add_around(std::abs(pick.to));
  }
  // Between two points far apart, two days stand for the whole stretch (a run and a race may
  // both fall in it, in either order or on one day).
  std::vector<int> out;
  long long previous = -1;
  for (long long point : points) {
    if (previous >= 0 && point > previous + 1) {
      out.push_back(static_cast<int>(previous + 1));
      if (point > previous + 2) out.push_back(static_cast<int>(previous + 2));
    }
    out.push_back(static_cast<int>(point));
    previous = point;
  }
  return out;
}

// Distances that stand for every distance: each threshold, one between each pair, one below the
// first and one above the last (a distance compares the same way with every threshold as any
// other in the same interval).
std::vector<double> km_points(const std::set<double>& thresholds) {
  std::vector<double> ts;
  for (double t : thresholds) {
    if (t > 0 && t < max_workout_km) ts.push_back(t);
  }
  std::vector<double> out;
  if (ts.empty()) return {10};
  out.push_back(ts.front() / 2);
  for (std::size_t i = 0; i < ts.size(); ++i) {
    out.push_back(ts[i]);
    const double next = i + 1 < ts.size() ? ts[i + 1] : std::min(ts[i] + 2, max_workout_km);
    out.push_back((ts[i] + next) / 2);
  }
  return out;
}

std::string number_words(double km) {
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, km);
  return std::string(buffer, result.ptr) + "km";
}

// A workout as a batch field would give it, and what runmassage reads from that field.
struct Option {
  std::string text;
  Workout workout;
  int offset = 0;  // days from the planned day (negative: before it)
};

// The words for each run kind the space needs, from the data's own phrases, so the example
// reads back as the same kind.
std::vector<std::pair<WorkoutKind, std::string>> kind_words(const Knowledge& knowledge,
                                                            const Mentions& m, bool long_anchor) {
  std::vector<WorkoutKind> kinds{WorkoutKind::run};
  const bool kind_facts = mentions(m, Fact::next_run_kind) || mentions(m, Fact::last_run_kind);
  const bool key_facts = mentions(m, Fact::days_until_next_key_workout) ||
                         mentions(m, Fact::days_since_last_key_workout);
  if (kind_facts) {
    kinds = {WorkoutKind::run, WorkoutKind::easy, WorkoutKind::long_run, WorkoutKind::hard};
  } else if (key_facts || long_anchor) {
    kinds = {WorkoutKind::run, WorkoutKind::long_run};
  }
  std::vector<std::pair<WorkoutKind, std::string>> out;
  for (WorkoutKind kind : kinds) {
    if (kind == WorkoutKind::run) {
      out.emplace_back(kind, "");
      continue;
    }
    for (const auto& entry : knowledge.workouts.kinds) {
      if (entry.kind != kind || entry.phrases.empty()) continue;
      out.emplace_back(kind, join_words(entry.phrases.front()));
      break;
    }
  }
  return out;
}

// One side of the day: the last run and race behind it, or the next run and race ahead.
struct Side {
  std::optional<Option> run;
  std::optional<Option> race;
  Facts facts;         // this side's facts, the ones no rule tests left out
  int long_at = -1;    // days to or from a long run that is this side's run (-1: none)
  int race_at = -1;    // days to or from this side's race (-1: none)
  bool today = false;  // past: a run on the day; future: a race on the day
  bool empty = true;
};

bool is_past(Fact fact) {
  const FactInput input = fact_info(fact).input;
  return input == FactInput::last_run || input == FactInput::last_race;
}

bool is_future(Fact fact) {
  const FactInput input = fact_info(fact).input;
  return input == FactInput::next_run || input == FactInput::next_race;
}

// Every leaf of every rule: a side's facts matter only through the leaves they decide.
std::vector<const Condition*> leaves_of(const RuleSet& rules) {
  std::vector<const Condition*> out;
  auto walk = [&](const Condition& c, auto& self) -> void {
    if (c.kind == Condition::Kind::compare) out.push_back(&c);
    for (const Condition& child : c.children) self(child, self);
  };
  for (const Rule& rule : rules.rules()) walk(rule.condition, walk);
  return out;
}

// Whether some pick with this anchor has `shift` in its window.
bool in_some_window(const SuggestionSettings& settings, Anchor anchor, int shift) {
  return std::any_of(settings.picks.begin(), settings.picks.end(), [&](const SuggestionPick& p) {
    return p.anchor == anchor && shift >= std::min(p.from, p.to) && shift <= std::max(p.from, p.to);
  });
}

PlanRequest request_of(const Side& past, const Side& future) {
  PlanRequest request;
  request.today = check_today;
  if (past.run) request.last_run = past.run->workout;
  if (future.run) request.next_run = future.run->workout;
  if (past.race) request.races.push_back(past.race->workout);
  if (future.race) request.races.push_back(future.race->workout);
  return request;
}

CheckExample example_of(const Side& past, const Side& future) {
  CheckExample example;
  example.today = check_today;
  if (past.run) example.last_run = past.run->text;
  if (future.run) example.next_run = future.run->text;
  if (past.race) example.races.push_back(past.race->text);
  if (future.race) example.races.push_back(future.race->text);
  return example;
}

// The sides, deduplicated: two sides on which every leaf of every rule comes out the same, with
// the same anchors inside some pick's window and the same run or race on the day, behave alike
// in every pairing (the other side's leaves test the other side's facts only). The first side
// met of each kind is kept, so examples stay as plain as the enumeration order makes them.
std::vector<Side> build_sides(bool past, const std::vector<Option>& runs,
                              const std::vector<Option>& races, const Mentions& m,
                              const std::vector<const Condition*>& leaves,
                              const SuggestionSettings& settings) {
  std::vector<Side> out;
  std::unordered_map<std::string, std::size_t> seen;
  auto add = [&](const std::optional<Option>& run, const std::optional<Option>& race) {
    Side side;
    side.run = run;
    side.race = race;
    side.empty = !run && !race;
    if (!side.empty) {
      PlanRequest request;
      request.today = check_today;
      if (run) (past ? request.last_run : request.next_run) = run->workout;
      if (race) request.races.push_back(race->workout);
      const Plan plan = situate(request);
      for (const auto& row : fact_table) {
        const bool ours = past ? is_past(row.fact) : is_future(row.fact);
        if (ours && mentions(m, row.fact)) side.facts.set(row.fact, plan.facts.get(row.fact));
      }
    }
    // A window's shift counts days after the anchor: a past anchor `o` days ago is shift o.
    const int sign = past ? 1 : -1;
    if (run && run->workout.kind == WorkoutKind::long_run &&
        in_some_window(settings, Anchor::long_run, sign * std::abs(run->offset))) {
      side.long_at = std::abs(run->offset);
    }
    if (race && in_some_window(settings, Anchor::race, sign * std::abs(race->offset))) {
      side.race_at = std::abs(race->offset);
    }
    // A past side's run on the day makes a race on the day over, so such a side does not pair
    // with a future side holding a race on the day.
    side.today = past ? run && run->offset == 0 : race && race->offset == 0;
    std::string key;
    key.reserve(leaves.size() + 8);
    for (const Condition* leaf : leaves) {
      const bool ours = past ? is_past(leaf->fact) : is_future(leaf->fact);
      key += !ours ? '-' : leaf->holds(side.facts) ? '1' : '0';
    }
    key += std::to_string(side.long_at) + "/" + std::to_string(side.race_at) +
           (side.today ? "t" : "f");
    if (seen.emplace(std::move(key), out.size()).second) out.push_back(std::move(side));
  };
  add(std::nullopt, std::nullopt);
  for (const auto& race : races) {
    // A race on the day is behind only when the runner also ran that day (docs/rules.md).
    if (!past || race.offset != 0) add(std::nullopt, race);
  }
  for (const auto& run : runs) {
    add(run, std::nullopt);
    for (const auto& race : races) {
      if (past && race.offset == 0 && run.offset != 0) continue;
      add(run, race);
    }
  }
  return out;
}

std::string joined_ids(const RuleSet& rules, const std::vector<std::size_t>& indexes) {
  std::string out;
  for (std::size_t i : indexes) out += (out.empty() ? "" : ", ") + rules.rules()[i].id;
  return out;
}

// "1 to 4 days after a race", "the day before a long run", "on the day of a long run".
std::string window_words(const SuggestionPick& pick) {
  const int low = std::min(pick.from, pick.to);
  const int high = std::max(pick.from, pick.to);
  const std::string anchor = pick.anchor == Anchor::race ? "a race" : "a long run";
  auto days = [](int count) { return std::to_string(count) + (count == 1 ? " day" : " days"); };
  if (low == 0 && high == 0) return "on the day of " + anchor;
  if (low > 0) {
    return (low == high ? days(low) : std::to_string(low) + " to " + days(high)) + " after " +
           anchor;
  }
  if (high < 0) {
    return (low == high ? days(-high) : std::to_string(-high) + " to " + days(-low)) + " before " +
           anchor;
  }
  if (low == 0) return "from the day of " + anchor + " to " + days(high) + " after it";
  if (high == 0) return "from " + days(-low) + " before " + anchor + " to its day";
  return "from " + days(-low) + " before " + anchor + " to " + days(high) + " after it";
}

}  // namespace

std::string_view finding_kind_name(FindingKind kind) {
  switch (kind) {
    case FindingKind::gap: return "gap";
    case FindingKind::never_fires: return "never-fires";
    case FindingKind::never_wins: return "never-wins";
    case FindingKind::dead_pick: return "dead-pick";
  }
  return "gap";
}

CheckReport check_rules(const Knowledge& knowledge) {
  const RuleSet& rules = knowledge.rules;
  const auto& list = rules.rules();
  const auto& picks = knowledge.suggestions.picks;
  Mentions m;
  for (const Rule& rule : list) collect(rule.condition, m);
  const bool long_anchor = std::any_of(picks.begin(), picks.end(), [](const SuggestionPick& p) {
    return p.anchor == Anchor::long_run;
  });

  // The options for each workout a batch line can give, written as a runner would write them.
  const std::vector<int> offsets = day_offsets(m, knowledge.suggestions);
  const bool race_km = mentions(m, Fact::next_race_km) || mentions(m, Fact::last_race_km) ||
                       mentions(m, Fact::next_run_km) || mentions(m, Fact::last_run_km);
  const bool run_km = mentions(m, Fact::next_run_km) || mentions(m, Fact::last_run_km);
  std::set<double> run_thresholds = m.km;
  run_thresholds.insert(knowledge.workouts.long_run_km);
  std::vector<std::optional<double>> race_kms{std::nullopt};
  if (race_km) {
    for (double km : km_points(m.km)) race_kms.emplace_back(km);
  }
  std::vector<std::optional<double>> run_kms{std::nullopt};
  if (run_km) {
    for (double km : km_points(run_thresholds)) run_kms.emplace_back(km);
  }
  const auto kinds = kind_words(knowledge, m, long_anchor);
  auto make = [&](int offset, const std::string& words, bool race) {
    Option option;
    option.offset = offset;
    const Date day = add_days(check_today, offset);
    option.text = to_iso(day) + (words.empty() ? "" : ":" + words);
    option.workout = workout_from_words(
        day, words.empty() ? std::nullopt : std::optional<std::string_view>(words), race,
        knowledge.workouts);
    return option;
  };
  std::vector<Option> last_runs;
  std::vector<Option> next_runs;
  std::vector<Option> past_races;
  std::vector<Option> future_races;
  for (int offset : offsets) {
    for (const auto& [kind, kind_text] : kinds) {
      for (const auto& km : run_kms) {
        std::string words = kind_text;
        if (km) words += (words.empty() ? "" : " ") + number_words(*km);
        Option last = make(-offset, words, false);
        Option next = make(offset, words, false);
        // The words may read as another kind (a long distance makes a long run): keep each
        // situation once.
        if (last.workout.kind != kind && km) continue;
        last_runs.push_back(std::move(last));
        next_runs.push_back(std::move(next));
      }
    }
    for (const auto& km : race_kms) {
      const std::string words = km ? number_words(*km) : "";
      past_races.push_back(make(-offset, words, true));
      future_races.push_back(make(offset, words, true));
    }
  }
  const std::vector<const Condition*> leaves = leaves_of(rules);
  const std::vector<Side> past =
      build_sides(true, last_runs, past_races, m, leaves, knowledge.suggestions);
  const std::vector<Side> future =
      build_sides(false, next_runs, future_races, m, leaves, knowledge.suggestions);

  // Every pairing of a past and a future side is one situation, but for a race on the day
  // ahead after a run on the day (the race would be over: the past side holds that case).
  CheckReport report;
  struct Seen {
    const Side* past = nullptr;
    const Side* future = nullptr;
  };
  std::vector<Seen> first_fired(list.size());
  std::vector<bool> wins(list.size(), false);
  std::vector<std::pair<std::vector<std::size_t>, Seen>> gaps;
  std::vector<bool> live(picks.size(), false);
  std::vector<Seen> in_window(picks.size());
  Decision decision;
  Facts facts;
  for (const Side& f : future) {
    for (const Side& p : past) {
      if (p.empty && f.empty) continue;
      if (p.today && f.today) continue;
      for (std::size_t i = 0; i < fact_count; ++i) {
        facts.values[i] = p.facts.values[i] ? p.facts.values[i] : f.facts.values[i];
      }
      rules.decide(facts, decision);
      ++report.situations;
      for (std::size_t index : decision.fired) {
        if (first_fired[index].past == nullptr) first_fired[index] = {&p, &f};
      }
      if (decision.recommended_rule) {
        wins[*decision.recommended_rule] = true;
      } else if (std::none_of(gaps.begin(), gaps.end(),
                              [&](const auto& gap) { return gap.first == decision.fired; })) {
        gaps.emplace_back(decision.fired, Seen{&p, &f});
      }
      for (std::size_t k = 0; k < picks.size(); ++k) {
        if (live[k]) continue;
        const SuggestionPick& pick = picks[k];
        const int low = std::min(pick.from, pick.to);
        const int high = std::max(pick.from, pick.to);
        const int behind = pick.anchor == Anchor::race ? p.race_at : p.long_at;
        const int ahead = pick.anchor == Anchor::race ? f.race_at : f.long_at;
        const bool inside = (behind >= 0 && behind >= low && behind <= high) ||
                            (ahead >= 0 && -ahead >= low && -ahead <= high);
        if (!inside) continue;
        if (in_window[k].past == nullptr) in_window[k] = {&p, &f};
        if (decision.recommended_rule && list[*decision.recommended_rule].massage == pick.massage) {
          live[k] = true;
        }
      }
    }
  }

  for (const auto& [fired, seen] : gaps) {
    Finding finding;
    finding.kind = FindingKind::gap;
    finding.message = fired.empty() ? "No rule fires, so no massage is recommended."
                                    : "No massage is recommended: the rules that fire (" +
                                          joined_ids(rules, fired) + ") recommend nothing allowed.";
    finding.example = example_of(*seen.past, *seen.future);
    report.findings.push_back(std::move(finding));
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    // The load facts come only from --history, which no batch line gives: a rule testing them
    // cannot be judged here, so it is left out rather than reported wrongly.
    Mentions own;
    collect(list[i].condition, own);
    if (std::any_of(fact_table.begin(), fact_table.end(), [&](const FactInfo& row) {
          return row.input == FactInput::history && mentions(own, row.fact);
        })) {
      continue;
    }
    Finding finding;
    finding.subject = list[i].id;
    if (first_fired[i].past == nullptr) {
      finding.kind = FindingKind::never_fires;
      finding.message = "Its conditions hold in none of the " + std::to_string(report.situations) +
                        " situations.";
      // The simplest situation: a run tomorrow.
      finding.example.today = check_today;
      finding.example.next_run = to_iso(add_days(check_today, 1));
      report.findings.push_back(std::move(finding));
      continue;
    }
    if (list[i].action != Action::recommend || wins[i]) continue;
    finding.kind = FindingKind::never_wins;
    const Seen& seen = first_fired[i];
    const Plan plan = make_plan(rules, request_of(*seen.past, *seen.future));
    const auto avoided =
        std::find_if(plan.decision.avoid.begin(), plan.decision.avoid.end(),
                     [&](const Avoidance& a) { return a.massage == list[i].massage; });
    std::string here;
    if (avoided != plan.decision.avoid.end()) {
      here = "its massage is avoided by " + list[avoided->rule].id;
    } else if (plan.decision.recommended_rule) {
      here = list[*plan.decision.recommended_rule].id + " wins on priority";
    }
    finding.message = "It fires but never decides the recommendation; in the example " + here + ".";
    finding.example = example_of(*seen.past, *seen.future);
    report.findings.push_back(std::move(finding));
  }
  for (std::size_t k = 0; k < picks.size(); ++k) {
    if (live[k]) continue;
    const SuggestionPick& pick = picks[k];
    Finding finding;
    finding.kind = FindingKind::dead_pick;
    finding.subject = pick.id;
    const std::string massage = knowledge.catalogue.types[pick.massage].id;
    finding.message = "The rules never recommend " + massage + " " + window_words(pick) + ".";
    if (in_window[k].past != nullptr) {
      const Plan plan = make_plan(rules, request_of(*in_window[k].past, *in_window[k].future));
      const auto recommended = recommended_massage(plan, rules);
      finding.message +=
          " In the example they recommend " +
          (recommended ? knowledge.catalogue.types[*recommended].id : std::string("nothing")) + ".";
      finding.example = example_of(*in_window[k].past, *in_window[k].future);
    } else {
      finding.message += " No situation falls inside the window.";
      finding.example.today = check_today;
      finding.example.next_run = to_iso(add_days(check_today, 1));
    }
    report.findings.push_back(std::move(finding));
  }
  return report;
}

ordered_json example_to_json(const CheckExample& example) {
  ordered_json out;
  out["today"] = to_iso(example.today);
  out["last_run"] = example.last_run ? ordered_json(*example.last_run) : ordered_json(nullptr);
  out["next_run"] = example.next_run ? ordered_json(*example.next_run) : ordered_json(nullptr);
  out["races"] = example.races;
  return out;
}

ordered_json check_to_json(const CheckReport& report) {
  ordered_json out;
  out["schema"] = schema_id("rules-check");
  out["situations"] = report.situations;
  ordered_json findings = ordered_json::array();
  for (const auto& finding : report.findings) {
    ordered_json item;
    item["kind"] = std::string(finding_kind_name(finding.kind));
    if (finding.kind == FindingKind::dead_pick) {
      item["pick"] = finding.subject;
    } else if (finding.kind != FindingKind::gap) {
      item["rule"] = finding.subject;
    }
    item["message"] = finding.message;
    item["example"] = example_to_json(finding.example);
    findings.push_back(std::move(item));
  }
  out["findings"] = std::move(findings);
  return out;
}

std::string check_to_text(const CheckReport& report) {
  std::string out;
  for (const auto& finding : report.findings) {
    out += std::string(finding_kind_name(finding.kind));
    if (!finding.subject.empty()) {
      out += (finding.kind == FindingKind::dead_pick ? ": pick " : ": rule ") + finding.subject;
    }
    out += "\n";
    out += wrap(finding.message, "  ", "  ");
    out += "  example: " + example_to_json(finding.example).dump() + "\n\n";
  }
  const std::size_t n = report.findings.size();
  out += std::to_string(report.situations) + " situations checked: " +
         (n == 0 ? std::string("no findings")
                 : std::to_string(n) + (n == 1 ? " finding" : " findings")) +
         ".\n";
  return out;
}

}  // namespace runmassage
