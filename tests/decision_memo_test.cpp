// The decision memo answers exactly as the rules do, on the default rules and on rules whose
// numbers a class lookup could get wrong.
#include "catch.hpp"
#include "support.hpp"

#include <cmath>
#include <limits>
#include <random>

#include "runmassage/decision_memo.hpp"
#include "runmassage/rules.hpp"

using namespace runmassage;

namespace {

Condition compare(Fact fact, Operator op, std::vector<double> values) {
  Condition c;
  c.kind = Condition::Kind::compare;
  c.fact = fact;
  c.op = op;
  c.values = std::move(values);
  return c;
}

Rule rule(std::string id, int priority, Condition condition, Action action, std::size_t massage) {
  Rule r;
  r.id = std::move(id);
  r.priority = priority;
  r.condition = std::move(condition);
  r.action = action;
  r.massage = massage;
  return r;
}

// Random facts: day counts around the rules' numbers, distances from a few races and odd
// values, kinds, and each fact absent one time in four.
Facts random_facts(std::mt19937& random) {
  const double kms[] = {5, 10, 21.0975, 21.1, 42.195, 42.2, 50, 0.4, 12.872, 100.5};
  Facts facts;
  for (const auto& row : fact_table) {
    if (random() % 4 == 0) continue;
    double value = 0;
    switch (row.type) {
      case FactType::days: value = static_cast<double>(random() % 40) - 5; break;
      case FactType::number: value = kms[random() % std::size(kms)]; break;
      case FactType::word: value = static_cast<double>(1 + random() % 5); break;
    }
    facts.set(row.fact, value);
  }
  return facts;
}

void check_same(const RuleSet& rules, std::uint32_t seed, int rounds) {
  DecisionMemo memo(rules);
  std::mt19937 random(seed);
  for (int i = 0; i < rounds; ++i) {
    const Facts facts = random_facts(random);
    const Decision expected = rules.decide(facts);
    const Decision& remembered = memo.decide(facts);
    CHECK(remembered.recommended_rule == expected.recommended_rule);
    CHECK(remembered.fired == expected.fired);
    REQUIRE(remembered.avoid.size() == expected.avoid.size());
    for (std::size_t a = 0; a < expected.avoid.size(); ++a) {
      CHECK(remembered.avoid[a].massage == expected.avoid[a].massage);
      CHECK(remembered.avoid[a].rule == expected.avoid[a].rule);
    }
  }
}

}  // namespace

TEST_CASE("the memo decides as the default rules do", "[memo]") {
  check_same(test::knowledge().rules, 7, 20000);
  DecisionMemo memo(test::knowledge().rules);
  std::mt19937 random(7);
  for (int i = 0; i < 20000; ++i) memo.decide(random_facts(random));
  // Far fewer classes than the 20,000 situations: that is what makes it pay.
  CHECK(memo.size() < 2000);
}

TEST_CASE("the memo tells apart values on each side of and equal to every number", "[memo]") {
  // Numbers between whole days and equal to distances, every operator, lists, nesting.
  Condition near_race;
  near_race.kind = Condition::Kind::all;
  near_race.children = {compare(Fact::days_until_next_race, Operator::less_than_inclusive, {2.5}),
                        compare(Fact::next_race_km, Operator::greater_than, {21.0975})};
  Condition listed = compare(Fact::days_since_last_run, Operator::in, {0, 3, 7});
  Condition not_listed;
  not_listed.kind = Condition::Kind::negation;
  not_listed.children = {compare(Fact::next_run_kind, Operator::not_in, {3, 4})};
  Condition either;
  either.kind = Condition::Kind::any;
  either.children = {compare(Fact::last_race_km, Operator::equal, {42.195}),
                     compare(Fact::days_until_next_run, Operator::greater_than_inclusive, {-2}),
                     compare(Fact::days_since_last_race, Operator::not_equal, {1})};
  const RuleSet rules(
      {rule("near", 90, near_race, Action::avoid, 1),
       rule("listed", 80, listed, Action::recommend, 1),
       rule("kind", 70, not_listed, Action::recommend, 2),
       rule("either", 60, either, Action::recommend, 0),
       rule("far", 50, compare(Fact::days_until_next_race, Operator::less_than, {300}),
            Action::recommend, 3)});
  check_same(rules, 11, 20000);

  // A value beyond the whole-day table and a fraction of a day, looked up by search.
  DecisionMemo memo(rules);
  Facts facts;
  facts.set(Fact::next_run_kind, 1);  // a run, so "kind" does not fire
  facts.set(Fact::days_until_next_race, 299.5);
  CHECK(memo.decide(facts).recommended_rule == 4);
  facts.set(Fact::days_until_next_race, 300);
  CHECK(memo.decide(facts).fired.empty());
  facts.set(Fact::days_until_next_race, 2.5);
  facts.set(Fact::next_race_km, 21.1);
  const Decision& decision = memo.decide(facts);
  CHECK(decision.fired == std::vector<std::size_t>{0, 4});
  CHECK(decision.recommended_rule == 4);
}

TEST_CASE("the memo steps aside for values with no class", "[memo]") {
  const RuleSet rules({rule("high", 10, compare(Fact::load_ratio, Operator::greater_than, {1.5}),
                            Action::recommend, 0),
                       rule("other", 5, compare(Fact::load_ratio, Operator::not_equal, {1.5}),
                            Action::recommend, 1)});
  DecisionMemo memo(rules);
  Facts facts;
  facts.set(Fact::load_ratio, std::numeric_limits<double>::quiet_NaN());
  const Decision& decision = memo.decide(facts);
  // NaN compares false with everything but !=, as the rules compare it; nothing remembered.
  CHECK(decision.fired == rules.decide(facts).fired);
  CHECK(memo.size() == 0);
}

TEST_CASE("the memo starts afresh when full, and still decides as the rules do", "[memo]") {
  // Three day counts compared with every whole number from -5 to 34: far more classes than
  // the memo keeps, so it fills, empties and fills again.
  std::vector<double> days;
  for (int day = -5; day < 35; ++day) days.push_back(day);
  const RuleSet rules(
      {rule("next", 30, compare(Fact::days_until_next_run, Operator::in, days), Action::avoid, 1),
       rule("last", 20, compare(Fact::days_since_last_run, Operator::not_in, days),
            Action::recommend, 2),
       rule("race", 10, compare(Fact::days_until_next_race, Operator::in, days), Action::recommend,
            0)});
  check_same(rules, 5, 60000);
  DecisionMemo memo(rules);
  std::mt19937 random(5);
  for (int i = 0; i < 60000; ++i) memo.decide(random_facts(random));
  CHECK(memo.size() <= 4096);
}
