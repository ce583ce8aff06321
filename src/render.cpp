// Text and JSON renderings; they read the same Plan, so they cannot disagree.
#include "runmassage/render.hpp"

namespace runmassage {
namespace {

using nlohmann::ordered_json;

ordered_json date_or_null(const std::optional<Date>& day) {
  return day ? ordered_json(to_iso(*day)) : ordered_json(nullptr);
}

ordered_json number_or_null(const std::optional<int>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

std::string joined(const std::vector<std::string>& items, std::string_view separator = ", ") {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string minutes_text(const MassageType& type) {
  if (type.min_minutes == type.max_minutes) return std::to_string(type.min_minutes) + " minutes";
  return std::to_string(type.min_minutes) + "-" + std::to_string(type.max_minutes) + " minutes";
}

ordered_json technique_json(const Technique& technique, Detail detail) {
  ordered_json out;
  out["id"] = technique.id;
  out["name"] = technique.name;
  if (detail == Detail::full) out["description"] = technique.description;
  out["targets"] = technique.targets;
  return out;
}

std::string day_line(std::string_view label, const std::optional<Date>& day, const Date& today) {
  std::string line = "  " + std::string(label);
  line.resize(13, ' ');
  if (!day) return line + "not given\n";
  return line + to_long(*day) + ", " + relative_words(days_between(today, *day)) + "\n";
}

}  // namespace

std::string wrap(std::string_view text, std::string_view first, std::string_view rest,
                 std::size_t width) {
  std::string out(first);
  std::size_t column = first.size();
  bool line_empty = true;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos >= text.size()) break;
    std::size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(pos, end - pos);
    if (!line_empty && column + 1 + word.size() > width) {
      out += '\n';
      out += rest;
      column = rest.size();
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++column;
    }
    out += word;
    column += word.size();
    line_empty = false;
    pos = end;
  }
  out += '\n';
  return out;
}

ordered_json decision_to_json(const Decision& decision, const Knowledge& knowledge, Detail detail) {
  const auto& rules = knowledge.rules.rules();
  const auto& catalogue = knowledge.catalogue;
  ordered_json out;
  if (decision.recommended_rule) {
    const Rule& rule = rules[*decision.recommended_rule];
    const MassageType& type = catalogue.types[rule.massage];
    ordered_json recommended;
    recommended["id"] = type.id;
    recommended["name"] = type.name;
    recommended["why"] = rule.reason;
    recommended["minutes"] = {{"min", type.min_minutes}, {"max", type.max_minutes}};
    ordered_json techniques = ordered_json::array();
    for (std::size_t index : type.techniques) {
      techniques.push_back(technique_json(catalogue.techniques[index], detail));
    }
    recommended["techniques"] = std::move(techniques);
    recommended["focus"] = catalogue.focus;
    out["recommended"] = std::move(recommended);
  } else {
    out["recommended"] = nullptr;
  }
  ordered_json avoid = ordered_json::array();
  for (const auto& avoidance : decision.avoid) {
    const MassageType& type = catalogue.types[avoidance.massage];
    avoid.push_back({{"id", type.id}, {"name", type.name}, {"why", rules[avoidance.rule].reason}});
  }
  out["avoid"] = std::move(avoid);
  ordered_json fired = ordered_json::array();
  for (std::size_t index : decision.fired) fired.push_back(rules[index].id);
  out["rules"] = std::move(fired);
  return out;
}

ordered_json plan_to_json(const Plan& plan, const Knowledge& knowledge, Detail detail) {
  ordered_json out;
  out["date"] = to_iso(plan.date);
  out["last_run"] = date_or_null(plan.last_run);
  out["next_run"] = date_or_null(plan.next_run);
  out["last_race"] = date_or_null(plan.last_race);
  out["next_race"] = date_or_null(plan.next_race);
  out["days_since_last_run"] = number_or_null(plan.facts.get(Fact::days_since_last_run));
  out["days_until_next_run"] = number_or_null(plan.facts.get(Fact::days_until_next_run));
  out["days_since_last_race"] = number_or_null(plan.facts.get(Fact::days_since_last_race));
  out["days_until_next_race"] = number_or_null(plan.facts.get(Fact::days_until_next_race));
  ordered_json decided = decision_to_json(plan.decision, knowledge, detail);
  for (auto& [key, value] : decided.items()) out[key] = std::move(value);
  return out;
}

std::string styled(std::string_view text, std::string_view ansi_style, Colour colour) {
  if (colour == Colour::off || text.empty() || ansi_style.empty()) return std::string(text);
  std::string out(ansi_style);
  out += text;
  out += "\033[0m";
  return out;
}

std::string plan_to_text(const Plan& plan, const Knowledge& knowledge, Colour colour) {
  const auto& rules = knowledge.rules.rules();
  const auto& catalogue = knowledge.catalogue;
  // Only whole unwrapped lines are styled, so the escape codes never upset the wrapping.
  std::string out = styled(to_long(plan.date), style::bold, colour) + "\n";
  out += day_line("Last run:", plan.last_run, plan.date);
  out += day_line("Next run:", plan.next_run, plan.date);
  if (plan.last_race) {
    out += day_line("Last race:", plan.last_race, plan.date);
  }
  if (plan.next_race) out += day_line("Next race:", plan.next_race, plan.date);
  out += "\n";

  const auto& decision = plan.decision;
  if (decision.recommended_rule) {
    const Rule& rule = rules[*decision.recommended_rule];
    const MassageType& type = catalogue.types[rule.massage];
    // Wrapped like the rest, so a clinic's long massage name still fits 80 columns.
    std::string book = wrap(type.name + " (" + minutes_text(type) + ")", "Book: ", "      ");
    book.pop_back();  // the newline goes after the colour is switched off
    out += styled(book, style::good, colour) + "\n";
    out += wrap(rule.reason, "  ", "  ");
    out += "\nThe therapist will use:\n";
    for (std::size_t index : type.techniques) {
      const Technique& technique = catalogue.techniques[index];
      out += wrap(technique.name + ": " + technique.description, "  - ", "    ");
    }
    out += "\n";
    out += wrap(joined(catalogue.focus), "Focus on: ", "          ");
  } else {
    out += "Book: nothing today; none of the rules recommends a massage for this day.\n";
  }
  if (!decision.avoid.empty()) {
    out += "\n" + styled("Avoid:", style::warning, colour) + "\n";
    for (const auto& avoidance : decision.avoid) {
      out += wrap(catalogue.types[avoidance.massage].name + ": " + rules[avoidance.rule].reason,
                  "  - ", "    ");
    }
  }
  std::vector<std::string> fired;
  for (std::size_t index : decision.fired) fired.push_back(rules[index].id);
  out += "\n" + wrap(fired.empty() ? "none" : joined(fired), "Rules applied: ", "               ");
  return out;
}

ordered_json catalogue_to_json(const Catalogue& catalogue) {
  ordered_json out;
  out["focus"] = catalogue.focus;
  ordered_json types = ordered_json::array();
  for (const auto& type : catalogue.types) {
    ordered_json item;
    item["id"] = type.id;
    item["name"] = type.name;
    item["purpose"] = type.purpose;
    item["timing"] = type.timing;
    item["minutes"] = {{"min", type.min_minutes}, {"max", type.max_minutes}};
    ordered_json techniques = ordered_json::array();
    for (std::size_t index : type.techniques) {
      techniques.push_back(technique_json(catalogue.techniques[index], Detail::full));
    }
    item["techniques"] = std::move(techniques);
    types.push_back(std::move(item));
  }
  out["types"] = std::move(types);
  return out;
}

std::string catalogue_to_text(const Catalogue& catalogue) {
  std::string out;
  for (const auto& type : catalogue.types) {
    if (!out.empty()) out += "\n";
    out += type.name + " [" + type.id + "], " + minutes_text(type) + "\n";
    out += wrap(type.purpose, "  ", "  ");
    out += wrap(type.timing, "  When: ", "        ");
    for (std::size_t index : type.techniques) {
      const Technique& technique = catalogue.techniques[index];
      out += wrap(technique.name + " [" + technique.id + "]: " + technique.description, "  - ",
                  "    ");
      out += wrap(joined(technique.targets), "    Works on: ", "              ");
    }
  }
  out += "\n" +
         wrap(joined(catalogue.focus), "Every massage focuses on: ", "                          ");
  return out;
}

}  // namespace runmassage
