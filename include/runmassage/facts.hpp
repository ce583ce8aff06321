// The fact registry: every fact the rules can test, named once, with its type and its source.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "runmassage/training_load.hpp"
#include "runmassage/workout.hpp"

namespace runmassage {

/// A fact the rules can test. The order is the registry's (fact_table) and the JSON's.
enum class Fact : std::uint8_t {
  days_until_next_run,
  days_since_last_run,
  days_until_next_race,
  days_since_last_race,
  next_race_km,
  last_race_km,
  next_run_kind,
  last_run_kind,
  next_run_km,
  last_run_km,
  days_until_next_key_workout,
  days_since_last_key_workout,
  acute_load,
  chronic_load,
  form,
  load_ratio,
};
inline constexpr std::size_t fact_count = 16;

/// What values a fact takes.
enum class FactType : std::uint8_t {
  days,    ///< a whole number of days
  number,  ///< a decimal number (kilometres)
  word,    ///< one of a fixed list of words (workout kinds)
};

/// The type's name in docs and error messages ("days", "number", "word").
std::string_view fact_type_name(FactType type);

/// The input a fact comes from, so advice can say what the runner left out.
/// `history` is --history: no trial fills it in, since no single likely value stands in for weeks
/// of training.
enum class FactInput : std::uint8_t { next_run, last_run, next_race, last_race, history };

/// The workouts around the day the rules look at, as placed by the planner.
struct Situation {
  Date today;
  std::optional<Workout> last_run;  ///< the latest run on or before the day (a race counts)
  std::optional<Workout> next_run;  ///< the earliest run on or after the day, not yet done
  std::optional<Workout> last_race;
  std::optional<Workout> next_race;
  std::optional<Date> last_key;  ///< the day of the latest long run, hard session or race
  std::optional<Date> next_key;  ///< the day of the earliest long run, hard session or race ahead
  std::optional<LoadDay> load;   ///< the training load on the day, from the history
};

/// One row of the registry: a fact's name in rules, its type, its meaning and how it is
/// computed. Adding a fact is one row here, one enumerator in Fact and its computation.
struct FactInfo {
  Fact fact;
  std::string_view name;
  FactType type;
  FactInput input;
  std::string_view meaning;  ///< one line for docs/rules.md
  std::optional<double> (*compute)(const Situation&);
};

/// The registry, in Fact order.
extern const std::array<FactInfo, fact_count> fact_table;

/// The registry row of a fact.
inline const FactInfo& fact_info(Fact fact) { return fact_table[static_cast<std::size_t>(fact)]; }
/// The fact's name as written in rules ("days_until_next_run").
inline std::string_view fact_name(Fact fact) { return fact_info(fact).name; }
/// The fact with that name, if any.
std::optional<Fact> fact_from_name(std::string_view name);
/// Every fact name, comma-separated, for error messages.
std::string fact_names();

/// The words a word fact may take, in value order: a word's value is its index.
std::string_view fact_word(double value);
/// The value of a word for a word fact, if it is one of its words.
std::optional<double> fact_word_value(std::string_view word);
/// The words of word facts, comma-separated, for error messages.
std::string fact_words();

/// The facts of one massage day: days and kilometres as numbers, words as their index; an
/// absent fact makes every comparison on it false.
struct Facts {
  std::array<std::optional<double>, fact_count> values{};

  [[nodiscard]] const std::optional<double>& get(Fact fact) const {
    return values[static_cast<std::size_t>(fact)];
  }
  void set(Fact fact, std::optional<double> value) {
    values[static_cast<std::size_t>(fact)] = value;
  }
  friend bool operator==(const Facts& a, const Facts& b) { return a.values == b.values; }
};

/// Every registry fact computed for the situation.
Facts compute_facts(const Situation& situation);
/// The same, into `facts` (every value set), without copying them out (batch, every line).
void compute_facts(const Situation& situation, Facts& facts);

}  // namespace runmassage
