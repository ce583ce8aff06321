// Workout kinds: names, words for people, key workouts, and distances in words.
#include "runmassage/workout.hpp"
#include "catch.hpp"
#include "support.hpp"

using namespace runmassage;

TEST_CASE("kinds have names for rules and words for people", "[workout]") {
  CHECK(kind_name(WorkoutKind::long_run) == "long");
  CHECK(kind_from_name("hard") == WorkoutKind::hard);
  CHECK_FALSE(kind_from_name("Long"));
  CHECK(kind_words(WorkoutKind::hard) == "hard session");
  CHECK(is_key_workout(WorkoutKind::long_run));
  CHECK(is_key_workout(WorkoutKind::hard));
  CHECK(is_key_workout(WorkoutKind::race));
  CHECK_FALSE(is_key_workout(WorkoutKind::easy));
  CHECK_FALSE(is_key_workout(WorkoutKind::run));
  CHECK_FALSE(is_run(WorkoutKind::rest));
}

TEST_CASE("a workout in words: its kind, then its distance as given and in km", "[workout]") {
  Workout w = test::run_on(test::day("2024-05-04"), WorkoutKind::long_run);
  CHECK(describe_workout(w) == "long run");
  w.km = 25.744;
  w.distance_label = "16 mi";
  CHECK(describe_workout(w) == "long run, 16 mi (25.7 km)");
  w.kind = WorkoutKind::race;
  w.km = 42.2;
  w.distance_label = "42.2 km";
  CHECK(describe_workout(w) == "race, 42.2 km");
  w.distance_label.clear();
  w.km = 5;
  CHECK(describe_workout(w) == "race, 5 km");
  CHECK(km_text(16.09) == "16.1");
  CHECK(km_text(0.04) == "0");
}
