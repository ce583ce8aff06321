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

/// One day's workout, from an option (`sat:long`), a batch field or a calendar event. The
/// functions below name every field through a structured binding, so a field added here does
/// not compile until each of them handles it too.
struct Workout {
  Date date;
  WorkoutKind kind = WorkoutKind::run;
  std::optional<double> km;    ///< the distance, when the words name one
  std::string distance_label;  ///< the distance as the words gave it ("16 mi", "marathon")
  std::string title;           ///< the words as given; empty for a bare date

  friend bool operator==(const Workout& a, const Workout& b) {
    const auto& [a_date, a_kind, a_km, a_label, a_title] = a;
    return a_date == b.date && a_kind == b.kind && a_km == b.km && a_label == b.distance_label &&
           a_title == b.title;
  }
};

/// Makes `workout` that of a date given without words, reusing its storage: a run of unknown
/// kind (or a race, with `race`), no distance, no title.
inline void set_bare_workout(Workout& workout, Date day, bool race) {
  auto& [date, kind, km, distance_label, title] = workout;
  date = day;
  kind = race ? WorkoutKind::race : WorkoutKind::run;
  km.reset();
  distance_label.clear();
  title.clear();
}

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
  const auto& [date, kind, km, distance_label, title] = from;
  to.date = date;
  to.kind = kind;
  to.km = km;
  assign(to.distance_label, distance_label);
  assign(to.title, title);
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
