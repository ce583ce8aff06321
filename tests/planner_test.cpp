// The default rules against DOMAIN.md's tables (timing, race distances, workout kinds), the
// facts the planner computes, what it assumes, and request validation.
#include "catch.hpp"
#include "support.hpp"

#include "runmassage/error.hpp"
#include "runmassage/planner.hpp"
#include "runmassage/render.hpp"
#include "runmassage/workout_words.hpp"

using namespace runmassage;
using test::knowledge;

namespace {

// Thursday 2 May 2024.
const Date today = *parse_iso_date("2024-05-02");

// A DATE[:WORKOUT] as the CLI reads it; offsets such as "-2" or "+3:long" are from today.
Workout workout(const std::string& text, Direction direction, bool race) {
  const DatedWords split = split_dated(text);
  return workout_from_words(resolve_date(split.date, today, direction), split.words, race,
                            knowledge().workouts);
}

PlanRequest request(const std::string& last_run, const std::string& next_run,
                    const std::vector<std::string>& races = {}) {
  PlanRequest r;
  r.today = today;
  if (!last_run.empty()) r.last_run = workout(last_run, Direction::on_or_before, false);
  if (!next_run.empty()) r.next_run = workout(next_run, Direction::on_or_after, false);
  for (const auto& race : races) r.races.push_back(workout(race, Direction::on_or_after, true));
  return r;
}

struct Answer {
  std::string recommended;
  std::vector<std::string> avoid;
  std::vector<std::string> rules;
  std::vector<std::string> assumptions;
};

// Plans today; "" means not given.
Answer plan(const std::string& last_run, const std::string& next_run,
            const std::vector<std::string>& races = {}) {
  Plan result = make_plan(knowledge().rules, request(last_run, next_run, races));
  const auto& rules = knowledge().rules.rules();
  const auto& types = knowledge().catalogue.types;
  Answer answer;
  if (result.decision.recommended_rule) {
    answer.recommended = types[rules[*result.decision.recommended_rule].massage].id;
  }
  for (const auto& a : result.decision.avoid) answer.avoid.push_back(types[a.massage].id);
  for (auto index : result.decision.fired) answer.rules.push_back(rules[index].id);
  for (const auto& a : result.assumptions) {
    answer.assumptions.push_back(assumption_text(a, knowledge()));
  }
  return answer;
}

std::string recommended(const std::string& last_run, const std::string& next_run,
                        const std::vector<std::string>& races = {}) {
  return plan(last_run, next_run, races).recommended;
}

bool deep_avoided(const std::string& last_run, const std::string& next_run,
                  const std::vector<std::string>& races = {}) {
  auto avoid = plan(last_run, next_run, races).avoid;
  return std::find(avoid.begin(), avoid.end(), "deep-tissue") != avoid.end();
}

using Ids = std::vector<std::string>;

std::string usage_error(const PlanRequest& r) {
  try {
    make_plan(knowledge().rules, r);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "no error";
}

std::string offset(int days) { return (days < 0 ? "" : "+") + std::to_string(days); }

}  // namespace

TEST_CASE("a run today, still ahead: sports-pre, no deep tissue", "[planner][domain]") {
  auto answer = plan("", "+0");
  CHECK(answer.recommended == "sports-pre");
  CHECK(answer.avoid == Ids{"deep-tissue"});
  CHECK(answer.rules == Ids{"run-today", "no-deep-tissue-within-a-day-of-a-run"});
  CHECK(recommended("-3", "+0") == "sports-pre");
  CHECK(recommended("+0", "+0") == "sports-pre");  // ran this morning, runs again tonight
}

TEST_CASE("ran today, no further run today: sports-post", "[planner][domain]") {
  auto answer = plan("+0", "+3");
  CHECK(answer.recommended == "sports-post");
  CHECK(answer.avoid.empty());
  CHECK(answer.rules == Ids{"ran-today"});
  CHECK(recommended("+0", "") == "sports-post");
  CHECK(recommended("+0", "+2") == "sports-post");
}

TEST_CASE("ran today and runs tomorrow: the next run decides", "[planner][domain]") {
  auto answer = plan("+0", "+1");
  CHECK(answer.recommended == "swedish");
  CHECK(answer.avoid == Ids{"deep-tissue"});
  CHECK(answer.rules == Ids{"no-deep-tissue-within-a-day-of-a-run", "run-tomorrow", "ran-today"});
}

TEST_CASE("next run tomorrow: swedish, no deep tissue", "[planner][domain]") {
  auto answer = plan("-1", "+1");
  CHECK(answer.recommended == "swedish");
  CHECK(answer.avoid == Ids{"deep-tissue"});
  CHECK(answer.rules == Ids{"no-deep-tissue-within-a-day-of-a-run", "run-tomorrow"});
  CHECK(recommended("", "+1") == "swedish");
}

TEST_CASE("rest day, next run two or more days away or unknown: deep tissue", "[planner][domain]") {
  auto answer = plan("-1", "+2");
  CHECK(answer.recommended == "deep-tissue");
  CHECK(answer.avoid.empty());
  CHECK(answer.rules == Ids{"rest-day", "light-rest-day"});
  CHECK(recommended("-2", "+5") == "deep-tissue");
  CHECK(recommended("-1", "") == "deep-tissue");
  CHECK(recommended("", "+2") == "deep-tissue");
}

TEST_CASE("the eve of a long run or hard session: swedish", "[planner][domain][kinds]") {
  auto answer = plan("-1", "+1:long");
  CHECK(answer.recommended == "swedish");
  CHECK(answer.rules == Ids{"no-deep-tissue-within-a-day-of-a-run",
                            "no-deep-tissue-before-a-key-workout", "eve-of-key-workout",
                            "run-tomorrow"});
  CHECK(plan("-1", "+1:tempo").rules[2] == "eve-of-key-workout");
  CHECK(plan("-1", "+1:easy").rules == Ids{"no-deep-tissue-within-a-day-of-a-run", "run-tomorrow"});
}

TEST_CASE("no deep tissue 2 days or less before a key workout, only the eve before an easy run",
          "[planner][domain][kinds]") {
  // Inside: 2 days before a long run or hard session.
  auto answer = plan("-1", "+2:long");
  CHECK(answer.recommended == "swedish");
  CHECK(answer.avoid == Ids{"deep-tissue"});
  CHECK(answer.rules == Ids{"no-deep-tissue-before-a-key-workout", "rest-day", "light-rest-day"});
  CHECK(deep_avoided("-1", "+2:6x800m"));
  // Outside: 3 days before it.
  CHECK(recommended("-1", "+3:long") == "deep-tissue");
  // An easy run 2 days away rules out nothing.
  CHECK(recommended("-1", "+2:easy") == "deep-tissue");
  // A run of 25 km or more is a long run whatever its title.
  CHECK(recommended("-1", "+2:easy 16 mi") == "swedish");
  CHECK(recommended("-1", "+2:easy 15 mi") == "deep-tissue");
}

TEST_CASE("deep tissue before a race: the window grows with the distance",
          "[planner][domain][distances]") {
  // Each row of DOMAIN.md's table: the last day inside the window and the first outside it,
  // on a rest day with no other run, so only the race can rule deep tissue out.
  struct Row {
    const char* race;
    int last_day_inside;
    const char* rule;
  };
  for (const Row& row : {Row{"5k", 2, "no-deep-tissue-before-a-short-race"},
                         Row{"parkrun", 2, "no-deep-tissue-before-a-short-race"},
                         Row{"10k", 2, "no-deep-tissue-before-a-short-race"},
                         Row{"15k", 3, "no-deep-tissue-before-a-half-marathon"},
                         Row{"half", 3, "no-deep-tissue-before-a-half-marathon"},
                         Row{"marathon", 4, "no-deep-tissue-before-a-marathon"},
                         Row{"50k", 6, "no-deep-tissue-before-an-ultra"},
                         Row{"ultra", 6, "no-deep-tissue-before-an-ultra"}}) {
    INFO(row.race);
    const std::string inside = offset(row.last_day_inside) + ":" + row.race;
    const std::string outside = offset(row.last_day_inside + 1) + ":" + row.race;
    auto in = plan("-3", "", {inside});
    CHECK(in.avoid == Ids{"deep-tissue"});
    CHECK(std::find(in.rules.begin(), in.rules.end(), row.rule) != in.rules.end());
    CHECK(in.recommended == "swedish");
    auto out = plan("-3", "", {outside});
    CHECK(out.avoid.empty());
    CHECK(out.recommended == "deep-tissue");
  }
  // Unknown distance keeps the 4 days.
  CHECK(plan("-3", "", {"+4"}).rules ==
        Ids{"no-deep-tissue-before-a-race", "race-week", "rest-day", "light-rest-day"});
  CHECK(recommended("-3", "", {"+5"}) == "deep-tissue");
}

TEST_CASE("deep tissue after a race: from the day the distance allows, a flush before it",
          "[planner][domain][distances]") {
  struct Row {
    const char* race;
    int first_deep_day;
  };
  for (const Row& row : {Row{"5k", 1}, Row{"10k", 1}, Row{"half", 2}, Row{"15k", 2},
                         Row{"marathon", 3}, Row{"42.2km", 3}, Row{"ultra", 4}}) {
    INFO(row.race);
    const std::string first = offset(-row.first_deep_day) + ":" + row.race;
    const std::string before = offset(-row.first_deep_day + 1) + ":" + row.race;
    auto deep = plan("", "", {first});
    CHECK(deep.recommended == "deep-tissue");
    CHECK(deep.avoid.empty());
    CHECK(deep.rules.front() == "race-recovery");
    if (row.first_deep_day > 1) {
      auto flush = plan("", "", {before});
      CHECK(flush.recommended == "sports-post");
      CHECK(flush.avoid == Ids{"deep-tissue"});
      CHECK(std::find(flush.rules.begin(), flush.rules.end(), "flush-after-a-long-race") !=
            flush.rules.end());
    }
  }
  // Unknown distance: the day after, as the seed article says.
  CHECK(plan("", "", {"-1"}).rules == Ids{"race-recovery", "rest-day", "light-rest-day"});
  // A run tomorrow still comes first: Swedish, not the flush.
  CHECK(recommended("", "+1", {"-1:marathon"}) == "swedish");
  // Another race in its window still rules deep tissue out.
  CHECK(recommended("", "", {"-1", "+3"}) == "swedish");
}

TEST_CASE("the flush after a long race lists only gentle strokes, in a shorter session",
          "[planner][domain][distances]") {
  Plan result = make_plan(knowledge().rules, request("", "", {"-1:marathon"}));
  REQUIRE(result.decision.recommended_rule);
  const Rule& rule = knowledge().rules.rules()[*result.decision.recommended_rule];
  CHECK(rule.id == "flush-after-a-long-race");
  REQUIRE(rule.techniques);
  Ids techniques;
  for (auto index : *rule.techniques) {
    techniques.push_back(knowledge().catalogue.techniques[index].id);
  }
  CHECK(techniques == Ids{"flushing", "myofascial-release"});
  CHECK(rule.min_minutes == 15);
  CHECK(rule.max_minutes == 30);
}

TEST_CASE("race day itself: sports-pre before, post-event advice once it is run",
          "[planner][domain]") {
  auto before = plan("-2", "", {"+0"});
  CHECK(before.recommended == "sports-pre");
  CHECK(before.avoid == Ids{"deep-tissue"});
  CHECK(recommended("", "", {"+1"}) == "swedish");
  CHECK(plan("", "", {"+1"}).rules.at(3) == "race-eve");
  // --race today --last-run today: the race is over.
  auto done = plan("+0", "", {"+0:marathon"});
  CHECK(done.recommended == "sports-post");
  CHECK(done.avoid == Ids{"deep-tissue"});
  CHECK(done.rules == Ids{"no-deep-tissue-on-race-day", "no-deep-tissue-after-a-marathon",
                          "flush-after-a-long-race", "ran-today"});
  auto done_short = plan("+0", "", {"+0:5k"});
  CHECK(done_short.recommended == "sports-post");
  CHECK(done_short.rules == Ids{"no-deep-tissue-on-race-day", "ran-today"});
}

TEST_CASE("every registry fact is computed from the workouts around the day", "[planner]") {
  Plan placed = situate(
      request("tue:tempo 6 mi", "sat:Long Run 16 mi", {"2024-04-28:half", "2024-05-12:marathon"}));
  const Facts& f = placed.facts;
  CHECK(f.get(Fact::days_until_next_run) == 2);
  CHECK(f.get(Fact::days_since_last_run) == 2);
  CHECK(f.get(Fact::days_until_next_race) == 10);
  CHECK(f.get(Fact::days_since_last_race) == 4);
  CHECK(f.get(Fact::next_race_km) == 42.2);
  CHECK(f.get(Fact::last_race_km) == 21.1);
  CHECK(f.get(Fact::next_run_kind) == *fact_word_value("long"));
  CHECK(f.get(Fact::last_run_kind) == *fact_word_value("hard"));
  CHECK(f.get(Fact::next_run_km) == 25.744);
  CHECK(f.get(Fact::last_run_km) == 9.654);
  CHECK(f.get(Fact::days_until_next_key_workout) == 2);
  CHECK(f.get(Fact::days_since_last_key_workout) == 2);

  // Easy runs are no key workouts; the races are.
  Plan easy = situate(request("tue:easy", "sat:easy", {"2024-04-28"}));
  CHECK(easy.facts.get(Fact::days_since_last_key_workout) == 4);
  CHECK(easy.facts.get(Fact::days_until_next_key_workout) == std::nullopt);
  CHECK(easy.facts.get(Fact::next_run_kind) == *fact_word_value("easy"));
  CHECK(easy.facts.get(Fact::last_race_km) == std::nullopt);
  CHECK(easy.facts.get(Fact::next_run_km) == std::nullopt);
  // A bare date is a run of unknown kind.
  CHECK(situate(request("", "sat")).facts.get(Fact::next_run_kind) == *fact_word_value("run"));
}

TEST_CASE("races are runs when placing the day", "[planner]") {
  Plan placed = situate(request("-5", "+6", {"-2", "+3", "+10"}));
  const Situation& s = placed.situation;
  CHECK(to_iso(s.last_run->date) == "2024-04-30");
  CHECK(s.last_run->kind == WorkoutKind::race);
  CHECK(to_iso(s.next_run->date) == "2024-05-05");
  CHECK(to_iso(s.last_race->date) == "2024-04-30");
  CHECK(to_iso(s.next_race->date) == "2024-05-05");
  CHECK(placed.facts.get(Fact::days_since_last_run) == 2);
  CHECK(placed.facts.get(Fact::days_until_next_run) == 3);
  CHECK(placed.facts.get(Fact::days_since_last_race) == 2);
  CHECK(placed.facts.get(Fact::days_until_next_race) == 3);
  // A run whose words name a race is a race.
  Plan named = situate(request("", "sun:Chicago Marathon"));
  REQUIRE(named.situation.next_race);
  CHECK(named.situation.next_race->km == 42.2);
  CHECK(named.facts.get(Fact::days_until_next_race) == 3);
}

TEST_CASE("what the advice rested on but the runner did not say", "[planner][assumptions]") {
  CHECK(plan("-1", "").assumptions ==
        Ids{"No next run given: if you run tomorrow, book Swedish massage instead."});
  CHECK(plan("", "+3").assumptions ==
        Ids{"No last run given: if you ran earlier today, book Sports massage, post-event "
            "instead."});
  CHECK(plan("-1", "+2").assumptions ==
        Ids{"No kind given for the next run: if it is a long run or hard session, book Swedish "
            "massage instead."});
  // The race is the next run; its distance is what the advice rests on.
  CHECK(plan("-3", "", {"+4"}).assumptions ==
        Ids{"No distance given for the next race: the advice is the same if it is a marathon."});
  CHECK(plan("-3", "", {"+3"}).assumptions.size() == 1);
  // Five days before a race of unknown distance, deep tissue, as before a marathon.
  CHECK(plan("-3", "", {"+5"}).assumptions.empty());
  CHECK(plan("-1", "").assumptions ==
        Ids{"No next run given: if you run tomorrow, book Swedish massage instead."});
  // Race day, the race run, its distance unknown: the same massage, but after a marathon only
  // a light flush, and the runner is told how it would be booked.
  const Answer race_day = plan("today", "+2:easy", {"today"});
  CHECK(race_day.recommended == "sports-post");
  CHECK(race_day.rules == Ids{"no-deep-tissue-on-race-day", "ran-today"});
  CHECK(race_day.assumptions ==
        Ids{"No distance given for the last race: if it was a marathon, book Sports massage, "
            "post-event with Flushing strokes and Myofascial release (15-30 minutes) instead."});
  CHECK(plan("today", "+2:easy", {"today:10k"}).assumptions.empty());
  CHECK(plan("today", "+2:easy", {"today:marathon"}).rules ==
        Ids{"no-deep-tissue-on-race-day", "no-deep-tissue-after-a-marathon",
            "flush-after-a-long-race", "ran-today"});
  // Everything given: nothing assumed.
  CHECK(plan("-1:easy", "+2:easy").assumptions.empty());
  CHECK(plan("-1", "+1").assumptions.empty());
}

TEST_CASE("requests with impossible date orders are refused", "[planner]") {
  CHECK(usage_error(request("", "")) == "no run date: give --next-run, --last-run or --race");
  PlanRequest future_last = request("", "");
  future_last.last_run = Workout{add_days(today, 1), WorkoutKind::run, {}, {}, {}};
  CHECK(usage_error(future_last) == "last run 2024-05-03 is after today (2024-05-02)");
  CHECK(usage_error(request("", "-1")) == "next run 2024-05-01 is before today (2024-05-02)");
  PlanRequest reversed = request("", "+2");
  reversed.last_run = Workout{add_days(today, 3), WorkoutKind::run, {}, {}, {}};
  CHECK(usage_error(reversed) == "last run 2024-05-05 is after next run 2024-05-04");
}

TEST_CASE("each assumption's trial equals placing the request with it filled in",
          "[planner][assumptions]") {
  // The trials work on the facts; here each is checked against the request filled in and
  // placed again, over runs and races of every kind around the day, two races on one day,
  // and races named by the runs' own words.
  const std::vector<std::string> lasts = {"", "-3", "-1:tempo", "-2:marathon", "+0", "+0:long"};
  const std::vector<std::string> nexts = {"", "+0", "+1", "+2:easy", "+3:long", "+3:half", "+6"};
  const std::vector<std::vector<std::string>> race_lists = {
      {}, {"-2"}, {"-2:10k"}, {"+0"}, {"+3"}, {"+3:5k"}, {"+3", "+3:half"}, {"-1", "+9"}};
  const Date tomorrow = add_days(today, 1);
  int compared = 0;
  for (const auto& last : lasts) {
    for (const auto& next : nexts) {
      for (const auto& races : race_lists) {
        const PlanRequest r = request(last, next, races);
        if (!r.last_run && !r.next_run && r.races.empty()) continue;
        if (r.last_run && r.next_run && r.last_run->date > r.next_run->date) continue;
        const Plan plan = situate(r);
        const Situation& s = plan.situation;
        auto fill_km = [](std::optional<Workout>& run, Date day) {
          if (run && run->date == day) run->km = 42.2;
        };
        struct Case {
          Unknown unknown;
          bool open;
          PlanRequest filled;
        };
        std::vector<Case> cases;
        {
          PlanRequest f = r;
          f.next_run = Workout{tomorrow, WorkoutKind::run, std::nullopt, "", ""};
          cases.push_back({Unknown::next_run, !r.next_run && !s.next_run, f});
        }
        {
          PlanRequest f = r;
          f.last_run = Workout{today, WorkoutKind::run, std::nullopt, "", ""};
          const bool race_today = s.next_race && s.next_race->date == today;
          cases.push_back({Unknown::last_run, !r.last_run && !s.last_run && !race_today, f});
        }
        if (r.next_run) {
          PlanRequest f = r;
          f.next_run->kind = WorkoutKind::long_run;
          cases.push_back(
              {Unknown::next_run_kind, s.next_run && s.next_run->kind == WorkoutKind::run, f});
        }
        if (s.next_race) {
          PlanRequest f = r;
          for (auto& race : f.races) {
            if (race.date == s.next_race->date) race.km = 42.2;
          }
          fill_km(f.next_run, s.next_race->date);
          cases.push_back({Unknown::next_race_distance, !s.next_race->km, f});
        }
        if (s.last_race) {
          PlanRequest f = r;
          for (auto& race : f.races) {
            if (race.date == s.last_race->date) race.km = 42.2;
          }
          fill_km(f.last_run, s.last_race->date);
          cases.push_back({Unknown::last_race_distance, !s.last_race->km, f});
        }
        for (const Case& c : cases) {
          INFO("last " << last << ", next " << next << ", races " << races.size()
                       << (races.empty() ? "" : " from " + races.front()) << ", unknown "
                       << static_cast<int>(c.unknown));
          CHECK(unknown_open(plan.facts, c.unknown) == c.open);
          if (!c.open) continue;
          CHECK(tried_facts(plan.facts, c.unknown) == situate(c.filled).facts);
          ++compared;
        }
      }
    }
  }
  CHECK(compared == 399);
}
