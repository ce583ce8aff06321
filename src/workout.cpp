// Workout kinds: their names in rules and JSON, and in words for people.
#include "runmassage/workout.hpp"

#include <array>
#include <cmath>
#include <cstdio>

namespace runmassage {
namespace {

struct KindInfo {
  std::string_view name;
  std::string_view words;
};

// Indexed by WorkoutKind.
constexpr std::array<KindInfo, workout_kind_count> kinds = {{
    {"rest", "rest"},
    {"run", "run"},
    {"easy", "easy run"},
    {"long", "long run"},
    {"hard", "hard session"},
    {"race", "race"},
}};

}  // namespace

std::string_view kind_name(WorkoutKind kind) { return kinds[static_cast<std::size_t>(kind)].name; }

std::string_view kind_words(WorkoutKind kind) {
  return kinds[static_cast<std::size_t>(kind)].words;
}

std::optional<WorkoutKind> kind_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    if (kinds[i].name == name) return static_cast<WorkoutKind>(i);
  }
  return std::nullopt;
}

std::string km_text(double km) {
  char buffer[32];
  const double tenths = std::round(km * 10);
  if (std::fmod(tenths, 10) == 0) {
    std::snprintf(buffer, sizeof buffer, "%.0f", tenths / 10);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.1f", tenths / 10);
  }
  return buffer;
}

std::string describe_distance(const Workout& workout) {
  if (!workout.km) return "";
  std::string km = km_text(*workout.km) + " km";
  if (workout.distance_label.empty() || workout.distance_label == km) return km;
  return workout.distance_label + " (" + km + ")";
}

std::string describe_workout(const Workout& workout) {
  std::string out(kind_words(workout.kind));
  if (!workout.km) return out;
  return out + ", " + describe_distance(workout);
}

}  // namespace runmassage
