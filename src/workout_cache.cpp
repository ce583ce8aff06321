// Workouts remembered by their words; see workout_cache.hpp for why this is exact.
#include "runmassage/workout_cache.hpp"

#include <cstdint>

namespace runmassage {

void WorkoutCache::read(Workout& workout, Date date, std::optional<std::string_view> words,
                        bool race) {
  if (!words) {
    // Nothing to remember, and a third of batch's runs are bare dates.
    set_bare_workout(workout, date, race);
    return;
  }
  // FNV-1a over the words and the race flag: cheap for the few bytes a workout's words take.
  std::uint32_t hash = race ? 0x811c9dc5U ^ 1U : 0x811c9dc5U;
  for (char c : *words) hash = (hash ^ static_cast<unsigned char>(c)) * 0x01000193U;
  const std::size_t set = (hash ^ (hash >> 16)) & ((1U << set_bits) - 1);
  auto holds = [&](const Entry& entry) {
    return entry.used && entry.race == race && entry.words == *words;
  };
  std::size_t way = 0;
  while (way < ways && !holds(entries_[set * ways + way])) ++way;
  if (way == ways) {
    Workout read = workout_from_words(date, words, race, known_);  // may throw: nothing kept
    way = (last_used_[set] + 1) % ways;
    Entry& entry = entries_[set * ways + way];
    entry.workout = std::move(read);
    entry.words.assign(*words);
    entry.race = race;
    entry.used = true;
  }
  last_used_[set] = static_cast<std::uint8_t>(way);
  assign_workout(workout, entries_[set * ways + way].workout);
  workout.date = date;
}

}  // namespace runmassage
