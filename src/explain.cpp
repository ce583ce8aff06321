// Tracing a decision rule by rule and condition by condition, and rendering the trace.
#include "runmassage/explain.hpp"

#include <algorithm>
#include <charconv>

#include "runmassage/render.hpp"

namespace runmassage {
namespace {

using nlohmann::ordered_json;

ConditionTrace trace(const Condition& condition, const Facts& facts) {
  ConditionTrace out;
  out.condition = &condition;
  for (const Condition& child : condition.children) out.children.push_back(trace(child, facts));
  // The result is the engine's own, so the trace cannot disagree with the decision.
  out.result = condition.holds(facts);
  return out;
}

RuleOutcome outcome_of(std::size_t index, const Rule& rule, bool fired, const Decision& decision) {
  if (!fired) return RuleOutcome::not_fired;
  if (rule.action == Action::avoid) return RuleOutcome::avoided;
  if (decision.recommended_rule == index) return RuleOutcome::recommended;
  const bool avoided = std::any_of(decision.avoid.begin(), decision.avoid.end(),
                                   [&](const Avoidance& a) { return a.massage == rule.massage; });
  return avoided ? RuleOutcome::overruled : RuleOutcome::outranked;
}

std::string number_text(double value) {
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string one_value_text(Fact fact, double value) {
  if (fact_info(fact).type == FactType::word) return std::string(fact_word(value));
  return number_text(value);
}

ordered_json one_value_json(Fact fact, double value) {
  switch (fact_info(fact).type) {
    case FactType::days: return static_cast<int>(value);
    case FactType::number: return value;
    case FactType::word: return std::string(fact_word(value));
  }
  return nullptr;
}

std::string_view kind_label(Condition::Kind kind) {
  switch (kind) {
    case Condition::Kind::all: return "all";
    case Condition::Kind::any: return "any";
    case Condition::Kind::negation: return "not";
    case Condition::Kind::compare: return "";
  }
  return "";
}

void trace_text(const ConditionTrace& node, const Facts& facts, std::size_t depth,
                std::string& out) {
  const std::string indent(4 + 2 * depth, ' ');
  const Condition& c = *node.condition;
  const std::string result = node.result ? "true" : "false";
  if (c.kind == Condition::Kind::compare) {
    const std::string line = std::string(fact_name(c.fact)) + " " +
                             std::string(operator_name(c.op)) + " " + condition_value_text(c) +
                             ": " + result + " (it is " +
                             fact_value_text(c.fact, facts.get(c.fact)) + ")";
    out += wrap(line, indent, indent + "  ");
    return;
  }
  out += indent + std::string(kind_label(c.kind)) + ": " + result + "\n";
  for (const auto& child : node.children) trace_text(child, facts, depth + 1, out);
}

ordered_json trace_json(const ConditionTrace& node, const Facts& facts) {
  const Condition& c = *node.condition;
  ordered_json out;
  if (c.kind == Condition::Kind::compare) {
    out["fact"] = std::string(fact_name(c.fact));
    out["operator"] = std::string(operator_name(c.op));
    if (c.op == Operator::in || c.op == Operator::not_in) {
      ordered_json values = ordered_json::array();
      for (double v : c.values) values.push_back(one_value_json(c.fact, v));
      out["value"] = std::move(values);
    } else {
      out["value"] = one_value_json(c.fact, c.values.front());
    }
    const auto& value = facts.get(c.fact);
    out["fact_value"] = value ? one_value_json(c.fact, *value) : ordered_json(nullptr);
  } else if (c.kind == Condition::Kind::negation) {
    out["not"] = trace_json(node.children.front(), facts);
  } else {
    ordered_json children = ordered_json::array();
    for (const auto& child : node.children) children.push_back(trace_json(child, facts));
    out[std::string(kind_label(c.kind))] = std::move(children);
  }
  out["result"] = node.result;
  return out;
}

}  // namespace

std::string_view outcome_name(RuleOutcome outcome) {
  switch (outcome) {
    case RuleOutcome::recommended: return "recommended";
    case RuleOutcome::avoided: return "avoided";
    case RuleOutcome::overruled: return "overruled";
    case RuleOutcome::outranked: return "outranked";
    case RuleOutcome::not_fired: return "not-fired";
  }
  return "not-fired";
}

std::string condition_value_text(const Condition& condition) {
  if (condition.op != Operator::in && condition.op != Operator::not_in) {
    return one_value_text(condition.fact, condition.values.front());
  }
  std::string out = "[";
  for (std::size_t i = 0; i < condition.values.size(); ++i) {
    if (i > 0) out += ", ";
    out += one_value_text(condition.fact, condition.values[i]);
  }
  return out + "]";
}

std::string fact_value_text(Fact fact, const std::optional<double>& value) {
  return value ? one_value_text(fact, *value) : "absent";
}

std::vector<RuleTrace> explain_decision(const RuleSet& rules, const Facts& facts,
                                        const Decision& decision) {
  std::vector<RuleTrace> traces;
  const auto& list = rules.rules();
  traces.reserve(list.size());
  for (std::size_t i = 0; i < list.size(); ++i) {
    RuleTrace rule_trace;
    rule_trace.rule = i;
    rule_trace.conditions = trace(list[i].condition, facts);
    rule_trace.fired =
        std::find(decision.fired.begin(), decision.fired.end(), i) != decision.fired.end();
    rule_trace.outcome = outcome_of(i, list[i], rule_trace.fired, decision);
    traces.push_back(std::move(rule_trace));
  }
  return traces;
}

std::string explain_to_text(const std::vector<RuleTrace>& traces, const RuleSet& rules,
                            const Catalogue& catalogue, const Facts& facts) {
  std::string out = "Explained (every rule, highest priority first):\n";
  std::optional<std::size_t> winner;
  for (const auto& t : traces) {
    if (t.outcome == RuleOutcome::recommended) winner = t.rule;
  }
  for (const auto& t : traces) {
    const Rule& rule = rules.rules()[t.rule];
    const std::string& massage = catalogue.types[rule.massage].name;
    std::string what;
    switch (t.outcome) {
      case RuleOutcome::recommended: what = "recommended " + massage; break;
      case RuleOutcome::avoided: what = "avoided " + massage; break;
      case RuleOutcome::overruled: what = "fired, but " + massage + " is avoided"; break;
      case RuleOutcome::outranked:
        what = "fired, but " + (winner ? rules.rules()[*winner].id : std::string("another rule")) +
               " ranks higher";
        break;
      case RuleOutcome::not_fired: what = "did not fire"; break;
    }
    out += wrap(rule.id + " (priority " + std::to_string(rule.priority) + "): " + what, "  - ",
                "    ");
    trace_text(t.conditions, facts, 0, out);
  }
  return out;
}

nlohmann::ordered_json explain_to_json(const std::vector<RuleTrace>& traces, const RuleSet& rules,
                                       const Facts& facts) {
  ordered_json out = ordered_json::array();
  for (const auto& t : traces) {
    const Rule& rule = rules.rules()[t.rule];
    ordered_json item;
    item["rule"] = rule.id;
    item["priority"] = rule.priority;
    item["fired"] = t.fired;
    item["outcome"] = std::string(outcome_name(t.outcome));
    item["conditions"] = trace_json(t.conditions, facts);
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace runmassage
