// Workouts remembered by their words; see workout_cache.hpp for why this is exact.
#include "runmassage/workout_cache.hpp"

#include <cstdint>

#include "runmassage/hash.hpp"

namespace runmassage {

void WorkoutCache::read(Workout& workout, Date date, std::optional<std::string_view> words,
                        bool race) {
  if (!words) {
    // Nothing to remember, and a third of batch's runs are bare dates.
    set_bare_workout(workout, date, race);
    return;
  }
  const std::size_t set = hash_bytes(*words, race ? 1U : 0U) >> (64 - set_bits);
  auto holds = [&](const Entry& entry) {
    return entry.used && entry.race == race && entry.words == *words;
  };
  std::size_t way = 0;
  while (way < ways && !holds(entries_[set * ways + way])) ++way;
  if (way == ways) {
    const Workout read = workout_from_words(date, words, race, known_);  // may throw: none kept
    way = (last_used_[set] + 1) % ways;
    Entry& entry = entries_[set * ways + way];
    entry.kind = read.kind;
    entry.km = read.km;
    entry.words.assign(*words);
    entry.race = race;
    entry.used = true;
  }
  last_used_[set] = static_cast<std::uint8_t>(way);
  const Entry& entry = entries_[set * ways + way];
  auto& [to_date, kind, km, distance_label, title] = workout;  // every field, as workout.hpp asks
  to_date = date;
  kind = entry.kind;
  km = entry.km;
  distance_label.clear();
  title.clear();
}

}  // namespace runmassage
