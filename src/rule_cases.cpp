// Reading rule test cases and checking each against the rules' decision.
#include "runmassage/rule_cases.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "runmassage/error.hpp"
#include "runmassage/json_node.hpp"
#include "runmassage/render.hpp"
#include "runmassage/workout_words.hpp"

namespace runmassage {
namespace {

using nlohmann::json;

// Thrown inside one line, reported with the file and line number.
class CaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

json parse_line(std::string_view line) {
  try {
    return detail::parse_json_line(line);
  } catch (const DataError& e) {
    throw CaseError(e.what());
  }
}

std::optional<std::string_view> date_text(const json& object, const char* key) {
  auto found = object.find(key);
  if (found == object.end() || found->is_null()) return std::nullopt;
  if (!found->is_string()) throw CaseError(std::string(key) + ": expected a date string or null");
  return found->get_ref<const std::string&>();
}

Workout workout_of(std::string_view text, const char* key, Date today, Direction direction,
                   bool race, const Knowledge& knowledge) {
  try {
    const DatedWords split = split_dated(text);
    return workout_from_words(resolve_date(split.date, today, direction), split.words, race,
                              knowledge.workouts);
  } catch (const UsageError& e) {
    throw CaseError(std::string(key) + ": " + e.what());
  }
}

std::vector<std::string> id_list(const json& value, const char* key,
                                 const std::vector<std::string>& known, const char* what) {
  if (!value.is_array())
    throw CaseError(std::string("expect.") + key + ": expected an array of ids");
  std::vector<std::string> out;
  for (const auto& item : value) {
    if (!item.is_string()) {
      throw CaseError(std::string("expect.") + key + ": expected an array of ids");
    }
    const auto& id = item.get_ref<const std::string&>();
    if (std::find(known.begin(), known.end(), id) == known.end()) {
      throw CaseError(std::string("expect.") + key + ": unknown " + what + " \"" + id + "\"");
    }
    out.push_back(id);
  }
  return out;
}

CaseExpectation expectation_of(const json& value, const Knowledge& knowledge) {
  if (!value.is_object()) throw CaseError("expect: expected an object");
  std::vector<std::string> types;
  for (const auto& type : knowledge.catalogue.types) types.push_back(type.id);
  std::vector<std::string> rules;
  for (const auto& rule : knowledge.rules.rules()) rules.push_back(rule.id);
  CaseExpectation expect;
  for (const auto& [key, item] : value.items()) {
    if (key == "recommended") {
      if (item.is_null()) {
        expect.recommended = std::optional<std::string>{};
        continue;
      }
      if (!item.is_string()) throw CaseError("expect.recommended: expected a massage id or null");
      const auto& id = item.get_ref<const std::string&>();
      if (std::find(types.begin(), types.end(), id) == types.end()) {
        throw CaseError("expect.recommended: unknown massage type \"" + id + "\"");
      }
      expect.recommended = std::optional<std::string>{id};
    } else if (key == "avoid") {
      expect.avoid = id_list(item, "avoid", types, "massage type");
    } else if (key == "rules") {
      expect.rules = id_list(item, "rules", rules, "rule");
    } else {
      throw CaseError("expect: unknown key \"" + key + "\" (expected recommended, avoid, rules)");
    }
  }
  return expect;
}

RuleCase case_of(const json& object, const Knowledge& knowledge) {
  if (!object.is_object()) throw CaseError("expected a JSON object");
  for (const auto& item : object.items()) {
    static constexpr std::string_view keys[] = {"name",     "id",    "today", "last_run",
                                                "next_run", "races", "expect"};
    if (std::find(std::begin(keys), std::end(keys), item.key()) == std::end(keys)) {
      throw CaseError("unknown key \"" + item.key() +
                      "\" (expected name, id, today, last_run, next_run, races, expect)");
    }
  }
  RuleCase out;
  auto name = object.find("name");
  if (name == object.end() || !name->is_string() || name->get_ref<const std::string&>().empty()) {
    throw CaseError("name: expected a non-empty string");
  }
  out.name = name->get<std::string>();
  // A case must not depend on the day it is run, so "today" is required.
  const auto today_text = date_text(object, "today");
  if (!today_text) throw CaseError("today: expected a date string");
  const auto today_date = parse_iso_date(*today_text);
  if (!today_date) throw CaseError("today: expected a date as YYYY-MM-DD");
  out.request.today = *today_date;
  const Date today = out.request.today;
  if (auto text = date_text(object, "next_run")) {
    out.request.next_run =
        workout_of(*text, "next_run", today, Direction::on_or_after, false, knowledge);
  }
  if (auto text = date_text(object, "last_run")) {
    out.request.last_run =
        workout_of(*text, "last_run", today, Direction::on_or_before, false, knowledge);
  }
  if (auto races = object.find("races"); races != object.end()) {
    if (!races->is_array()) throw CaseError("races: expected an array of dates");
    for (const auto& race : *races) {
      if (!race.is_string()) throw CaseError("races: expected an array of dates");
      out.request.races.push_back(workout_of(race.get_ref<const std::string&>(), "races", today,
                                             Direction::on_or_after, true, knowledge));
    }
  }
  auto expect = object.find("expect");
  if (expect == object.end()) throw CaseError("expect: missing (what should the case check?)");
  out.expect = expectation_of(*expect, knowledge);
  try {
    check_request(out.request);
  } catch (const UsageError& e) {
    throw CaseError(e.what());
  }
  return out;
}

std::string list_text(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  std::string out = "[";
  for (std::size_t i = 0; i < ids.size(); ++i) out += (i > 0 ? ", " : "") + ids[i];
  return out + "]";
}

bool same_set(std::vector<std::string> a, std::vector<std::string> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return a == b;
}

}  // namespace

std::vector<RuleCase> parse_rule_cases(std::string_view text, const std::string& file,
                                       const Knowledge& knowledge) {
  std::vector<RuleCase> cases;
  std::size_t pos = 0;
  std::size_t line_number = 0;
  while (pos < text.size()) {
    ++line_number;
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    try {
      if (line.size() > max_case_line_bytes) {
        throw CaseError("line longer than " + std::to_string(max_case_line_bytes) + " bytes");
      }
      RuleCase one = case_of(parse_line(line), knowledge);
      one.file = file;
      one.line = line_number;
      cases.push_back(std::move(one));
    } catch (const CaseError& e) {
      throw DataError(file + ": line " + std::to_string(line_number) + ": " + e.what());
    }
  }
  return cases;
}

void run_rule_cases(const std::vector<RuleCase>& cases, const Knowledge& knowledge,
                    CaseResults& results) {
  const auto& rules = knowledge.rules.rules();
  const auto& types = knowledge.catalogue.types;
  results.fired.resize(rules.size(), false);
  for (const RuleCase& one : cases) {
    const Plan plan = make_plan(knowledge.rules, one.request);
    for (std::size_t index : plan.decision.fired) results.fired[index] = true;
    const auto massage = recommended_massage(plan, knowledge.rules);
    const std::string got_recommended = massage ? types[*massage].id : "null";
    std::vector<std::string> got_avoid;
    for (const auto& avoidance : plan.decision.avoid)
      got_avoid.push_back(types[avoidance.massage].id);
    std::vector<std::string> got_rules;
    for (std::size_t index : plan.decision.fired) got_rules.push_back(rules[index].id);

    std::vector<std::string> wrong;
    if (one.expect.recommended) {
      const std::string want = one.expect.recommended->value_or("null");
      if (want != got_recommended) {
        wrong.push_back("recommended: expected " + want + ", got " + got_recommended);
      }
    }
    if (one.expect.avoid && !same_set(*one.expect.avoid, got_avoid)) {
      wrong.push_back("avoid: expected " + list_text(*one.expect.avoid) + ", got " +
                      list_text(got_avoid));
    }
    if (one.expect.rules && !same_set(*one.expect.rules, got_rules)) {
      wrong.push_back("rules: expected " + list_text(*one.expect.rules) + ", got " +
                      list_text(got_rules));
    }
    if (wrong.empty()) {
      ++results.passed;
      continue;
    }
    std::string line = "FAIL " + one.file + ":" + std::to_string(one.line) + " " + one.name + ": ";
    for (std::size_t i = 0; i < wrong.size(); ++i) line += (i > 0 ? "; " : "") + wrong[i];
    results.failures.push_back(std::move(line));
  }
}

std::string case_results_to_text(const CaseResults& results, const RuleSet& rules) {
  std::string out;
  for (const auto& failure : results.failures) out += failure + "\n";
  out += std::to_string(results.passed) + " passed, " + std::to_string(results.failures.size()) +
         " failed\n";
  std::string missing;
  for (std::size_t i = 0; i < rules.rules().size(); ++i) {
    if (i < results.fired.size() && results.fired[i]) continue;
    missing += (missing.empty() ? "" : ", ") + rules.rules()[i].id;
  }
  out += missing.empty() ? "Coverage: every rule fired in some case.\n"
                         : wrap("Coverage: no case fired " + missing + ".", "", "  ");
  return out;
}

}  // namespace runmassage
