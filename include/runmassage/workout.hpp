// A workout: a day of training with its kind (easy, long, hard, race…) and distance, if known.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runmassage/date.hpp"

namespace runmassage {

/// What a workout is. Rest is not a run; `run` is a run of unknown kind; a race is a run too.
enum class WorkoutKind : std::uint8_t { rest, run, easy, long_run, hard, race };
inline constexpr std::size_t workout_kind_count = 6;

/// The kind's name as written in rules, options and JSON ("long", "hard", "run"…).
std::string_view kind_name(WorkoutKind kind);
/// The kind with that name, if any.
std::optional<WorkoutKind> kind_from_name(std::string_view name);
/// The kind in words for people ("long run", "hard session", "race").
std::string_view kind_words(WorkoutKind kind);
/// A long run, a hard session or a race: the workouts deep work must keep away from.
inline bool is_key_workout(WorkoutKind kind) {
  return kind == WorkoutKind::long_run || kind == WorkoutKind::hard || kind == WorkoutKind::race;
}
/// Any kind but rest.
inline bool is_run(WorkoutKind kind) { return kind != WorkoutKind::rest; }

/// One day's workout, from an option (`sat:long`), a batch field or a calendar event. A new
/// field goes in operator== and assign_workout too.
struct Workout {
  Date date;
  WorkoutKind kind = WorkoutKind::run;
  std::optional<double> km;    ///< the distance, when the words name one
  std::string distance_label;  ///< the distance as the words gave it ("16 mi", "marathon")
  std::string title;           ///< the words as given; empty for a bare date

  friend bool operator==(const Workout& a, const Workout& b) {
    return a.date == b.date && a.kind == b.kind && a.km == b.km &&
           a.distance_label == b.distance_label && a.title == b.title;
  }
};

/// `to = from`, with less work for the empty strings most workouts have (no distance named,
/// or no words at all): copying an empty string still calls into the library, clearing one
/// does not. Batch copies a few workouts a line, millions of lines.
inline void assign_workout(Workout& to, const Workout& from) {
  auto assign = [](std::string& to_text, const std::string& from_text) {
    if (from_text.empty()) {
      to_text.clear();
    } else {
      to_text = from_text;
    }
  };
  to.date = from.date;
  to.kind = from.kind;
  to.km = from.km;
  assign(to.distance_label, from.distance_label);
  assign(to.title, from.title);
}

/// `slot = workout` (reset without one), as assign_workout.
inline void assign_workout(std::optional<Workout>& slot, const Workout* workout) {
  if (!workout) {
    slot.reset();
  } else if (slot) {
    assign_workout(*slot, *workout);
  } else {
    slot = *workout;
  }
}

/// "long run, 16 mi (25.7 km)", "race, marathon (42.2 km)", "run": the kind and distance in words.
std::string describe_workout(const Workout& workout);

/// "16 mi (25.7 km)", "42.2 km": the distance as given and in km; empty without one.
std::string describe_distance(const Workout& workout);

/// A distance in kilometres as people read it: at most one decimal ("25.7", "42.2", "5").
std::string km_text(double km);

}  // namespace runmassage
