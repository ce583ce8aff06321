// The workout cache answers exactly as workout_from_words (less the words' text, which batch does
// not write), whatever collides or fails.
#include <random>
#include <string>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

#include "runmassage/error.hpp"
#include "runmassage/workout_cache.hpp"

using namespace runmassage;
using test::knowledge;

namespace {

// What reading gives, as text: the workout's fields or the error.
template <typename Read>
std::string outcome(Read&& read) {
  try {
    const Workout w = read();
    return std::to_string(date::sys_days{w.date}.time_since_epoch().count()) + "|" +
           std::string(kind_name(w.kind)) + "|" + (w.km ? std::to_string(*w.km) : "-") + "|" +
           w.distance_label + "|" + w.title;
  } catch (const UsageError& e) {
    return std::string("error: ") + e.what();
  }
}

}  // namespace

TEST_CASE("the workout cache reads as workout_from_words does, without the text",
          "[workout_cache]") {
  // More distinct words than the cache has entries, so entries collide and are replaced;
  // bad distances and rest days among them, which must not be remembered.
  std::vector<std::string> words = {"long", "easy", "tempo", "8 mi",    "6x800m", "marathon",
                                    "5k",   "half", "-5km",  "99999mi", "rest",   "Long Run 16 mi"};
  for (int i = 1; i <= 600; ++i) words.push_back(std::to_string(i % 700) + " km");
  std::mt19937 random(3);
  WorkoutCache cache(knowledge().workouts);
  Workout reused;
  reused.title = "left from before";
  reused.distance_label = "10 mi";
  for (int i = 0; i < 20000; ++i) {
    const Date day = add_days(test::day("2024-05-02"), static_cast<int>(random() % 40));
    const bool race = random() % 3 == 0;
    std::optional<std::string_view> text;
    if (random() % 10 != 0) text = words[random() % words.size()];
    const std::string expected = outcome([&] {
      Workout read = workout_from_words(day, text, race, knowledge().workouts);
      read.distance_label.clear();
      read.title.clear();
      return read;
    });
    const std::string got = outcome([&] {
      cache.read(reused, day, text, race);
      return reused;
    });
    REQUIRE(got == expected);
  }
}
