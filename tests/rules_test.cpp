// The rules engine: each operator, all/any/not, absent facts, priorities and avoidance.
#include "catch.hpp"

#include "runmassage/rules.hpp"

using namespace runmassage;

namespace {

Condition leaf(Fact fact, Operator op, std::vector<double> values) {
  Condition c;
  c.kind = Condition::Kind::compare;
  c.fact = fact;
  c.op = op;
  c.values = std::move(values);
  return c;
}

Condition group(Condition::Kind kind, std::vector<Condition> children) {
  Condition c;
  c.kind = kind;
  c.children = std::move(children);
  return c;
}

Facts next_run_in(std::optional<double> days) {
  Facts facts;
  facts.set(Fact::days_until_next_run, days);
  return facts;
}

bool holds(Operator op, std::vector<double> values, std::optional<double> fact) {
  return leaf(Fact::days_until_next_run, op, std::move(values)).holds(next_run_in(fact));
}

Rule rule(std::string id, int priority, Action action, std::size_t massage, Condition when) {
  Rule made;
  made.id = std::move(id);
  made.priority = priority;
  made.condition = std::move(when);
  made.action = action;
  made.massage = massage;
  made.reason = made.short_reason = "because";
  return made;
}

const Condition always = group(Condition::Kind::all, {});

}  // namespace

TEST_CASE("decimal values and word facts compare by value", "[rules]") {
  Facts facts;
  facts.set(Fact::next_race_km, 21.1);
  facts.set(Fact::next_run_kind, *fact_word_value("long"));
  CHECK(leaf(Fact::next_race_km, Operator::less_than_inclusive, {21.1}).holds(facts));
  CHECK_FALSE(leaf(Fact::next_race_km, Operator::greater_than, {21.1}).holds(facts));
  CHECK(leaf(Fact::next_race_km, Operator::greater_than, {21.0999}).holds(facts));
  const double long_run = *fact_word_value("long");
  const double hard = *fact_word_value("hard");
  CHECK(leaf(Fact::next_run_kind, Operator::equal, {long_run}).holds(facts));
  CHECK_FALSE(leaf(Fact::next_run_kind, Operator::not_equal, {long_run}).holds(facts));
  CHECK(leaf(Fact::next_run_kind, Operator::in, {hard, long_run}).holds(facts));
  CHECK_FALSE(leaf(Fact::next_run_kind, Operator::not_in, {hard, long_run}).holds(facts));
  CHECK_FALSE(leaf(Fact::last_run_kind, Operator::not_in, {hard}).holds(facts));  // absent
}

TEST_CASE("operators compare a fact with a value", "[rules]") {
  CHECK(holds(Operator::equal, {2}, 2));
  CHECK_FALSE(holds(Operator::equal, {2}, 3));
  CHECK(holds(Operator::not_equal, {2}, 3));
  CHECK_FALSE(holds(Operator::not_equal, {2}, 2));
  CHECK(holds(Operator::less_than, {2}, 1));
  CHECK_FALSE(holds(Operator::less_than, {2}, 2));
  CHECK(holds(Operator::less_than_inclusive, {2}, 2));
  CHECK_FALSE(holds(Operator::less_than_inclusive, {2}, 3));
  CHECK(holds(Operator::greater_than, {2}, 3));
  CHECK_FALSE(holds(Operator::greater_than, {2}, 2));
  CHECK(holds(Operator::greater_than_inclusive, {2}, 2));
  CHECK_FALSE(holds(Operator::greater_than_inclusive, {2}, 1));
  CHECK(holds(Operator::in, {1, 3, 5}, 3));
  CHECK_FALSE(holds(Operator::in, {1, 3, 5}, 2));
  CHECK(holds(Operator::not_in, {1, 3, 5}, 2));
  CHECK_FALSE(holds(Operator::not_in, {1, 3, 5}, 5));
}

