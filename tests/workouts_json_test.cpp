// workouts.json: kinds, race distances, units and the load settings load, and bad ones are
// refused with their place.
#include "catch.hpp"
#include "data_files.hpp"
#include "runmassage/knowledge.hpp"
#include "runmassage/workout.hpp"
#include "runmassage/workout_words.hpp"

using namespace runmassage;
using nlohmann::json;
using test::workouts;
using test::workouts_error;

TEST_CASE("workouts.json: kinds, race distances and units load", "[data]") {
  Knowledge k = default_knowledge();
  REQUIRE(k.workouts.kinds.size() == 6);
  CHECK(k.workouts.kinds[0].kind == WorkoutKind::long_run);
  CHECK(k.workouts.kinds[4].kind == WorkoutKind::race);
  CHECK(k.workouts.kinds[4].phrases.front() == Phrase{"race"});
  CHECK(k.workouts.kinds[5].kind == WorkoutKind::rest);
  CHECK(k.workouts.kinds[5].phrases[3] == Phrase{"cross", "train"});
  // Longest phrase first: "1/2 marathon" and "half marathon" are tried before "marathon".
  CHECK(k.workouts.race_distances[0].phrase == Phrase{"1", "2", "marathon"});
  CHECK(k.workouts.race_distances[0].name == "1/2 marathon");
  CHECK(k.workouts.race_distances[1].phrase == Phrase{"half", "marathon"});
  CHECK(k.workouts.race_distances[1].km == 21.1);
  REQUIRE(k.workouts.units.size() == 7);
  CHECK(k.workouts.units[0].name == "k");  // object keys come back sorted
  CHECK(k.workouts.units[0].km == 1);
  CHECK(k.workouts.units[4].name == "mi");
  CHECK(k.workouts.units[4].km == 1.609);
  CHECK(k.workouts.long_run_km == 25);
}

TEST_CASE("workouts.json: bad kinds, words, distances and units are refused", "[data]") {
  CHECK(workouts_error(workouts()) == "no error");
  json w = workouts();
  w["kinds"][5]["words"][0] = "Rest";
  CHECK(workouts_error(w) == "workouts.json: /kinds/5/words/0: \"Rest\" is not lower case");
  w = workouts();
  w["kinds"][4]["words"][1] = "--";
  CHECK(workouts_error(w) == "workouts.json: /kinds/4/words/1: no letters or digits in \"--\"");
  w = workouts();
  w["kinds"][1]["kind"] = "sprint";
  CHECK(workouts_error(w) ==
        "workouts.json: /kinds/1/kind: unknown kind \"sprint\" (expected rest, run, easy, long, "
        "hard, race)");
  w = workouts();
  w["units"]["10x"] = 5;
  CHECK(workouts_error(w) ==
        "workouts.json: /units/10x: a unit is one lower-case word not starting with a digit");
  w = workouts();
  w["race_distances"]["marathon"] = 0;
  CHECK(workouts_error(w) ==
        "workouts.json: /race_distances/marathon: expected a number from 0.1 to 500");
  w = workouts();
  w["long_run_km"] = "25";
  CHECK(workouts_error(w) == "workouts.json: /long_run_km: expected a number, found a string");
  w = workouts();
  w.erase("units");
  CHECK(workouts_error(w) == "workouts.json: /: missing \"units\"");
}

TEST_CASE("workouts.json: the load section is optional, and checked when given", "[data]") {
  json w = workouts();
  w.erase("load");
  CHECK(workouts_error(w) == "no error");  // then there are no load facts
  w = workouts();
  w["load"]["per_minute"].erase("race");
  CHECK(workouts_error(w) == "workouts.json: /load/per_minute: missing \"race\"");
  w = workouts();
  w["load"]["per_minute"]["tempo"] = 2;
  CHECK(workouts_error(w) == "workouts.json: /load/per_minute/tempo: unknown key \"tempo\"");
  w = workouts();
  w["load"]["chronic_days"] = 3;
  CHECK(workouts_error(w) == "workouts.json: /load/chronic_days: less than acute_days");
}
