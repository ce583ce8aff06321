// Text and JSON renderings; they read the same Plan, so they cannot disagree.
#include "runmassage/render.hpp"
#include "runmassage/text.hpp"

namespace runmassage {
namespace {

using nlohmann::ordered_json;

ordered_json date_or_null(const std::optional<Workout>& workout) {
  return workout ? ordered_json(to_iso(workout->date)) : ordered_json(nullptr);
}

ordered_json fact_json(Fact fact, const std::optional<double>& value) {
  if (!value) return nullptr;
  switch (fact_info(fact).type) {
    case FactType::days: return static_cast<int>(*value);
    case FactType::number: return *value;
    case FactType::word: return std::string(fact_word(*value));
  }
  return nullptr;
}

const std::vector<std::size_t>& techniques_of(const Rule& rule, const MassageType& type) {
  return rule.techniques ? *rule.techniques : type.techniques;
}

std::pair<int, int> minutes_of(const Rule& rule, const MassageType& type) {
  return {rule.min_minutes.value_or(type.min_minutes), rule.max_minutes.value_or(type.max_minutes)};
}

std::string minutes_text(std::pair<int, int> minutes) {
  if (minutes.first == minutes.second) return std::to_string(minutes.first) + " minutes";
  return std::to_string(minutes.first) + "-" + std::to_string(minutes.second) + " minutes";
}

std::string minutes_text(const MassageType& type) {
  return minutes_text({type.min_minutes, type.max_minutes});
}

ordered_json technique_json(const Technique& technique, Detail detail) {
  ordered_json out;
  out["id"] = technique.id;
  out["name"] = technique.name;
  if (detail == Detail::full) out["description"] = technique.description;
  out["targets"] = technique.targets;
  return out;
}

// "  Next run:  Saturday 4 May 2024, in 2 days — long run, 16 mi (25.7 km)"; a bare run says
// no more than its date, a race line names only the distance.
std::string day_line(std::string_view label, const std::optional<Workout>& workout,
                     const Date& today, bool race_line = false) {
  std::string line = std::string(label);
  line.resize(11, ' ');
  if (!workout) return "  " + line + "not given\n";
  std::string text =
      to_long(workout->date) + ", " + relative_words(days_between(today, workout->date));
  if (race_line) {
    if (workout->km) text += " \u2014 " + describe_distance(*workout);
  } else if (workout->kind != WorkoutKind::run || workout->km) {
    text += " \u2014 " + describe_workout(*workout);
  }
  return wrap(text, "  " + line, "             ");
}

std::string massage_name(const Knowledge& knowledge, std::optional<std::size_t> rule) {
  if (!rule) return "";
  return knowledge.catalogue.types[knowledge.rules.rules()[*rule].massage].name;
}

}  // namespace

std::string wrap(std::string_view text, std::string_view first, std::string_view rest,
                 std::size_t width) {
  std::string out;
  // Room for the text and an indent for every `width - rest` characters of it: the string is
  // seldom allocated more than once.
  const std::size_t line_room = width > rest.size() + 1 ? width - rest.size() : 1;
  out.reserve(first.size() + text.size() + (text.size() / line_room + 1) * (rest.size() + 1) + 1);
  out += first;
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

ordered_json schema_id(std::string_view command) {
  return "runmassage/" + std::string(command) + "/" + std::string(json_version);
}

ordered_json recommendation_to_json(std::size_t rule_index, const Knowledge& knowledge,
                                    Detail detail) {
  const Rule& rule = knowledge.rules.rules()[rule_index];
  const Catalogue& catalogue = knowledge.catalogue;
  const MassageType& type = catalogue.types[rule.massage];
  ordered_json out;
  out["id"] = type.id;
  out["name"] = type.name;
  out["rule"] = rule.id;
  out["why"] = rule.reason;
  out["short"] = rule.short_reason;
  const auto minutes = minutes_of(rule, type);
  out["minutes"] = {{"min", minutes.first}, {"max", minutes.second}};
  ordered_json techniques = ordered_json::array();
  for (std::size_t index : techniques_of(rule, type)) {
    techniques.push_back(technique_json(catalogue.techniques[index], detail));
  }
  out["techniques"] = std::move(techniques);
  out["focus"] = catalogue.focus;
  return out;
}

ordered_json avoidance_to_json(const Avoidance& avoidance, const Knowledge& knowledge) {
  const Rule& rule = knowledge.rules.rules()[avoidance.rule];
  const MassageType& type = knowledge.catalogue.types[avoidance.massage];
  return {{"id", type.id}, {"name", type.name}, {"rule", rule.id}, {"why", rule.reason}};
}

ordered_json decision_to_json(const Decision& decision, const Knowledge& knowledge, Detail detail) {
  const auto& rules = knowledge.rules.rules();
  ordered_json out;
  out["recommended"] = decision.recommended_rule
                           ? recommendation_to_json(*decision.recommended_rule, knowledge, detail)
                           : ordered_json(nullptr);
  ordered_json avoid = ordered_json::array();
  for (const auto& avoidance : decision.avoid)
    avoid.push_back(avoidance_to_json(avoidance, knowledge));
  out["avoid"] = std::move(avoid);
  ordered_json fired = ordered_json::array();
  for (std::size_t index : decision.fired) fired.push_back(rules[index].id);
  out["rules"] = std::move(fired);
  return out;
}

ordered_json facts_to_json(const Facts& facts) {
  ordered_json out = ordered_json::object();
  for (const auto& row : fact_table)
    out[std::string(row.name)] = fact_json(row.fact, facts.get(row.fact));
  return out;
}

std::string assumption_text(const Assumption& assumption, const Knowledge& knowledge) {
  std::string missing;
  std::string trial;
  switch (assumption.unknown) {
    case Unknown::next_run:
      missing = "No next run given";
      trial = "if you run tomorrow";
      break;
    case Unknown::last_run:
      missing = "No last run given";
      trial = "if you ran earlier today";
      break;
    case Unknown::next_run_kind:
      missing = "No kind given for the next run";
      trial = "if it is a long run or hard session";
      break;
    case Unknown::next_race_distance:
      missing = "No distance given for the next race";
      trial = "if it is a marathon";
      break;
    case Unknown::last_race_distance:
      missing = "No distance given for the last race";
      trial = "if it was a marathon";
      break;
  }
  if (!assumption.changes) return missing + ": the advice is the same " + trial + ".";
  if (!assumption.instead) return missing + ": " + trial + ", no massage would be recommended.";
  std::string text =
      missing + ": " + trial + ", book " + massage_name(knowledge, assumption.instead);
  if (assumption.session_only) {
    // The same massage, booked otherwise: say how ("with Flushing strokes and …, 15-30 minutes").
    const Rule& rule = knowledge.rules.rules()[*assumption.instead];
    const MassageType& type = knowledge.catalogue.types[rule.massage];
    std::vector<std::string> names;
    for (std::size_t index : techniques_of(rule, type)) {
      names.push_back(knowledge.catalogue.techniques[index].name);
    }
    text += " with " + join_list(names) + " (" + minutes_text(minutes_of(rule, type)) + ")";
  }
  return text + " instead.";
}

ordered_json plan_to_json(const Plan& plan, const Knowledge& knowledge, Detail detail) {
  const Situation& s = plan.situation;
  ordered_json out;
  out["schema"] = schema_id("plan");
  out["date"] = to_iso(plan.date());
  out["last_run"] = date_or_null(s.last_run);
  out["next_run"] = date_or_null(s.next_run);
  out["last_race"] = date_or_null(s.last_race);
  out["next_race"] = date_or_null(s.next_race);
  for (Fact fact : {Fact::days_since_last_run, Fact::days_until_next_run,
                    Fact::days_since_last_race, Fact::days_until_next_race}) {
    out[std::string(fact_name(fact))] = fact_json(fact, plan.facts.get(fact));
  }
  out["facts"] = facts_to_json(plan.facts);
  ordered_json decided = decision_to_json(plan.decision, knowledge, detail);
  for (auto& [key, value] : decided.items()) out[key] = std::move(value);
  ordered_json assumptions = ordered_json::array();
  for (const auto& assumption : plan.assumptions) {
    assumptions.push_back(assumption_text(assumption, knowledge));
  }
  out["assumptions"] = std::move(assumptions);
  return out;
}

void append_styled(std::string& out, std::string_view text, std::string_view ansi_style,
                   Colour colour) {
  if (colour == Colour::off || text.empty() || ansi_style.empty()) {
    out += text;
    return;
  }
  out += ansi_style;
  out += text;
  out += "\033[0m";
}

std::string styled(std::string_view text, std::string_view ansi_style, Colour colour) {
  std::string out;
  append_styled(out, text, ansi_style, colour);
  return out;
}

std::string plan_to_text(const Plan& plan, const Knowledge& knowledge, Colour colour) {
  const auto& rules = knowledge.rules.rules();
  const auto& catalogue = knowledge.catalogue;
  // Only whole unwrapped lines are styled, so the escape codes never upset the wrapping.
  const Situation& s = plan.situation;
  std::string out = styled(to_long(plan.date()), style::bold, colour) + "\n";
  out += day_line("Last run:", s.last_run, plan.date());
  out += day_line("Next run:", s.next_run, plan.date());
  if (s.last_race) out += day_line("Last race:", s.last_race, plan.date(), true);
  if (s.next_race) out += day_line("Next race:", s.next_race, plan.date(), true);
  out += "\n";

  const auto& decision = plan.decision;
  if (decision.recommended_rule) {
    const Rule& rule = rules[*decision.recommended_rule];
    const MassageType& type = catalogue.types[rule.massage];
    // Wrapped like the rest, so a clinic's long massage name still fits 80 columns.
    std::string book =
        wrap(type.name + " (" + minutes_text(minutes_of(rule, type)) + ")", "Book: ", "      ");
    book.pop_back();  // the newline goes after the colour is switched off
    out += styled(book, style::good, colour) + "\n";
    out += wrap(rule.reason, "  ", "  ");
    out += "\nThe therapist will use:\n";
    for (std::size_t index : techniques_of(rule, type)) {
      const Technique& technique = catalogue.techniques[index];
      out += wrap(technique.name + ": " + technique.description, "  - ", "    ");
    }
    out += "\n";
    out += wrap(join_words(catalogue.focus, ", "), "Focus on: ", "          ");
  } else {
    out += "Book: nothing today; none of the rules recommends a massage for this day.\n";
  }
  if (!plan.assumptions.empty()) {
    out += "\nAssumed:\n";
    for (const auto& assumption : plan.assumptions) {
      out += wrap(assumption_text(assumption, knowledge), "  - ", "    ");
    }
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
  out += "\n" + wrap(fired.empty() ? "none" : join_words(fired, ", "),
                     "Rules applied: ", "               ");
  return out;
}

ordered_json catalogue_to_json(const Catalogue& catalogue) {
  ordered_json out;
  out["schema"] = schema_id("types");
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

std::string catalogue_to_text(const Catalogue& catalogue, Colour colour) {
  std::string out;
  for (const auto& type : catalogue.types) {
    if (!out.empty()) out += "\n";
    out +=
        styled(type.name, style::bold, colour) + " [" + type.id + "], " + minutes_text(type) + "\n";
    out += wrap(type.purpose, "  ", "  ");
    out += wrap(type.timing, "  When: ", "        ");
    for (std::size_t index : type.techniques) {
      const Technique& technique = catalogue.techniques[index];
      out += wrap(technique.name + " [" + technique.id + "]: " + technique.description, "  - ",
                  "    ");
      out += wrap(join_words(technique.targets, ", "), "    Works on: ", "              ");
    }
  }
  out += "\n" + wrap(join_words(catalogue.focus, ", "),
                     "Every massage focuses on: ", "                          ");
  return out;
}

}  // namespace runmassage
