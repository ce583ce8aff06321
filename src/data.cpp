// Reading data files into the value types, refusing anything malformed with its location.
#include "runmassage/data.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <tuple>

#include "runmassage/error.hpp"
#include "runmassage/file_io.hpp"

namespace runmassage {
namespace {

using nlohmann::json;

constexpr std::size_t max_short_reason = 40;  // fits the "why" column of the week table
constexpr int max_pick_offset = 14;           // two weeks either side of an anchor

// Escapes a key for a JSON pointer (RFC 6901).
std::string pointer_token(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string type_name(const json& value) {
  if (value.is_number_integer()) return "an integer";
  if (value.is_number()) return "a number";
  if (value.is_string()) return "a string";
  if (value.is_boolean()) return "a boolean";
  if (value.is_null()) return "null";
  if (value.is_array()) return "an array";
  return "an object";
}

// A number as a person writes it: no ".0" on whole numbers.
std::string format_number(double number) {
  if (number == static_cast<double>(static_cast<long long>(number))) {
    return std::to_string(static_cast<long long>(number));
  }
  return json(number).dump();
}

// A JSON value with its file and pointer, so every complaint says where.
class Node {
 public:
  Node(const json& value, const std::string& file, std::string pointer)
      : value_(value), file_(file), pointer_(std::move(pointer)) {}

  [[noreturn]] void fail(const std::string& message) const {
    throw DataError(file_ + ": " + (pointer_.empty() ? "/" : pointer_) + ": " + message);
  }

  [[nodiscard]] const json& value() const { return value_; }

  // An object holding exactly these keys (the optional ones may be missing).
  void expect_object(std::initializer_list<std::string_view> required,
                     std::initializer_list<std::string_view> optional = {}) const {
    if (!value_.is_object()) fail("expected an object, found " + type_name(value_));
    for (auto key : required) {
      if (!value_.contains(key)) fail("missing \"" + std::string(key) + "\"");
    }
    for (const auto& item : value_.items()) {
      auto known = [&](std::initializer_list<std::string_view> keys) {
        for (auto key : keys) {
          if (key == item.key()) return true;
        }
        return false;
      };
      if (!known(required) && !known(optional)) {
        at(item.key()).fail("unknown key \"" + item.key() + "\"");
      }
    }
  }

  [[nodiscard]] Node at(const std::string& key) const {
    return Node(value_.at(key), file_, pointer_ + "/" + pointer_token(key));
  }

  [[nodiscard]] bool has(const std::string& key) const { return value_.contains(key); }

  [[nodiscard]] std::vector<Node> elements(bool allow_empty = false) const {
    if (!value_.is_array()) fail("expected an array, found " + type_name(value_));
    if (!allow_empty && value_.empty()) fail("expected a non-empty array");
    std::vector<Node> out;
    out.reserve(value_.size());
    for (std::size_t i = 0; i < value_.size(); ++i) {
      out.emplace_back(value_[i], file_, pointer_ + "/" + std::to_string(i));
    }
    return out;
  }

  [[nodiscard]] std::string text() const {
    if (!value_.is_string()) fail("expected a string, found " + type_name(value_));
    const auto& s = value_.get_ref<const std::string&>();
    if (s.empty()) fail("expected a non-empty string");
    return s;
  }

  [[nodiscard]] int integer(int min, int max) const {
    if (!value_.is_number_integer()) fail("expected an integer, found " + type_name(value_));
    auto wide = value_.get<long long>();
    if (value_.is_number_unsigned() &&
        value_.get<unsigned long long>() > static_cast<unsigned long long>(max)) {
      wide = static_cast<long long>(max) + 1;
    }
    if (wide < min || wide > max) {
      fail("expected an integer from " + std::to_string(min) + " to " + std::to_string(max));
    }
    return static_cast<int>(wide);
  }

  [[nodiscard]] double number(double min, double max) const {
    if (!value_.is_number()) fail("expected a number, found " + type_name(value_));
    const double number = value_.get<double>();
    if (!(number >= min && number <= max)) {
      fail("expected a number from " + format_number(min) + " to " + format_number(max));
    }
    return number;
  }

  [[nodiscard]] std::vector<std::string> texts() const {
    std::vector<std::string> out;
    for (const auto& element : elements()) out.push_back(element.text());
    return out;
  }

 private:
  const json& value_;
  const std::string& file_;
  std::string pointer_;
};

// Where the parser is, so a duplicate key can be reported with its JSON pointer.
struct Frame {
  bool array = false;
  std::size_t index = 0;       // arrays: the element being read
  std::string key;             // objects: the key being read
  std::set<std::string> keys;  // objects: the keys seen so far
};

class DuplicateKey : public std::exception {
 public:
  explicit DuplicateKey(std::string pointer) : pointer_(std::move(pointer)) {}
  [[nodiscard]] const std::string& pointer() const { return pointer_; }

 private:
  std::string pointer_;
};

std::string pointer_of(const std::vector<Frame>& frames) {
  std::string pointer;
  for (const auto& frame : frames) {
    pointer += "/" + (frame.array ? std::to_string(frame.index) : pointer_token(frame.key));
  }
  return pointer;
}

// Parses with a depth limit, refusing duplicate keys (nlohmann would silently keep the last)
// and reporting syntax errors as file:line:column.
json parse_json(const DataFile& file) {
  std::vector<Frame> frames;
  auto element_done = [&] {
    if (!frames.empty() && frames.back().array) ++frames.back().index;
  };
  auto watch = [&](int depth, json::parse_event_t event, json& parsed) {
    if (depth > max_json_depth) throw std::length_error("nesting");
    switch (event) {
      case json::parse_event_t::object_start: frames.push_back(Frame{}); break;
      case json::parse_event_t::array_start: frames.push_back(Frame{true, 0, {}, {}}); break;
      case json::parse_event_t::key: {
        Frame& frame = frames.back();
        frame.key = parsed.get<std::string>();
        if (!frame.keys.insert(frame.key).second) throw DuplicateKey(pointer_of(frames));
        break;
      }
      case json::parse_event_t::object_end:
      case json::parse_event_t::array_end:
        frames.pop_back();
        element_done();
        break;
      case json::parse_event_t::value: element_done(); break;
    }
    return true;
  };
  try {
    return file.built_in ? json::parse(file.text) : json::parse(file.text, watch);
  } catch (const DuplicateKey& e) {
    throw DataError(file.name + ": " + e.pointer() + ": duplicate key");
  } catch (const json::parse_error& e) {
    std::size_t line = 1, column = 1;
    std::size_t end = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, file.text.size());
    for (std::size_t i = 0; i < end; ++i) {
      if (file.text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    std::string message = e.what();
    auto colon = message.find(": ", message.find("column"));
    if (colon != std::string::npos) message = message.substr(colon + 2);
    throw DataError(file.name + ":" + std::to_string(line) + ":" + std::to_string(column) +
                    ": invalid JSON: " + message);
  } catch (const std::length_error&) {
    throw DataError(file.name + ": nesting deeper than " + std::to_string(max_json_depth) +
                    " levels");
  }
}

template <typename T>
void check_unique_ids(const std::vector<T>& items, const std::vector<Node>& nodes) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (items[i].id == items[j].id) {
        nodes[i].at("id").fail("duplicate id \"" + items[i].id + "\" (first at index " +
                               std::to_string(j) + ")");
      }
    }
  }
}

// A session length: {"min", "max"} in whole minutes.
std::pair<int, int> parse_minutes(const Node& minutes) {
  minutes.expect_object({"min", "max"});
  const int min = minutes.at("min").integer(1, 600);
  const int max = minutes.at("max").integer(1, 600);
  if (max < min) minutes.at("max").fail("max is less than min");
  return {min, max};
}

Catalogue parse_catalogue(const DataFile& file) {
  json root = parse_json(file);
  Node top(root, file.name, "");
  top.expect_object({"focus", "techniques", "types"});
  Catalogue catalogue;
  catalogue.focus = top.at("focus").texts();

  auto technique_nodes = top.at("techniques").elements();
  for (const auto& node : technique_nodes) {
    node.expect_object({"id", "name", "description", "targets"});
    catalogue.techniques.push_back({node.at("id").text(), node.at("name").text(),
                                    node.at("description").text(), node.at("targets").texts()});
  }
  check_unique_ids(catalogue.techniques, technique_nodes);

  auto type_nodes = top.at("types").elements();
  for (const auto& node : type_nodes) {
    node.expect_object({"id", "name", "purpose", "timing", "minutes", "techniques"});
    MassageType type{node.at("id").text(),
                     node.at("name").text(),
                     node.at("purpose").text(),
                     node.at("timing").text(),
                     0,
                     0,
                     {}};
    std::tie(type.min_minutes, type.max_minutes) = parse_minutes(node.at("minutes"));
    for (const auto& ref : node.at("techniques").elements()) {
      auto index = catalogue.find_technique(ref.text());
      if (!index) ref.fail("unknown technique \"" + ref.text() + "\"");
      type.techniques.push_back(*index);
    }
    catalogue.types.push_back(std::move(type));
  }
  check_unique_ids(catalogue.types, type_nodes);
  return catalogue;
}

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

RuleSet parse_rules(const DataFile& file, const Catalogue& catalogue) {
  json root = parse_json(file);
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
    }
    if (params.has("minutes")) {
      Node minutes = params.at("minutes");
      if (rule.action != Action::recommend) minutes.fail("only a recommend rule sets minutes");
      auto [min, max] = parse_minutes(minutes);
      rule.min_minutes = min;
      rule.max_minutes = max;
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
  check_unique_ids(rules, nodes);
  return RuleSet(std::move(rules));
}

std::vector<Phrase> parse_phrases(const Node& node) {
  std::vector<Phrase> phrases;
  for (const auto& element : node.elements()) {
    std::string text = element.text();
    Phrase phrase = title_words(text);
    std::string joined;
    for (const auto& word : phrase) joined += (joined.empty() ? "" : " ") + word;
    // Stored as matched, so a phrase that could never match is refused here, not ignored later.
    if (phrase.empty()) element.fail("no letters or digits in \"" + text + "\"");
    for (char c : text) {
      if (c >= 'A' && c <= 'Z') element.fail("\"" + text + "\" is not lower case");
    }
    phrases.push_back(std::move(phrase));
  }
  return phrases;
}

// The load estimate: a factor per minute for each kind of run (all five kinds required, so a
// typo cannot quietly fall back to another factor), one for other sports, and the model's days.
LoadSettings parse_load_settings(const Node& node) {
  node.expect_object({"per_minute", "acute_days", "chronic_days", "min_history_days"});
  LoadSettings settings;
  Node per_minute = node.at("per_minute");
  per_minute.expect_object({"easy", "long", "hard", "race", "run", "other"});
  for (const auto& item : per_minute.value().items()) {
    const double factor = per_minute.at(item.key()).number(0, 100);
    if (item.key() == "run") {
      settings.factors.run_per_minute = factor;
    } else if (item.key() == "other") {
      settings.factors.other_per_minute = factor;
    } else {
      settings.factors.kind_per_minute.emplace(item.key(), factor);
    }
  }
  settings.model.acute_days = node.at("acute_days").integer(1, 365);
  settings.model.chronic_days = node.at("chronic_days").integer(1, 365);
  settings.model.min_history_days = node.at("min_history_days").integer(1, 365);
  if (settings.model.chronic_days < settings.model.acute_days) {
    node.at("chronic_days").fail("less than acute_days");
  }
  return settings;
}

WorkoutWords parse_workout_words(const DataFile& file) {
  json root = parse_json(file);
  Node top(root, file.name, "");
  top.expect_object({"kinds", "race_distances", "units", "long_run_km"}, {"load"});
  WorkoutWords words;
  for (const auto& entry : top.at("kinds").elements()) {
    entry.expect_object({"kind", "words"});
    auto kind = kind_from_name(entry.at("kind").text());
    if (!kind) {
      std::string names;
      for (std::size_t i = 0; i < workout_kind_count; ++i) {
        names += (names.empty() ? "" : ", ") + std::string(kind_name(static_cast<WorkoutKind>(i)));
      }
      entry.at("kind").fail("unknown kind \"" + entry.at("kind").text() + "\" (expected " + names +
                            ")");
    }
    words.kinds.push_back({*kind, parse_phrases(entry.at("words"))});
  }
  Node distances = top.at("race_distances");
  if (!distances.value().is_object())
    distances.fail("expected an object, found " + type_name(distances.value()));
  for (const auto& item : distances.value().items()) {
    Node distance = distances.at(item.key());
    Phrase phrase = title_words(item.key());
    if (phrase.empty()) distance.fail("no letters or digits in \"" + item.key() + "\"");
    words.race_distances.push_back({std::move(phrase), distance.number(0.1, max_workout_km)});
  }
  // Longest phrase first, so "half marathon" is found before "marathon".
  std::stable_sort(words.race_distances.begin(), words.race_distances.end(),
                   [](const NamedDistance& a, const NamedDistance& b) {
                     return a.phrase.size() > b.phrase.size();
                   });
  Node units = top.at("units");
  if (!units.value().is_object())
    units.fail("expected an object, found " + type_name(units.value()));
  for (const auto& item : units.value().items()) {
    Node unit = units.at(item.key());
    auto name = title_words(item.key());
    if (name.size() != 1 || name.front() != item.key() ||
        (item.key()[0] >= '0' && item.key()[0] <= '9') || item.key()[0] == '-') {
      unit.fail("a unit is one lower-case word not starting with a digit");
    }
    words.units.push_back({item.key(), unit.number(0.001, 1000)});
  }
  words.long_run_km = top.at("long_run_km").number(1, max_workout_km);
  if (top.has("load")) words.load = parse_load_settings(top.at("load"));
  return words;
}

SuggestionSettings parse_suggestions(const Node& node, const Catalogue& catalogue) {
  node.expect_object({"budget", "min_days_apart", "picks"});
  SuggestionSettings settings;
  auto budget = parse_budget(node.at("budget").text());
  if (!budget) node.at("budget").fail("expected N/week or N/month with N from 0 to 31");
  settings.budget = *budget;
  settings.min_days_apart = node.at("min_days_apart").integer(1, 28);
  auto nodes = node.at("picks").elements(true);
  for (const auto& pick_node : nodes) {
    pick_node.expect_object({"id", "anchor", "from", "to", "massage", "value", "why"});
    SuggestionPick pick;
    pick.id = pick_node.at("id").text();
    std::string anchor = pick_node.at("anchor").text();
    if (anchor == "race") {
      pick.anchor = Anchor::race;
    } else if (anchor == "long_run") {
      pick.anchor = Anchor::long_run;
    } else {
      pick_node.at("anchor").fail("unknown anchor \"" + anchor + "\" (expected race or long_run)");
    }
    pick.from = pick_node.at("from").integer(-max_pick_offset, max_pick_offset);
    pick.to = pick_node.at("to").integer(-max_pick_offset, max_pick_offset);
    // A window crossing the anchor would mix "before" and "after" advice in one pick.
    if ((pick.from < 0 && pick.to > 0) || (pick.from > 0 && pick.to < 0)) {
      pick_node.at("to").fail("from and to must be on the same side of the anchor");
    }
    auto massage = catalogue.find_type(pick_node.at("massage").text());
    if (!massage) {
      pick_node.at("massage").fail("unknown massage type \"" + pick_node.at("massage").text() +
                                   "\"");
    }
    pick.massage = *massage;
    pick.value = pick_node.at("value").integer(1, 1000);
    pick.why = pick_node.at("why").text();
    settings.picks.push_back(std::move(pick));
  }
  check_unique_ids(settings.picks, nodes);
  return settings;
}

void parse_schedule(const DataFile& file, const Catalogue& catalogue, Knowledge& knowledge) {
  json root = parse_json(file);
  Node top(root, file.name, "");
  top.expect_object({"suggestions"});
  knowledge.suggestions = parse_suggestions(top.at("suggestions"), catalogue);
}

}  // namespace