TEST_CASE("a comparison on an absent fact is false, whatever the operator", "[rules]") {
  for (Operator op :
       {Operator::equal, Operator::not_equal, Operator::less_than, Operator::less_than_inclusive,
        Operator::greater_than, Operator::greater_than_inclusive, Operator::in, Operator::not_in}) {
    CHECK_FALSE(holds(op, {1}, std::nullopt));
  }
  Condition negated =
      group(Condition::Kind::negation, {leaf(Fact::days_until_next_run, Operator::equal, {0})});
  CHECK(negated.holds(next_run_in(std::nullopt)));
  CHECK_FALSE(negated.holds(next_run_in(0)));
}

TEST_CASE("all, any and not combine conditions", "[rules]") {
  Condition one = leaf(Fact::days_until_next_run, Operator::greater_than, {1});
  Condition two = leaf(Fact::days_until_next_run, Operator::less_than, {4});
  Condition both = group(Condition::Kind::all, {one, two});
  Condition either = group(Condition::Kind::any, {one, two});
  CHECK(both.holds(next_run_in(2)));
  CHECK_FALSE(both.holds(next_run_in(5)));
  CHECK(either.holds(next_run_in(5)));
  CHECK_FALSE(group(Condition::Kind::any, {one}).holds(next_run_in(0)));
  CHECK(always.holds(Facts{}));
  CHECK_FALSE(group(Condition::Kind::any, {}).holds(Facts{}));
  CHECK(group(Condition::Kind::negation, {both}).holds(next_run_in(5)));
}

TEST_CASE("the highest-priority recommendation wins; ties keep file order", "[rules]") {
  RuleSet rules({rule("low", 10, Action::recommend, 0, always),
                 rule("high", 50, Action::recommend, 1, always),
                 rule("tie-second", 50, Action::recommend, 2, always)});
  Decision decision = rules.decide(Facts{});
  REQUIRE(decision.recommended_rule);
  CHECK(rules.rules()[*decision.recommended_rule].id == "high");
  std::vector<std::string> fired;
  for (auto index : decision.fired) fired.push_back(rules.rules()[index].id);
  CHECK(fired == std::vector<std::string>{"high", "tie-second", "low"});
  CHECK(decision.avoid.empty());
}

TEST_CASE("an avoided type is never recommended, even by a higher-priority rule", "[rules]") {
  RuleSet rules({rule("deep", 90, Action::recommend, 2, always),
                 rule("no-deep", 10, Action::avoid, 2, always),
                 rule("no-deep-again", 5, Action::avoid, 2, always),
                 rule("swedish", 20, Action::recommend, 3, always)});
  Decision decision = rules.decide(Facts{});
  REQUIRE(decision.recommended_rule);
  CHECK(rules.rules()[*decision.recommended_rule].id == "swedish");
  REQUIRE(decision.avoid.size() == 1);
  CHECK(decision.avoid[0].massage == 2);
  CHECK(rules.rules()[decision.avoid[0].rule].id == "no-deep");
}

TEST_CASE("no recommendation when nothing recommendable fires", "[rules]") {
  RuleSet rules({rule("only", 1, Action::recommend, 0,
                      leaf(Fact::days_since_last_race, Operator::equal, {1}))});
  Decision decision = rules.decide(Facts{});
  CHECK_FALSE(decision.recommended_rule);
  CHECK(decision.fired.empty());
}

TEST_CASE("fact and operator names round-trip", "[rules]") {
  CHECK(fact_name(Fact::days_since_last_race) == "days_since_last_race");
  CHECK(fact_from_name("days_until_next_race") == Fact::days_until_next_race);
  CHECK_FALSE(fact_from_name("days_until_next_ride"));
  CHECK(operator_name(Operator::greater_than_inclusive) == "greaterThanInclusive");
  CHECK(operator_from_name("notIn") == Operator::not_in);
  CHECK_FALSE(operator_from_name("equals"));
}
