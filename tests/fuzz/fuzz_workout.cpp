// libFuzzer target: DATE[:WORKOUT] values as options and batch fields give them. Anything but
// a workout with a real date and a sane distance, or a UsageError, is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runmassage/error.hpp"
#include "runmassage/knowledge.hpp"
#include "runmassage/workout_words.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const runmassage::Knowledge knowledge =
      runmassage::default_knowledge(runmassage::DataParts::plans);
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto today = *runmassage::parse_iso_date("2024-05-02");
  for (bool race : {false, true}) {
    try {
      const auto split = runmassage::split_dated(text);
      const auto day =
          runmassage::resolve_date(split.date, today, runmassage::Direction::on_or_after);
      const auto workout =
          runmassage::workout_from_words(day, split.words, race, knowledge.workouts);
      if (workout.km && !(*workout.km > 0 && *workout.km <= runmassage::max_workout_km)) {
        __builtin_trap();
      }
      // A race is always a race (a run's words may name one too); a run is never rest.
      if (race && workout.kind != runmassage::WorkoutKind::race) __builtin_trap();
      if (workout.kind == runmassage::WorkoutKind::rest) __builtin_trap();
      (void)runmassage::describe_workout(workout);
    } catch (const runmassage::UsageError&) {
    }
  }
  return 0;
}