Knowledge parse_knowledge(const DataFiles& files) {
  Knowledge knowledge;
  knowledge.catalogue = parse_catalogue(files.massages);
  knowledge.rules = parse_rules(files.rules, knowledge.catalogue);
  knowledge.workouts = parse_workout_words(files.workouts);
  if (files.schedule) parse_schedule(*files.schedule, knowledge.catalogue, knowledge);
  return knowledge;
}

Knowledge load_knowledge(const std::string& dir, DataParts parts) {
  struct stat info {};
  if (::stat(dir.c_str(), &info) != 0) {
    throw IoError("cannot read data directory " + dir + ": " + std::strerror(errno));
  }
  if (!S_ISDIR(info.st_mode))
    throw IoError("cannot read data directory " + dir + ": not a directory");
  auto load = [&](std::string_view name) {
    std::string path = join_path(dir, name);
    return DataFile{path, read_file(path, max_data_file_bytes)};
  };
  // In order, so the first missing file is named.
  DataFiles files{load(massages_file), load(rules_file), load(workouts_file), std::nullopt};
  if (parts == DataParts::all) files.schedule = load(schedule_file);
  return parse_knowledge(files);
}

void detail::add_schedule(Knowledge& knowledge, const DataFile& schedule) {
  parse_schedule(schedule, knowledge.catalogue, knowledge);
}

}  // namespace runmassage
