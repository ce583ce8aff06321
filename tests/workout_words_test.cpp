// Classifying workouts from words: DOMAIN.md's title words, the examples, distances
// and the errors an option's WORKOUT can give.
#include "catch.hpp"
#include "support.hpp"

#include "runmassage/error.hpp"
#include "runmassage/workout_words.hpp"

using namespace runmassage;
using test::knowledge;

namespace {

using Strings = std::vector<std::string>;

Classified classify(const char* words) { return classify_words(words, knowledge().workouts); }

std::string kind(const char* words) { return std::string(kind_name(classify(words).kind)); }

// The workout an option gives, as "kind km" ("long 25.744"); races with race = true.
std::string option(const char* text, bool race = false) {
  const DatedWords split = split_dated(text);
  Workout w = workout_from_words(test::day("2024-05-02"), split.words, race, knowledge().workouts);
  std::string out(kind_name(w.kind));
  if (w.km) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, " %g", *w.km);
    out += buffer;
  }
  return out;
}

std::string usage_error(const char* text, bool race = false) {
  try {
    option(text, race);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("titles are split into lower-case words", "[workout_words]") {
  CHECK(title_words("Rest or Cross-Train") == Strings{"rest", "or", "cross", "train"});
  CHECK(title_words("Long Run 13.1 mi.") == Strings{"long", "run", "13.1", "mi"});
  CHECK(title_words("6 x 800m @ 5K pace") == Strings{"6", "x", "800m", "5k", "pace"});
  CHECK(title_words("6x800m") == Strings{"6", "x", "800m"});
  CHECK(title_words("xt 10x") == Strings{"xt", "10x"});
  CHECK(title_words("-5km, 4-5 mi") == Strings{"-5km", "4", "5", "mi"});
  CHECK(title_words("  ").empty());
}

TEST_CASE("the title words of DOMAIN.md give kinds", "[workout_words]") {
  for (const char* rest : {"Rest", "Rest or Cross-Train", "Cross", "Off", "Yoga", "Strength",
                           "Cross-Training 45 min", "Day off", "Pool session"}) {
    INFO(rest);
    CHECK(kind(rest) == "rest");
  }
  for (const char* easy : {"Easy 4", "Easy 4 + strength", "Recovery jog", "Shakeout 2 mi"}) {
    INFO(easy);
    CHECK(kind(easy) == "easy");
  }
  for (const char* long_run : {"Long Run", "long", "Long run with 3 mi at marathon pace"}) {
    INFO(long_run);
    CHECK(kind(long_run) == "long");
  }
  for (const char* hard :
       {"Tempo", "Intervals", "6 x 800m", "tue:6x800m", "Hills", "Track: 12 x 400", "Fartlek",
        "Threshold 5 mi", "Marathon pace 10 mi", "parkrun"}) {
    INFO(hard);
    CHECK(kind(hard) == "hard");
  }
  for (const char* race : {"Half Marathon", "Marathon", "10K", "5K", "Race", "Berlin Marathon!",
                           "half-marathon", "50k", "ultra", "10mi"}) {
    INFO(race);
    CHECK(kind(race) == "race");
  }
  for (const char* run : {"3 mi run", "8 mi", "Week 3 session", "Rest or easy run"}) {
    INFO(run);
    // "Rest or easy run" is a run day; the others are runs of no known kind.
    CHECK(classify(run).kind != WorkoutKind::rest);
  }
  CHECK(kind("Rest or easy run") == "easy");
  // An easy word with a rest word, and no run word or number, is a rest day: easy says how
  // hard, not what.
  for (const char* rest : {"Rest / Recovery", "Easy spin", "Recovery yoga", "Easy swim",
                           "Easy bike", "Recovery: stretching"}) {
    INFO(rest);
    CHECK(kind(rest) == "rest");
  }
  CHECK(kind("Easy run + core") == "easy");
  // jog and shakeout are runs as well as easy words: "Jog + core" is an easy run.
  CHECK(kind("Jog + core") == "easy");
  CHECK(kind("Recovery jog + yoga") == "easy");
  CHECK(kind("Rest or jog") == "easy");
  CHECK(kind("Easy 4 mi run + strength") == "easy");
  // A number beside the easy word is read as the run's ("Easy 4 + strength" above): a number
  // on a cross-training day keeps it a run, the rule's known limit.
  CHECK(kind("Easy spin 45 min") == "easy");
  CHECK(kind("8 mi") == "run");
  CHECK_FALSE(classify("Week 3 session").recognised);
  CHECK(classify("Tempo").recognised);
}

TEST_CASE("distances: numbers with units, the longest one, race names", "[workout_words]") {
  CHECK(classify("16mi").km == 25.744);
  CHECK(classify("16 mi").km == 25.744);
  CHECK(classify("42.2km").km == 42.2);
  CHECK(classify("21.1k").km == 21.1);
  CHECK(classify(".5km").km == 0.5);                   // a number may start at its point
  CHECK(classify("5,5 km").km == 5.5);                 // a decimal comma
  CHECK(classify("Marathon 42,195 km").km == 42.195);  // a comma before three digits too
  CHECK(classify("3,4,5 mi").km == 8.045);             // a list of numbers: the last with the unit
  CHECK(classify("3x.5mi").km == 0.805);               // repeats of half a mile
  CHECK(classify("3x.5mi").kind == WorkoutKind::hard);
  CHECK(classify("1/2 Marathon").km == 21.1);  // not a marathon
  CHECK(classify("1/2 Marathon").distance_label == "1/2 marathon");
  CHECK(classify("8 mi with 4 x 1 mi at tempo").km == 12.872);
  CHECK(classify("6 x 800m").km == std::nullopt);  // metres are no unit: repeats, not the run
  CHECK(classify("Half Marathon").km == 21.1);
  CHECK(classify("Half Marathon").distance_label == "half marathon");
  CHECK(classify("Marathon").km == 42.2);
  CHECK(classify("Chicago Marathon 26.2 mi").km == 42.156);  // the written distance wins
  CHECK(classify("Marathon pace 10 mi").km == 16.09);        // a run: its own distance
  CHECK(classify("Marathon pace").km == std::nullopt);       // not a race: no race distance
  CHECK(classify("Long Run 16 mi").distance_label == "16 mi");
  CHECK(classify("Long Run 16mi").distance_label == "16 mi");
  // A race's name written as a number and unit keeps its spelling.
  CHECK(classify("10K").distance_label == "10k");
  CHECK(classify("10K").km == 10);
  CHECK(classify("10mi").distance_label == "10mi");
  CHECK(classify("10 k").distance_label == "10 k");
}

TEST_CASE("an option's WORKOUT: the issue's examples", "[workout_words]") {
  CHECK(option("sat") == "run");
  CHECK(option("sat:long") == "long");
  CHECK(option("sat:20mi") == "long 32.18");  // 25 km or more is long whatever the title
  CHECK(option("sun:Long Run 16 mi") == "long 25.744");
  CHECK(option("tue:tempo") == "hard");
  CHECK(option("tue:6x800m") == "hard");
  CHECK(option("sat:easy") == "easy");
  CHECK(option("sat:Week 3 session") == "run");  // words that classify as nothing
  CHECK(option("2024-10-27:marathon", true) == "race 42.2");
  CHECK(option("2024-10-27:42.2km", true) == "race 42.2");
  CHECK(option("2024-10-27:half", true) == "race 21.1");
  CHECK(option("2024-10-27:half-marathon", true) == "race 21.1");
  CHECK(option("sat:parkrun", true) == "race 5");
  CHECK(option("sat:15k", true) == "race 15");
  CHECK(option("sat:10mi", true) == "race 16.09");
  CHECK(option("sat:ultra", true) == "race 50");
  CHECK(option("2024-10-27", true) == "race");
  CHECK(option("sat:Chicago", true) == "race");  // a race whose distance is unknown
  CHECK(option("sat:marathon") == "race 42.2");  // a run that is a race
}

TEST_CASE("an option's WORKOUT: what is refused", "[workout_words]") {
  CHECK(usage_error("sat:", true) ==
        "no workout after ':' in 'sat:' (give DATE or DATE:WORKOUT, e.g. sat:long)");
  CHECK(usage_error("sat:  ") ==
        "no workout after ':' in 'sat:  ' (give DATE or DATE:WORKOUT, e.g. sat:long)");
  CHECK(usage_error("sat:-5km", true) == "distance '-5 km' in '-5km' is not more than 0");
  CHECK(usage_error("sat:0 mi") == "distance '0 mi' in '0 mi' is not more than 0");
  // Distances are kept to the metre, and anything under one is refused, not rounded up.
  CHECK(usage_error("sat:0.0001km") == "distance '0.0001 km' in '0.0001km' is under a metre");
  CHECK(usage_error("sat:0.0003mi") == "distance '0.0003 mi' in '0.0003mi' is under a metre");
  CHECK(usage_error("sat:0.0009km") == "distance '0.0009 km' in '0.0009km' is under a metre");
  CHECK(usage_error("sat:0.001km") == "no error");
  CHECK(usage_error("sat:-.5km") == "distance '-0.5 km' in '-.5km' is not more than 0");
  // A digit too far past the point to add anything is still more than 0.
  const std::string tiny = "sat:0." + std::string(400, '0') + "1km";
  const std::string cut = "'0." + std::string(38, '0') + "...'";  // quoted_input's 40 characters
  CHECK(usage_error(tiny.c_str()) == "distance " + cut + " in " + cut + " is under a metre");
  CHECK(usage_error("sat:99999mi", true) == "distance '99999 mi' in '99999mi' is over 500 km");
  CHECK(usage_error("sat:501km") == "distance '501 km' in '501km' is over 500 km");
  CHECK(usage_error("sat:500km") == "no error");
  CHECK(usage_error("sat:rest") == "'rest' is a rest day, not a run");
}
