// The words of training calendars: what a title or an option's WORKOUT says a workout is.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runmassage/date.hpp"
#include "runmassage/training_load.hpp"
#include "runmassage/workout.hpp"

namespace runmassage {

/// A word or several, lower case, as matched against the words of a title.
using Phrase = std::vector<std::string>;

/// The phrases that make a workout one kind (data/workouts.json, "kinds").
struct KindWords {
  WorkoutKind kind = WorkoutKind::run;
  std::vector<Phrase> phrases;
};

/// A race named by a word ("marathon") and its distance.
struct NamedDistance {
  Phrase phrase;
  double km = 0;
  std::string name;  ///< as the data writes it ("1/2 marathon"), for labels
};

/// A unit of distance as written after a number ("mi", "km") and its length.
struct DistanceUnit {
  std::string name;
  double km = 0;
};

/// Everything data/workouts.json says about reading workouts.
struct WorkoutWords {
  std::vector<KindWords> kinds;               ///< the first entry with a matching phrase wins
  std::vector<NamedDistance> race_distances;  ///< longest phrase first
  std::vector<DistanceUnit> units;
  double long_run_km = 0;  ///< a run this long is a long run whatever its title
  /// The training-load estimate ("load"); absent in a data directory without the section, and
  /// then there are no load facts.
  std::optional<LoadSettings> load;
};

/// The longest distance a workout may have; anything longer is a typing mistake.
inline constexpr double max_workout_km = 500;

/// Why the distance in a workout's words was not taken.
enum class DistanceProblem : std::uint8_t {
  none,
  not_positive,
  too_short,  ///< more than 0 but under half a metre: it would count as 0 km, distances being
              ///< kept to the metre
  too_long,
};

/// What the words of a title or a WORKOUT say.
struct Classified {
  bool recognised = false;  ///< some phrase of some kind matched
  WorkoutKind kind = WorkoutKind::run;
  std::optional<double> km;
  std::string distance_label;
  DistanceProblem problem = DistanceProblem::none;
  std::string problem_text;  ///< the distance as written, when there is a problem
};

/// The lower-case words of `text`: letters, digits (and a decimal point between digits); a
/// minus sign directly before a number stays on it; "6x800m" is read as "6 x 800m".
std::vector<std::string> title_words(std::string_view text);

/// Classifies free words: the first kind in the data with a phrase in them (else `run`, not
/// recognised), the longest distance given as a number and a unit, else for a race the
/// distance its name implies; a run of `long_run_km` or more is long. With `race`, the words
/// describe a race whatever kind they name.
Classified classify_words(std::string_view text, const WorkoutWords& known, bool race = false);

/// An option value or batch field split at its first colon: DATE, then WORKOUT if any.
struct DatedWords {
  std::string_view date;
  std::optional<std::string_view> words;  ///< never empty when present
};

namespace detail {
/// Throws UsageError when `words`, the part of `text` after its colon, is empty or blank.
void check_dated_words(std::string_view text, std::string_view words);
}  // namespace detail

/// Splits "sat:long" into "sat" and "long"; throws UsageError for an empty WORKOUT ("sat:").
/// Inline, for batch splits a few million fields a second.
inline DatedWords split_dated(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return {text, std::nullopt};
  const std::string_view words = text.substr(colon + 1);
  if (words.empty() || words.front() == ' ' || words.front() == '\t') {
    detail::check_dated_words(text, words);
  }
  return {text.substr(0, colon), words};
}

/// The workout on `date` that `words` describe (a run of unknown kind without words); for a
/// race the kind is race whatever the words say. Throws UsageError for a distance of zero or
/// less or over max_workout_km, and for rest words given as a run.
Workout workout_from_words(Date date, std::optional<std::string_view> words, bool race,
                           const WorkoutWords& known);

}  // namespace runmassage
