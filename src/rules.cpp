// Evaluating rule conditions and settling what to recommend and avoid.
#include "runmassage/rules.hpp"

#include <algorithm>
#include <array>

namespace runmassage {
namespace {

constexpr std::array<std::string_view, 8> operator_names = {
    "equal", "notEqual", "lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive",
    "in",    "notIn"};

bool compare(Operator op, double fact, const std::vector<double>& values) {
  switch (op) {
    case Operator::equal: return fact == values.front();
    case Operator::not_equal: return fact != values.front();
    case Operator::less_than: return fact < values.front();
    case Operator::less_than_inclusive: return fact <= values.front();
    case Operator::greater_than: return fact > values.front();
    case Operator::greater_than_inclusive: return fact >= values.front();
    case Operator::in: return std::find(values.begin(), values.end(), fact) != values.end();
    case Operator::not_in: return std::find(values.begin(), values.end(), fact) == values.end();
  }
  return false;
}

}  // namespace

std::string_view operator_name(Operator op) { return operator_names[static_cast<std::size_t>(op)]; }

std::optional<Operator> operator_from_name(std::string_view name) {
  for (std::size_t i = 0; i < operator_names.size(); ++i) {
    if (operator_names[i] == name) return static_cast<Operator>(i);
  }
  return std::nullopt;
}

bool Condition::holds(const Facts& facts) const {
  switch (kind) {
    case Kind::all:
      return std::all_of(children.begin(), children.end(),
                         [&](const Condition& c) { return c.holds(facts); });
    case Kind::any:
      return std::any_of(children.begin(), children.end(),
                         [&](const Condition& c) { return c.holds(facts); });
    case Kind::negation: return !children.front().holds(facts);
    case Kind::compare: {
      const auto& value = facts.get(fact);
      return value.has_value() && compare(op, *value, values);
    }
  }
  return false;
}

RuleSet::RuleSet(std::vector<Rule> rules) : rules_(std::move(rules)) {
  const auto higher = [](const Rule& a, const Rule& b) { return a.priority > b.priority; };
  // The built-in rules come already in this order; a sort would still move every rule.
  if (!std::is_sorted(rules_.begin(), rules_.end(), higher)) {
    std::stable_sort(rules_.begin(), rules_.end(), higher);
  }
}

Decision RuleSet::decide(const Facts& facts) const {
  Decision decision;
  decide(facts, decision);
  return decision;
}

void RuleSet::decide(const Facts& facts, Decision& decision) const {
  decision.recommended_rule.reset();
  decision.avoid.clear();
  decision.fired.clear();
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    if (rules_[i].condition.holds(facts)) decision.fired.push_back(i);
  }
  // Avoidance first: an avoided type is never recommended, whatever the priorities.
  for (std::size_t i : decision.fired) {
    const Rule& rule = rules_[i];
    if (rule.action != Action::avoid) continue;
    bool seen = std::any_of(decision.avoid.begin(), decision.avoid.end(),
                            [&](const Avoidance& a) { return a.massage == rule.massage; });
    if (!seen) decision.avoid.push_back({rule.massage, i});
  }
  for (std::size_t i : decision.fired) {
    const Rule& rule = rules_[i];
    if (rule.action != Action::recommend) continue;
    bool avoided = std::any_of(decision.avoid.begin(), decision.avoid.end(),
                               [&](const Avoidance& a) { return a.massage == rule.massage; });
    if (!avoided) {
      decision.recommended_rule = i;
      break;
    }
  }
}

}  // namespace runmassage
