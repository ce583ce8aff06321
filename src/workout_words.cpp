// Classifying workouts from their words: kinds from phrase lists, distances from numbers and
// race names, all from data/workouts.json.
#include "runmassage/workout_words.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "runmassage/error.hpp"
#include "runmassage/text.hpp"

namespace runmassage {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_word_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || u >= 0x80;
}

bool contains(const std::vector<std::string>& words, const Phrase& phrase) {
  if (phrase.empty() || phrase.size() > words.size()) return false;
  for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i) {
    if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) {
      return true;
    }
  }
  return false;
}

// The length of a leading number ("13.1" in "13.1mi", "-5" in "-5km"), or 0.
std::size_t number_length(std::string_view word) {
  std::size_t i = (!word.empty() && word[0] == '-') ? 1 : 0;
  const std::size_t first_digit = i;
  while (i < word.size() && is_digit(word[i])) ++i;
  if (i == first_digit) return 0;
  if (i + 1 < word.size() && word[i] == '.' && is_digit(word[i + 1])) {
    ++i;
    while (i < word.size() && is_digit(word[i])) ++i;
  }
  return i;
}

double number_value(std::string_view digits) {
  const bool negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.remove_prefix(1);
  double value = 0;
  double scale = 1;
  bool fraction = false;
  bool nonzero = false;
  for (char c : digits) {
    if (c == '.') {
      fraction = true;
      continue;
    }
    nonzero = nonzero || c != '0';
    if (fraction) {
      scale /= 10;
      value += (c - '0') * scale;
    } else {
      value = std::min(value * 10 + (c - '0'), 1e9);  // far beyond any run; also no overflow
    }
  }
  // A digit so far past the point that it adds nothing still makes the number more than 0.
  if (value == 0 && nonzero) value = std::numeric_limits<double>::denorm_min();
  return negative ? -value : value;
}

const DistanceUnit* find_unit(const WorkoutWords& known, std::string_view name) {
  for (const auto& unit : known.units) {
    if (unit.name == name) return &unit;
  }
  return nullptr;
}

// A distance written as a number and a unit ("16 mi", "42.2km").
struct Written {
  double km = 0;
  std::string label;
};

// Every distance the words give as a number and a unit.
std::vector<Written> written_distances(const std::vector<std::string>& words,
                                       const WorkoutWords& known) {
  std::vector<Written> found;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    const std::size_t length = number_length(word);
    if (length == 0) continue;
    const std::string number = word.substr(0, length);
    const DistanceUnit* unit = nullptr;
    std::string unit_name;
    if (length == word.size()) {
      if (i + 1 < words.size()) {
        unit = find_unit(known, words[i + 1]);
        unit_name = words[i + 1];
      }
    } else {
      unit_name = word.substr(length);
      unit = find_unit(known, unit_name);
    }
    if (unit == nullptr) continue;
    // A race's name keeps its spelling: "10k" is a 10K, not "10 k".
    const bool race_name =
        length < word.size() &&
        std::any_of(known.race_distances.begin(), known.race_distances.end(),
                    [&](const NamedDistance& named) {
                      return named.phrase.size() == 1 && named.phrase.front() == word;
                    });
    found.push_back({number_value(number) * unit->km, race_name ? word : number + " " + unit_name});
  }
  return found;
}

}  // namespace

