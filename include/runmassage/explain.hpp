// Why a decision came out as it did: every rule, each condition with the fact it saw.
#pragma once

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "runmassage/catalogue.hpp"
#include "runmassage/rules.hpp"

namespace runmassage {

/// What one rule did in a decision.
enum class RuleOutcome : std::uint8_t {
  recommended,  ///< a recommend rule that decided the recommendation
  avoided,      ///< an avoid rule that fired
  overruled,    ///< a recommend rule that fired, but its massage is avoided
  outranked,    ///< a recommend rule that fired, but one of higher priority won
  not_fired,    ///< its conditions did not hold
};

/// "recommended", "avoided", "overruled", "outranked", "not-fired".
std::string_view outcome_name(RuleOutcome outcome);

/// One node of a rule's condition tree and whether it held; leaves read the fact from `facts`.
struct ConditionTrace {
  const Condition* condition = nullptr;
  bool result = false;
  std::vector<ConditionTrace> children;  ///< in the condition's order
};

/// One rule's part in a decision.
struct RuleTrace {
  std::size_t rule = 0;  ///< index into RuleSet::rules (priority order)
  bool fired = false;
  RuleOutcome outcome = RuleOutcome::not_fired;
  ConditionTrace conditions;
};

/// Every rule in priority order with each condition's result, for a decision already made on
/// `facts`. Computed only when asked for (`--explain`): deciding does not need it.
std::vector<RuleTrace> explain_decision(const RuleSet& rules, const Facts& facts,
                                        const Decision& decision);

/// The explanation as the text section `--explain` adds to a plan.
std::string explain_to_text(const std::vector<RuleTrace>& traces, const RuleSet& rules,
                            const Catalogue& catalogue, const Facts& facts);

/// The explanation as the JSON `explain` list (docs/json.md).
nlohmann::ordered_json explain_to_json(const std::vector<RuleTrace>& traces, const RuleSet& rules,
                                       const Facts& facts);

/// A condition's value in words: "4", "21.1", "long", "[1, 2]"; words facts by their words.
std::string condition_value_text(const Condition& condition);

/// A fact's value in words ("3", "42.2", "long") or "absent".
std::string fact_value_text(Fact fact, const std::optional<double>& value);

}  // namespace runmassage
