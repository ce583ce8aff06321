// Rendering helpers: word wrapping and the shape of the JSON.
#include "catch.hpp"

#include "runmassage/render.hpp"
#include "support.hpp"

using namespace runmassage;
using test::around;

TEST_CASE("wrap breaks at spaces within the width and indents the rest", "[render]") {
  CHECK(wrap("one two three four", "> ", "  ", 10) == "> one two\n  three\n  four\n");
  CHECK(wrap("short", "", "", 80) == "short\n");
  CHECK(wrap("", "- ", "  ", 80) == "- \n");
  // A word longer than the width stands alone rather than being cut.
  CHECK(wrap("a verylongwordindeed b", "", "", 8) == "a\nverylongwordindeed\nb\n");
}

TEST_CASE("plan JSON keeps its documented keys in order", "[render]") {
  Knowledge knowledge = default_knowledge();
  Date today = *parse_iso_date("2024-05-02");
  Plan plan = make_plan(knowledge.rules, around(today, -1, 1));
  auto json = plan_to_json(plan, knowledge);
  std::vector<std::string> keys;
  for (const auto& item : json.items()) keys.push_back(item.key());
  CHECK(keys == std::vector<std::string>{"schema", "date", "last_run", "next_run", "last_race",
                                         "next_race", "days_since_last_run", "days_until_next_run",
                                         "days_since_last_race", "days_until_next_race", "facts",
                                         "recommended", "avoid", "rules", "assumptions"});
  std::vector<std::string> facts;
  for (const auto& item : json["facts"].items()) facts.push_back(item.key());
  CHECK(facts.size() == fact_count);
  for (std::size_t i = 0; i < fact_table.size(); ++i) {
    CHECK(facts[i] == fact_table[i].name);
    CHECK(fact_table[i].fact == static_cast<Fact>(i));  // the registry is in Fact order
  }
  CHECK(json["facts"]["next_run_kind"] == "run");
  CHECK(json["facts"]["next_run_km"].is_null());
  CHECK(json["facts"]["days_until_next_run"] == 1);
  CHECK(json["schema"] == "runmassage/plan/v2");
  std::vector<std::string> recommended;
  for (const auto& item : json["recommended"].items()) recommended.push_back(item.key());
  CHECK(recommended == std::vector<std::string>{"id", "name", "rule", "why", "short", "minutes",
                                                "techniques", "focus"});
  CHECK(
      json["avoid"] ==
      nlohmann::ordered_json::parse(
          R"([{"id":"deep-tissue","name":"Deep tissue massage",)"
          R"("rule":"no-deep-tissue-within-a-day-of-a-run","why":"Deep work often leaves )"
          R"(muscles sore the next day, so keep it away from a run that is today or tomorrow."}])"));
  CHECK(json["recommended"]["rule"] == "run-tomorrow");
  CHECK(json["recommended"]["id"] == "swedish");
  CHECK(json["recommended"]["techniques"][0]["id"] == "effleurage");
  CHECK(json["recommended"]["techniques"][0].contains("description"));
  auto brief = plan_to_json(plan, knowledge, Detail::brief);
  CHECK_FALSE(brief["recommended"]["techniques"][0].contains("description"));
  CHECK(brief["recommended"]["techniques"][0]["name"] == "Effleurage");
}

TEST_CASE("every line of plan text fits 80 columns", "[render]") {
  Knowledge knowledge = default_knowledge();
  Date today = *parse_iso_date("2024-05-02");
  for (int next = 0; next < 4; ++next) {
    for (int last = -3; last <= 0; ++last) {
      Plan plan = make_plan(knowledge.rules, around(today, last, next));
      std::string text = plan_to_text(plan, knowledge);
      std::size_t start = 0;
      while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        CHECK(end - start <= 80);
        start = end + 1;
      }
    }
  }
}

TEST_CASE("plan text carries colour only when asked, and says the same words", "[render]") {
  Knowledge knowledge = default_knowledge();
  Date today = *parse_iso_date("2024-05-02");
  Plan plan = make_plan(knowledge.rules, around(today, -1, 1));
  std::string plain = plan_to_text(plan, knowledge);
  std::string coloured = plan_to_text(plan, knowledge, Colour::on);
  CHECK(plain.find('\033') == std::string::npos);
  CHECK(coloured.find("\033[1;32mBook: Swedish massage (45-60 minutes)\033[0m\n") !=
        std::string::npos);
  CHECK(coloured.find("\033[1;33mAvoid:\033[0m\n") != std::string::npos);
  // Without the escape codes the coloured text is the plain text.
  std::string stripped;
  for (std::size_t i = 0; i < coloured.size(); ++i) {
    if (coloured[i] == '\033') {
      i = coloured.find('m', i);
      continue;
    }
    stripped += coloured[i];
  }
  CHECK(stripped == plain);
}
