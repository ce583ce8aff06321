// Workouts read from their words, remembered, for reading many records (batch).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runmassage/date.hpp"
#include "runmassage/workout.hpp"
#include "runmassage/workout_words.hpp"

namespace runmassage {

/// workout_from_words, remembered by the words, for batch. Runners type the same few words
/// ("long", "8 mi") again and again, and classifying them costs more than the rest of a record.
/// A workout depends only on its words, whether it is a race and the WorkoutWords (fixed for the
/// cache's life), apart from its date, which is set on every use; an entry is used only for
/// exactly the same words and race flag, so the answer is always workout_from_words's, less the
/// words' text (its title and distance label), which batch never writes and so is not copied a
/// workout at a time. The entries are a fixed table, two to each hash of the words, so memory
/// is bounded whatever the input: a third set of words with the same hash replaces the one used
/// less recently.
class WorkoutCache {
 public:
  explicit WorkoutCache(const WorkoutWords& known) : known_(known) {}

  /// Sets `workout` to workout_from_words(date, words, race, known) with an empty title and
  /// distance label. Throws UsageError as workout_from_words does (and then remembers nothing).
  void read(Workout& workout, Date date, std::optional<std::string_view> words, bool race);

 private:
  struct Entry {
    bool used = false;
    bool race = false;
    std::string words;
    WorkoutKind kind = WorkoutKind::run;
    std::optional<double> km;
  };
  static constexpr std::size_t ways = 2;
  static constexpr unsigned set_bits = 7;

  const WorkoutWords& known_;
  std::array<Entry, (std::size_t{1} << set_bits) * ways> entries_{};
  std::array<std::uint8_t, std::size_t{1} << set_bits> last_used_{};  // the way, per set
};

}  // namespace runmassage
