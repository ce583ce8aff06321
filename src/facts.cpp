// The fact registry and the computation of each fact from the workouts around the day.
#include "runmassage/facts.hpp"

#include <string>
#include <utility>

namespace runmassage {
namespace {

std::optional<double> days_until(const Situation& s, const std::optional<Workout>& workout) {
  if (!workout) return std::nullopt;
  return days_between(s.today, workout->date);
}

std::optional<double> days_since(const Situation& s, const std::optional<Workout>& workout) {
  if (!workout) return std::nullopt;
  return days_between(workout->date, s.today);
}

std::optional<double> days_until(const Situation& s, const std::optional<Date>& day) {
  if (!day) return std::nullopt;
  return days_between(s.today, *day);
}

std::optional<double> days_since(const Situation& s, const std::optional<Date>& day) {
  if (!day) return std::nullopt;
  return days_between(*day, s.today);
}

std::optional<double> km_of(const std::optional<Workout>& workout) {
  if (!workout) return std::nullopt;
  return workout->km;
}

std::optional<double> kind_of(const std::optional<Workout>& workout) {
  if (!workout) return std::nullopt;
  return static_cast<double>(workout->kind);
}

std::optional<double> load_value(const Situation& s, double LoadDay::*member) {
  if (!s.load) return std::nullopt;
  return (*s.load).*member;
}

}  // namespace

// constexpr, so that compute_facts calls each row's computation directly (see there).
// clang-format off
constexpr std::array<FactInfo, fact_count> fact_table = {{
    {Fact::days_until_next_run, "days_until_next_run", FactType::days, FactInput::next_run,
     "days from the day to the next run or race (0: it is today, still ahead)",
     [](const Situation& s) { return days_until(s, s.next_run); }},
    {Fact::days_since_last_run, "days_since_last_run", FactType::days, FactInput::last_run,
     "days from the last run or race to the day (0: done today)",
     [](const Situation& s) { return days_since(s, s.last_run); }},
    {Fact::days_until_next_race, "days_until_next_race", FactType::days, FactInput::next_race,
     "days from the day to the next race (0: today, still ahead)",
     [](const Situation& s) { return days_until(s, s.next_race); }},
    {Fact::days_since_last_race, "days_since_last_race", FactType::days, FactInput::last_race,
     "days from the last race to the day (0: raced today, already over)",
     [](const Situation& s) { return days_since(s, s.last_race); }},
    {Fact::next_race_km, "next_race_km", FactType::number, FactInput::next_race,
     "the next race's distance in kilometres",
     [](const Situation& s) { return km_of(s.next_race); }},
    {Fact::last_race_km, "last_race_km", FactType::number, FactInput::last_race,
     "the last race's distance in kilometres",
     [](const Situation& s) { return km_of(s.last_race); }},
    {Fact::next_run_kind, "next_run_kind", FactType::word, FactInput::next_run,
     "the next run's kind: easy, long, hard, race or run (unknown)",
     [](const Situation& s) { return kind_of(s.next_run); }},
    {Fact::last_run_kind, "last_run_kind", FactType::word, FactInput::last_run,
     "the last run's kind: easy, long, hard, race or run (unknown)",
     [](const Situation& s) { return kind_of(s.last_run); }},
    {Fact::next_run_km, "next_run_km", FactType::number, FactInput::next_run,
     "the next run's distance in kilometres",
     [](const Situation& s) { return km_of(s.next_run); }},
    {Fact::last_run_km, "last_run_km", FactType::number, FactInput::last_run,
     "the last run's distance in kilometres",
     [](const Situation& s) { return km_of(s.last_run); }},
    {Fact::days_until_next_key_workout, "days_until_next_key_workout", FactType::days,
     FactInput::next_run,
     "days from the day to the next long run, hard session or race",
     [](const Situation& s) { return days_until(s, s.next_key); }},
    {Fact::days_since_last_key_workout, "days_since_last_key_workout", FactType::days,
     FactInput::last_run,
     "days from the last long run, hard session or race to the day",
     [](const Situation& s) { return days_since(s, s.last_key); }},
    {Fact::acute_load, "acute_load", FactType::number, FactInput::history,
     "fatigue (ATL): the daily load's 7-day exponential average at the end of the day",
     [](const Situation& s) { return load_value(s, &LoadDay::acute); }},
    {Fact::chronic_load, "chronic_load", FactType::number, FactInput::history,
     "fitness (CTL): the daily load's 42-day exponential average at the end of the day",
     [](const Situation& s) { return load_value(s, &LoadDay::chronic); }},
    {Fact::form, "form", FactType::number, FactInput::history,
     "form (TSB): chronic_load minus acute_load at the end of the day before",
     [](const Situation& s) { return load_value(s, &LoadDay::form); }},
    {Fact::load_ratio, "load_ratio", FactType::number, FactInput::history,
     "acute_load divided by chronic_load",
     [](const Situation& s) { return s.load ? s.load->ratio : std::nullopt; }},
}};
// clang-format on

std::string_view fact_type_name(FactType type) {
  switch (type) {
    case FactType::days: return "days";
    case FactType::number: return "number";
    case FactType::word: return "word";
  }
  return "days";
}

std::optional<Fact> fact_from_name(std::string_view name) {
  for (const auto& row : fact_table) {
    if (row.name == name) return row.fact;
  }
  return std::nullopt;
}

std::string fact_names() {
  std::string out;
  for (const auto& row : fact_table) out += (out.empty() ? "" : ", ") + std::string(row.name);
  return out;
}

// Word facts are workout kinds; rest is never one (the runs around a day are runs).
std::string_view fact_word(double value) { return kind_name(static_cast<WorkoutKind>(value)); }

std::optional<double> fact_word_value(std::string_view word) {
  auto kind = kind_from_name(word);
  if (!kind || *kind == WorkoutKind::rest) return std::nullopt;
  return static_cast<double>(*kind);
}

std::string fact_words() {
  std::string out;
  for (std::size_t i = 1; i < workout_kind_count; ++i) {
    out += (out.empty() ? "" : ", ") + std::string(kind_name(static_cast<WorkoutKind>(i)));
  }
  return out;
}

namespace {

// The registry's rows are in Fact order, so row I computes fact I.
template <std::size_t... I>
constexpr bool in_fact_order(std::index_sequence<I...>) {
  return ((static_cast<std::size_t>(fact_table[I].fact) == I) && ...);
}
static_assert(in_fact_order(std::make_index_sequence<fact_count>{}));

// Each row's computation called by name, not through a pointer read at run time: the table is
// a constant, so these are direct calls the compiler can inline. A loop over the pointers
// cost batch more than a tenth of its time in calls the processor could not predict.
template <std::size_t... I>
void compute_each(const Situation& situation, Facts& facts, std::index_sequence<I...>) {
  ((facts.values[I] = fact_table[I].compute(situation)), ...);
}

}  // namespace

Facts compute_facts(const Situation& situation) {
  Facts facts;
  compute_facts(situation, facts);
  return facts;
}

void compute_facts(const Situation& situation, Facts& facts) {
  compute_each(situation, facts, std::make_index_sequence<fact_count>{});
}

}  // namespace runmassage
