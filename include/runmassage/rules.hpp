// The rules engine: conditions over the registry's facts, and the decision they lead to.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runmassage/facts.hpp"

namespace runmassage {

/// A comparison, as named in json-rules-engine.
enum class Operator : std::uint8_t {
  equal,
  not_equal,
  less_than,
  less_than_inclusive,
  greater_than,
  greater_than_inclusive,
  in,
  not_in,
};

/// The operator's name as written in rules ("lessThanInclusive").
std::string_view operator_name(Operator op);
/// The operator with that name, if any.
std::optional<Operator> operator_from_name(std::string_view name);

/// A condition tree: all / any / not over leaves comparing a fact with a value.
struct Condition {
  enum class Kind : std::uint8_t { all, any, negation, compare };
  Kind kind = Kind::all;
  std::vector<Condition> children;  ///< for all, any (several) and negation (one)
  Fact fact = Fact::days_until_next_run;
  Operator op = Operator::equal;
  std::vector<double> values;  ///< one value, or the list for in / notIn; words as their index

  /// True when the condition holds for these facts.
  [[nodiscard]] bool holds(const Facts& facts) const;
};

/// What a rule does when it fires.
enum class Action : std::uint8_t { recommend, avoid };

/// One rule: when `condition` holds, recommend or avoid a massage type, for `reason`.
struct Rule {
  std::string id;
  int priority = 0;
  Condition condition;
  Action action = Action::recommend;
  std::size_t massage = 0;   ///< index into Catalogue::types
  std::string reason;        ///< written for the runner
  std::string short_reason;  ///< a few words of the reason, for tables
  /// The techniques to use instead of the type's own (indices into Catalogue::techniques).
  std::optional<std::vector<std::size_t>> techniques;
  std::optional<int> min_minutes;  ///< a session length instead of the type's own
  std::optional<int> max_minutes;
};

/// A massage type to avoid, and the rule that says so.
struct Avoidance {
  std::size_t massage;
  std::size_t rule;  ///< index into the rule list
};

/// The outcome of running the rules on one day's facts.
struct Decision {
  std::optional<std::size_t> recommended_rule;  ///< the rule whose massage is recommended
  std::vector<Avoidance> avoid;                 ///< one entry per avoided type, highest priority
  std::vector<std::size_t> fired;               ///< every rule that fired, in rule order
};

/// Rules ordered by priority, highest first; equal priorities keep their order in the file.
class RuleSet {
 public:
  RuleSet() = default;
  explicit RuleSet(std::vector<Rule> rules);

  /// Runs every rule: avoided types are collected first, then the highest-priority
  /// recommendation whose type is not avoided wins.
  [[nodiscard]] Decision decide(const Facts& facts) const;

  /// The same as decide(), reusing `decision`'s storage (for hot loops).
  void decide(const Facts& facts, Decision& decision) const;

  [[nodiscard]] const std::vector<Rule>& rules() const { return rules_; }

 private:
  std::vector<Rule> rules_;
};

}  // namespace runmassage
