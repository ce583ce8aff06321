// Workout kinds: names, words for people, key workouts, and distances in words.
#include <optional>
#include <vector>

#include "catch.hpp"
#include "runmassage/workout.hpp"
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

TEST_CASE("assign_workout copies a workout as assignment does", "[workout]") {
  std::vector<Workout> workouts;
  for (const char* label : {"", "16 mi"}) {
    for (const char* title : {"", "Long Run 16 mi", "a title longer than a short string's room"}) {
      Workout w = test::run_on(test::day("2024-05-04"), WorkoutKind::long_run);
      w.distance_label = label;
      w.title = title;
      if (*label != '\0') w.km = 25.744;
      workouts.push_back(w);
      w.date = test::day("2024-05-05");
      w.kind = WorkoutKind::race;
      workouts.push_back(w);
    }
  }
  for (const Workout& from : workouts) {
    for (const Workout& to : workouts) {
      Workout assigned = to;
      assign_workout(assigned, from);
      CHECK(assigned == from);
      std::optional<Workout> slot;
      if (to.title.empty()) slot = to;
      assign_workout(slot, &from);
      CHECK(slot == from);
      assign_workout(slot, nullptr);
      CHECK_FALSE(slot);
    }
  }
}