std::vector<std::string> title_words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(std::move(current));
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool next_is_digit = i + 1 < text.size() && is_digit(text[i + 1]);
    // The next characters start a number: a digit, or a point and a digit (".5").
    const bool number_next =
        next_is_digit || (i + 2 < text.size() && text[i + 1] == '.' && is_digit(text[i + 2]));
    // A decimal point or comma between digits, once a number: "5,5km" is 5.5 km and "42,195
    // km" a marathon (no run is thousands of km long), while "3,4,5 mi" lists numbers.
    const bool decimal_point = (c == '.' || c == ',') && !current.empty() &&
                               is_digit(current.back()) && next_is_digit &&
                               current.find('.') == std::string::npos;
    // ".5km" is half a kilometre: a point that starts a number.
    const bool leading_point = c == '.' && next_is_digit && (current.empty() || current == "-");
    const bool minus_sign = c == '-' && current.empty() && number_next;
    // "6x800m": a number of repeats, "x", and the repeat ("3x.5mi" too).
    const bool repeats = (c == 'x' || c == 'X') && !current.empty() &&
                         std::all_of(current.begin(), current.end(), is_digit) && number_next;
    if (repeats) {
      flush();
      words.emplace_back("x");
    } else if (leading_point) {
      current += "0.";
    } else if (decimal_point) {
      current += '.';
    } else if (is_word_byte(c) || minus_sign) {
      current += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

Classified classify_words(std::string_view text, const WorkoutWords& known, bool race) {
  const std::vector<std::string> words = title_words(text);
  Classified out;
  if (race) {
    out.recognised = true;
    out.kind = WorkoutKind::race;
  }
  auto names = [&](const KindWords& entry) {
    return std::any_of(entry.phrases.begin(), entry.phrases.end(),
                       [&](const Phrase& phrase) { return contains(words, phrase); });
  };
  auto names_kind = [&](WorkoutKind kind) {
    return std::any_of(known.kinds.begin(), known.kinds.end(),
                       [&](const KindWords& entry) { return entry.kind == kind && names(entry); });
  };
  for (std::size_t i = 0; !race && i < known.kinds.size(); ++i) {
    if (names(known.kinds[i])) {
      out.recognised = true;
      out.kind = known.kinds[i].kind;
      break;
    }
  }
  // Easy words say how hard, not what: "Easy spin" and "Recovery yoga" are rest days, and
  // "Rest / Recovery" too. Beside a rest word, a run needs a run word or a number of its own
  // ("Easy run + core", and "Easy 4 + strength": four easy miles, then strength work).
  if (out.kind == WorkoutKind::easy && names_kind(WorkoutKind::rest) &&
      !names_kind(WorkoutKind::run) && !names_kind(WorkoutKind::race) &&
      std::none_of(words.begin(), words.end(),
                   [](const std::string& word) { return number_length(word) > 0; })) {
    out.kind = WorkoutKind::rest;
  }
  if (out.kind == WorkoutKind::rest) return out;

  // The longest written distance is the run's ("8 mi with 4 x 1 mi at tempo" is 8 mi).
  const std::vector<Written> written = written_distances(words, known);
  for (const auto& distance : written) {
    // Under a metre, before rounding to the metre: 0.0009 km is refused, not read as 1 m.
    const DistanceProblem problem = distance.km <= 0                ? DistanceProblem::not_positive
                                    : distance.km * 1000 < 1 - 1e-9 ? DistanceProblem::too_short
                                    : distance.km > max_workout_km  ? DistanceProblem::too_long
                                                                    : DistanceProblem::none;
    if (problem != DistanceProblem::none) {
      out.problem = problem;
      out.problem_text = distance.label;
      return out;
    }
  }
  auto longest = std::max_element(written.begin(), written.end(),
                                  [](const Written& a, const Written& b) { return a.km < b.km; });
  if (longest != written.end()) {
    out.km = std::round(longest->km * 1000) / 1000;  // to the metre
    out.distance_label = longest->label;
  } else if (out.kind == WorkoutKind::race) {
    for (const auto& named : known.race_distances) {
      if (contains(words, named.phrase)) {
        out.km = named.km;
        out.distance_label = named.name;
        break;
      }
    }
  }
  if (out.km && *out.km >= known.long_run_km &&
      (out.kind == WorkoutKind::run || out.kind == WorkoutKind::easy)) {
    out.kind = WorkoutKind::long_run;
  }
  return out;
}

void detail::check_dated_words(std::string_view text, std::string_view words) {
  if (words.find_first_not_of(" \t") == std::string_view::npos) {
    throw UsageError("no workout after ':' in " + quoted_input(text) +
                     " (give DATE or DATE:WORKOUT, e.g. sat:long)");
  }
}

Workout workout_from_words(Date date, std::optional<std::string_view> words, bool race,
                           const WorkoutWords& known) {
  Workout workout;
  set_bare_workout(workout, date, race);
  if (!words) return workout;
  workout.title = std::string(*words);
  Classified classified = classify_words(*words, known);
  switch (classified.problem) {
    case DistanceProblem::none: break;
    case DistanceProblem::not_positive:
      throw UsageError("distance " + quoted_input(classified.problem_text) + " in " +
                       quoted_input(workout.title) + " is not more than 0");
    case DistanceProblem::too_short:
      throw UsageError("distance " + quoted_input(classified.problem_text) + " in " +
                       quoted_input(workout.title) + " is under a metre");
    case DistanceProblem::too_long:
      throw UsageError("distance " + quoted_input(classified.problem_text) + " in " +
                       quoted_input(workout.title) + " is over " + km_text(max_workout_km) + " km");
  }
  if (race) {
    // A race whatever its words: "--race sat:parkrun" is a 5 km race.
    classified = classify_words(*words, known, true);
  } else if (classified.kind == WorkoutKind::rest) {
    throw UsageError(quoted_input(workout.title) + " is a rest day, not a run");
  } else {
    workout.kind = classified.kind;
  }
  workout.km = classified.km;
  workout.distance_label = classified.distance_label;
  return workout;
}

}  // namespace runmassage
