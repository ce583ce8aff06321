// The fact registry: one row per fact, in Fact order, computed from the situation, and the
// table in docs/rules.md that lists exactly these facts.
#include <fstream>
#include <set>
#include <sstream>

#include "catch.hpp"
#include "runmassage/facts.hpp"
#include "support.hpp"

using namespace runmassage;

TEST_CASE("the registry has one row per fact, in Fact order, with unique names", "[facts]") {
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < fact_table.size(); ++i) {
    CHECK(fact_table[i].fact == static_cast<Fact>(i));
    CHECK(names.insert(fact_table[i].name).second);
    CHECK(fact_from_name(fact_table[i].name) == static_cast<Fact>(i));
  }
  CHECK_FALSE(fact_from_name("days_until_next_ride"));
  CHECK(fact_names().rfind("days_until_next_run, days_since_last_run, ", 0) == 0);
  CHECK(fact_words() == "run, easy, long, hard, race");
  CHECK(fact_word_value("long") == static_cast<double>(WorkoutKind::long_run));
  CHECK_FALSE(fact_word_value("rest"));
  CHECK(fact_word(static_cast<double>(WorkoutKind::hard)) == "hard");
}

TEST_CASE("facts are computed from the situation, absent when it says nothing", "[facts]") {
  Situation s;
  s.today = test::day("2024-05-02");
  Facts none = compute_facts(s);
  for (const auto& row : fact_table) CHECK_FALSE(none.get(row.fact));

  s.next_run = test::run_on(test::day("2024-05-04"), WorkoutKind::long_run);
  s.next_run->km = 30;
  s.next_key = s.next_run->date;
  s.last_race = test::run_on(test::day("2024-04-28"), WorkoutKind::race);
  Facts some = compute_facts(s);
  CHECK(some.get(Fact::days_until_next_run) == 2);
  CHECK(some.get(Fact::next_run_km) == 30);
  CHECK(some.get(Fact::next_run_kind) == static_cast<double>(WorkoutKind::long_run));
  CHECK(some.get(Fact::days_until_next_key_workout) == 2);
  CHECK(some.get(Fact::days_since_last_race) == 4);
  CHECK_FALSE(some.get(Fact::last_race_km));  // a race of unknown distance
  CHECK_FALSE(some.get(Fact::days_since_last_run));
}

TEST_CASE("docs/rules.md lists exactly the registry's facts, in order, with their types",
          "[facts][docs]") {
  std::ifstream in(std::string(RUNMASSAGE_SOURCE_DIR) + "/docs/rules.md");
  REQUIRE(in);
  std::string line;
  bool in_table = false;
  std::vector<std::pair<std::string, std::string>> rows;  // name, type
  while (std::getline(in, line)) {
    if (line.rfind("| fact | type |", 0) == 0) {
      in_table = true;
      continue;
    }
    if (!in_table) continue;
    if (line.empty() || line[0] != '|') break;
    if (line.rfind("|---", 0) == 0) continue;
    // "| `name` | type | ..."
    const auto name_start = line.find('`') + 1;
    const auto name_end = line.find('`', name_start);
    const auto type_start = line.find("| ", name_end) + 2;
    const auto type_end = line.find(' ', type_start);
    rows.emplace_back(line.substr(name_start, name_end - name_start),
                      line.substr(type_start, type_end - type_start));
  }
  REQUIRE(rows.size() == fact_count);
  for (std::size_t i = 0; i < fact_count; ++i) {
    CHECK(rows[i].first == fact_table[i].name);
    CHECK(rows[i].second == fact_type_name(fact_table[i].type));
  }
}
