// Reading rules.json into the rule set, refusing anything malformed with its location.
#include "runmassage/rules_json.hpp"

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "runmassage/facts.hpp"
#include "runmassage/json_node.hpp"
#include "runmassage/massages_json.hpp"

namespace runmassage {
namespace {

using detail::Node;
using detail::type_name;

constexpr std::size_t max_short_reason = 40;  // fits the "why" column of the week table

// A rule value for `fact`: a number for day and distance facts, one of the words for word facts.
double fact_value(const Node& value, const FactInfo& fact) {
  if (fact.type == FactType::word) {
    if (!value.value().is_string()) {
      value.fail("the word fact \"" + std::string(fact.name) + "\" compares with words (" +
                 fact_words() + "), not " + type_name(value.value()));
    }
    auto word = fact_word_value(value.text());
    if (!word) {
      value.fail("unknown " + std::string(fact.name) + " \"" + value.text() + "\" (expected " +
                 fact_words() + ")");
    }
    return *word;
  }
  if (!value.value().is_number()) {
    value.fail("the " + std::string(fact_type_name(fact.type)) + " fact \"" +
               std::string(fact.name) + "\" compares with numbers, not " +
               type_name(value.value()));
  }
  return value.number(-100000, 100000);  // far beyond any calendar or distance question
}

Condition parse_condition(const Node& node, int depth) {
  if (depth > max_condition_depth) {
    node.fail("conditions nested deeper than " + std::to_string(max_condition_depth) + " levels");
  }
  if (!node.value().is_object()) node.fail("expected a condition object");
  Condition condition;
  if (node.has("all") || node.has("any")) {
    bool all = node.has("all");
    node.expect_object({all ? "all" : "any"});
    condition.kind = all ? Condition::Kind::all : Condition::Kind::any;
    for (const auto& child : node.at(all ? "all" : "any").elements()) {
      condition.children.push_back(parse_condition(child, depth + 1));
    }
    return condition;
  }
  if (node.has("not")) {
    node.expect_object({"not"});
    condition.kind = Condition::Kind::negation;
    condition.children.push_back(parse_condition(node.at("not"), depth + 1));
    return condition;
  }
  if (!node.has("fact")) node.fail("expected \"all\", \"any\", \"not\" or \"fact\"");
  node.expect_object({"fact", "operator", "value"});
  condition.kind = Condition::Kind::compare;
  auto fact = fact_from_name(node.at("fact").text());
  if (!fact) {
    node.at("fact").fail("unknown fact \"" + node.at("fact").text() + "\" (expected " +
                         fact_names() + ")");
  }
  condition.fact = *fact;
  auto op = operator_from_name(node.at("operator").text());
  if (!op) {
    node.at("operator")
        .fail("unknown operator \"" + node.at("operator").text() +
              "\" (expected equal, notEqual, lessThan, lessThanInclusive, "
              "greaterThan, greaterThanInclusive, in or notIn)");
  }
  condition.op = *op;
  const FactInfo& info = fact_info(*fact);
  const bool list = *op == Operator::in || *op == Operator::not_in;
  if (info.type == FactType::word && !list && *op != Operator::equal &&
      *op != Operator::not_equal) {
    node.at("operator")
        .fail("\"" + std::string(operator_name(*op)) + "\" does not apply to the word fact \"" +
              std::string(info.name) + "\" (expected equal, notEqual, in or notIn)");
  }
  auto value_of = [&](const Node& value) { return fact_value(value, info); };
  Node value = node.at("value");
  if (list) {
    for (const auto& element : value.elements()) condition.values.push_back(value_of(element));
  } else {
    condition.values.push_back(value_of(value));
  }
  return condition;
}

}  // namespace

RuleSet parse_rules(const DataFile& file, const Catalogue& catalogue) {
  nlohmann::json root = detail::parse_json(file);
  Node top(root, file.name, "");
  top.expect_object({"rules"});
  auto nodes = top.at("rules").elements();
  std::vector<Rule> rules;
  for (const auto& node : nodes) {
    node.expect_object({"id", "priority", "conditions", "event"});
    Rule rule;
    rule.id = node.at("id").text();
    rule.priority = node.at("priority").integer(-1000000, 1000000);
    rule.condition = parse_condition(node.at("conditions"), 1);
    Node event = node.at("event");
    event.expect_object({"type", "params"});
    std::string type = event.at("type").text();
    if (type == "recommend") {
      rule.action = Action::recommend;
    } else if (type == "avoid") {
      rule.action = Action::avoid;
    } else {
      event.at("type").fail("unknown event type \"" + type + "\" (expected recommend or avoid)");
    }
    Node params = event.at("params");
    params.expect_object({"massage", "reason"}, {"short", "techniques", "minutes"});
    auto massage = catalogue.find_type(params.at("massage").text());
    if (!massage)
      params.at("massage").fail("unknown massage type \"" + params.at("massage").text() + "\"");
    rule.massage = *massage;
    if (params.has("techniques")) {
      if (rule.action != Action::recommend) {
        params.at("techniques").fail("only a recommend rule names techniques");
      }
      rule.techniques.emplace();
      for (const auto& ref : params.at("techniques").elements()) {
        auto index = catalogue.find_technique(ref.text());
        if (!index) ref.fail("unknown technique \"" + ref.text() + "\"");
        rule.techniques->push_back(*index);
      }
      // The type's own list, spelled out, is no change of session: kept as "the type's own",
      // so the plan does not offer the same session as another (planner.cpp, same_session).
      if (*rule.techniques == catalogue.types[rule.massage].techniques) rule.techniques.reset();
    }
    if (params.has("minutes")) {
      Node minutes = params.at("minutes");
      if (rule.action != Action::recommend) minutes.fail("only a recommend rule sets minutes");
      auto [min, max] = detail::parse_minutes(minutes);
      const MassageType& own = catalogue.types[rule.massage];
      if (min != own.min_minutes || max != own.max_minutes) {  // else the type's own
        rule.min_minutes = min;
        rule.max_minutes = max;
      }
    }
    rule.reason = params.at("reason").text();
    if (params.has("short")) {
      rule.short_reason = params.at("short").text();
      if (rule.short_reason.size() > max_short_reason) {
        params.at("short").fail("longer than " + std::to_string(max_short_reason) + " characters");
      }
    } else {
      // Without a short form the id reads well enough: "rest-day" becomes "rest day".
      rule.short_reason = rule.id;
      for (char& c : rule.short_reason) {
        if (c == '-' || c == '_') c = ' ';
      }
    }
    rules.push_back(std::move(rule));
  }
  detail::check_unique_ids(rules, nodes);
  return RuleSet(std::move(rules));
}

}  // namespace runmassage
