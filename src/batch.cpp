// Batch records: parsed with simdjson on demand, planned through the rules, with the
// rendering of each decision cached by the rules that fired.
#include "runmassage/batch.hpp"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "runmassage/error.hpp"
#include "runmassage/explain.hpp"
#include "runmassage/planner.hpp"
#include "runmassage/render.hpp"
#include "runmassage/workout_words.hpp"

namespace runmassage {
namespace {

namespace od = simdjson::ondemand;

// The rendered decision depends only on which rules fired, and few sets of rules ever fire
// together; the bound only matters for rule files with very many rules.
constexpr std::size_t max_cached_decisions = 4096;
constexpr std::size_t max_cached_words = 1024;

// The fixed part of an output line is written into a stack buffer: one append per line
// instead of dozens (profiling showed the appends dominating). The buffer is flushed to the
// line whenever the next piece might not fit, so no input can overrun it.
class LineWriter {
 public:
  explicit LineWriter(std::string& out) : out_(out) {}
  LineWriter(const LineWriter&) = delete;
  LineWriter& operator=(const LineWriter&) = delete;
  ~LineWriter() { flush(); }

  void text(std::string_view literal) {
    if (literal.size() > capacity) {
      flush();
      out_.append(literal);
      return;
    }
    make_room(literal.size());
    std::memcpy(end_, literal.data(), literal.size());
    end_ += literal.size();
  }

  void date(Date day) {
    make_room(12);
    *end_++ = '"';
    end_ = write_iso(day, end_);
    *end_++ = '"';
  }

  void date(const std::optional<Workout>& workout) {
    if (!workout) return text("null");
    date(workout->date);
  }

  // A fact as plan_to_json writes it: days as integers, distances as JSON numbers with a
  // fraction (nlohmann writes 5.0, not 5), kinds as words.
  void fact(Fact fact, const std::optional<double>& value) {
    if (!value) return text("null");
    switch (fact_info(fact).type) {
      case FactType::days:
        make_room(12);
        end_ = std::to_chars(end_, end_ + 12, static_cast<int>(*value)).ptr;
        return;
      case FactType::number: {
        make_room(32);
        char* start = end_;
        end_ = std::to_chars(end_, end_ + 32, *value).ptr;
        if (std::find_if(start, end_, [](char c) { return c == '.' || c == 'e'; }) == end_) {
          *end_++ = '.';
          *end_++ = '0';
        }
        return;
      }
      case FactType::word:
        text("\"");
        text(fact_word(*value));
        text("\"");
        return;
    }
  }

  void flush() {
    out_.append(buffer_, static_cast<std::size_t>(end_ - buffer_));
    end_ = buffer_;
  }

 private:
  static constexpr std::size_t capacity = 512;

  void make_room(std::size_t size) {
    if (static_cast<std::size_t>(buffer_ + capacity - end_) < size) flush();
  }

  std::string& out_;
  char buffer_[capacity];
  char* end_ = buffer_;
};

std::string_view trim_right(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' ||
                           text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

// A record's fields, as found; views into the parser's buffers, valid until the next line.
struct Record {
  std::string_view id_json;  // the id as JSON, ready to echo; empty when absent
  std::optional<std::string_view> today, last_run, next_run;
  std::vector<std::string_view> races;
};

class LineError : public std::exception {
 public:
  explicit LineError(std::string message) : message_(std::move(message)) {}
  [[nodiscard]] const char* what() const noexcept override { return message_.c_str(); }

 private:
  std::string message_;
};

[[noreturn]] void fail(std::string message) { throw LineError(std::move(message)); }

void check(simdjson::error_code error) {
  if (error) fail(std::string("invalid JSON: ") + simdjson::error_message(error));
}

// A date field: a string, or null for "not given".
std::optional<std::string_view> date_field(od::value value, const char* name) {
  od::json_type type{};
  check(value.type().get(type));
  if (type == od::json_type::null) return std::nullopt;
  if (type != od::json_type::string) fail(std::string(name) + ": expected a date string or null");
  std::string_view text;
  check(value.get_string().get(text));
  return text;
}

}  // namespace

struct BatchPlanner::Impl {
  const Knowledge& knowledge;
  Detail detail;
  Date default_today;
  bool explain;
  od::parser parser;
  std::string padded;  // the current line, with the padding simdjson reads past the end
  Record record;
  CachedPlanner planner;
  Plan planned;              // reused for every line
  std::string decision_key;  // the fired rules, one byte-pair each
  std::unordered_map<std::string, std::string> decisions;
  std::string word_key;
  std::unordered_map<std::string, Workout> classified;  // by the words, see field_workout

  // The top-level day counts, in plan_to_json's order.
  static constexpr std::array<Fact, 4> top_facts = {
      Fact::days_since_last_run, Fact::days_until_next_run, Fact::days_since_last_race,
      Fact::days_until_next_race};
  std::array<std::string, 4> top_prefixes;            // ,"days_since_last_run":
  std::array<std::string, fact_count> fact_prefixes;  // ,"facts":{"days_until_next_run": …

  Impl(const Knowledge& k, Detail d, Date today, bool with_explain)
      : knowledge(k), detail(d), default_today(today), explain(with_explain), planner(k.rules) {
    for (std::size_t i = 0; i < top_facts.size(); ++i) {
      top_prefixes[i] = ",\"" + std::string(fact_name(top_facts[i])) + "\":";
    }
    for (const auto& row : fact_table) {
      fact_prefixes[static_cast<std::size_t>(row.fact)] =
          (row.fact == fact_table.front().fact ? ",\"facts\":{\"" : ",\"") + std::string(row.name) +
          "\":";
    }
  }

  void read_record(std::string_view line) {
    record.id_json = {};
    record.today = record.last_run = record.next_run = std::nullopt;
    record.races.clear();

    if (trim_right(line).find_first_not_of(" \t") == std::string_view::npos) fail("empty line");
    padded.assign(line);
    padded.resize(line.size() + simdjson::SIMDJSON_PADDING, '\0');
    od::document doc;
    check(parser.iterate(padded.data(), line.size(), padded.size()).get(doc));
    od::object object;
    od::json_type type{};
    check(doc.type().get(type));
    if (type != od::json_type::object) fail("expected a JSON object");
    check(doc.get_object().get(object));
    unsigned seen = 0;
    for (auto field_result : object) {
      od::field field;
      check(std::move(field_result).get(field));
      std::string_view key;
      check(field.unescaped_key().get(key));
      od::value value = field.value();
      unsigned bit = 0;
      if (key == "id") {
        bit = 1;
        check(value.type().get(type));
        if (type != od::json_type::string && type != od::json_type::number) {
          fail("id: expected a string or a number");
        }
        if (type == od::json_type::string) {
          std::string_view ignored;  // consumes and validates the string
          std::string_view raw = value.raw_json_token();
          check(value.get_string().get(ignored));
          record.id_json = trim_right(raw);
        } else {
          double ignored = 0;
          std::string_view raw = value.raw_json_token();
          check(value.get_double().get(ignored));
          record.id_json = trim_right(raw);
        }
      } else if (key == "today") {
        bit = 2;
        record.today = date_field(value, "today");
      } else if (key == "last_run") {
        bit = 4;
        record.last_run = date_field(value, "last_run");
      } else if (key == "next_run") {
        bit = 8;
        record.next_run = date_field(value, "next_run");
      } else if (key == "races") {
        bit = 16;
        od::array races;
        check(value.type().get(type));
        if (type != od::json_type::array) fail("races: expected an array of dates");
        check(value.get_array().get(races));
        for (auto element : races) {
          od::value race;
          check(element.get(race));
          check(race.type().get(type));
          if (type != od::json_type::string) fail("races: expected an array of dates");
          std::string_view text;
          check(race.get_string().get(text));
          if (record.races.size() == max_batch_races) {
            fail("races: more than " + std::to_string(max_batch_races) + " races");
          }
          record.races.push_back(text);
        }
      } else {
        std::string message = "unknown key ";
        append_json_string(message, key);
        fail(message + " (expected id, today, last_run, next_run, races)");
      }
      if (seen & bit) fail("duplicate key \"" + std::string(key) + "\"");
      seen |= bit;
    }
    const char* location = nullptr;
    if (doc.current_location().get(location) != simdjson::OUT_OF_BOUNDS) {
      fail("invalid JSON: more than one value on the line");
    }
  }

  // The id of a line whose parse failed part-way, if a fresh look can find one.
  std::string_view find_id(std::size_t length) {
    od::document doc;
    od::value value;
    if (parser.iterate(padded.data(), length, padded.size()).get(doc)) return {};
    if (doc.find_field_unordered("id").get(value)) return {};
    od::json_type type{};
    if (value.type().get(type)) return {};
    if (type != od::json_type::string && type != od::json_type::number) return {};
    std::string_view raw = trim_right(value.raw_json_token());
    // Only echo what is itself valid: a string that unescapes, or a number.
    if (type == od::json_type::string) {
      std::string_view ignored;
      if (value.get_string().get(ignored)) return {};
    } else {
      double ignored = 0;
      if (value.get_double().get(ignored)) return {};
    }
    return raw;
  }

  Date field_date(std::string_view text, const char* name, Date today, Direction direction) {
    try {
      return resolve_date(text, today, direction);
    } catch (const UsageError& e) {
      fail(std::string(name) + ": " + e.what());
    }
  }

  // Renders a decision already made, with its assumptions. The key packs the indices of the
  // rules that fired, two bytes each in rule order (they determine the recommendation, the
  // avoidances and the rule list), then three bytes per assumption: what was unknown,
  // whether the massage would change, and the rule that would win (0xffff for none).
  const std::string& decision_json(const Plan& plan) {
    decision_key.clear();
    auto pack = [&](std::size_t index) {
      decision_key += static_cast<char>(index & 0xff);
      decision_key += static_cast<char>(index >> 8);
    };
    for (std::size_t index : plan.decision.fired) pack(index);
    for (const auto& assumption : plan.assumptions) {
      decision_key += static_cast<char>(assumption.unknown);
      decision_key += static_cast<char>(assumption.changes);
      pack(assumption.instead.value_or(0xffff));
    }
    auto found = decisions.find(decision_key);
    if (found != decisions.end()) return found->second;
    if (decisions.size() >= max_cached_decisions) decisions.clear();
    std::string fragment = decision_to_json(plan.decision, knowledge, detail).dump();
    // Keep `"recommended":…` without the object's braces, to splice into each line.
    fragment = fragment.substr(1, fragment.size() - 2);
    fragment += ",\"assumptions\":[";
    for (std::size_t i = 0; i < plan.assumptions.size(); ++i) {
      if (i > 0) fragment += ',';
      append_json_string(fragment, assumption_text(plan.assumptions[i], knowledge));
    }
    fragment += ']';
    return decisions.emplace(decision_key, std::move(fragment)).first->second;
  }

  // Everything in a line after the dates: the day counts, the facts, then the decision and
  // the assumptions (rendered once per distinct outcome, see decision_json).
  void append_tail(std::string& out, const Plan& plan) {
    {
      LineWriter line(out);
      for (std::size_t i = 0; i < top_facts.size(); ++i) {
        line.text(top_prefixes[i]);
        line.fact(top_facts[i], plan.facts.get(top_facts[i]));
      }
      for (const auto& row : fact_table) {
        line.text(fact_prefixes[static_cast<std::size_t>(row.fact)]);
        line.fact(row.fact, plan.facts.get(row.fact));
      }
      line.text("},");
    }
    out += decision_json(plan);
    // The explanation depends on the fact values, not only on the rules that fired, so it is
    // not cached; it is only built when asked for.
    if (explain) {
      out += ",\"explain\":";
      out += explain_to_json(explain_decision(knowledge.rules, plan.facts, plan.decision),
                             knowledge.rules, plan.facts)
                 .dump();
    }
    out += "}\n";
  }

  void append_plan(std::string& out, const Plan& plan) {
    if (record.id_json.empty()) {
      out += '{';
    } else {
      out += "{\"id\":";
      out += record.id_json;
      out += ',';
    }
    const Situation& s = plan.situation;
    {
      LineWriter line(out);
      line.text("\"date\":");
      line.date(plan.date());
      line.text(",\"last_run\":");
      line.date(s.last_run);
      line.text(",\"next_run\":");
      line.date(s.next_run);
      line.text(",\"last_race\":");
      line.date(s.last_race);
      line.text(",\"next_race\":");
      line.date(s.next_race);
    }
    append_tail(out, plan);
  }

  Workout field_workout(std::string_view text, const char* name, Date today, Direction direction,
                        bool race) {
    try {
      const DatedWords split = split_dated(text);
      const Date day = resolve_date(split.date, today, direction);
      if (!split.words) return workout_from_words(day, std::nullopt, race, knowledge.workouts);
      // Runners type the same few words again and again: classify each text once. The key
      // is the words and whether they describe a race; the cached workout has no date.
      word_key.assign(*split.words);
      word_key += race ? '\1' : '\0';
      auto found = classified.find(word_key);
      if (found == classified.end()) {
        if (classified.size() >= max_cached_words) classified.clear();
        found =
            classified
                .emplace(word_key, workout_from_words(day, split.words, race, knowledge.workouts))
                .first;
      }
      Workout workout = found->second;
      workout.date = day;
      return workout;
    } catch (const UsageError& e) {
      fail(std::string(name) + ": " + e.what());
    }
  }

  void plan(std::string& out) {
    PlanRequest request;
    request.today = record.today
                        ? field_date(*record.today, "today", default_today, Direction::on_or_after)
                        : default_today;
    if (record.next_run) {
      request.next_run =
          field_workout(*record.next_run, "next_run", request.today, Direction::on_or_after, false);
    }
    if (record.last_run) {
      request.last_run = field_workout(*record.last_run, "last_run", request.today,
                                       Direction::on_or_before, false);
    }
    for (auto race : record.races) {
      request.races.push_back(
          field_workout(race, "races", request.today, Direction::on_or_after, true));
    }
    if (!request.next_run && !request.last_run && request.races.empty()) {
      fail("no run date: give next_run, last_run or races");
    }
    try {
      planner.plan(request, planned);
    } catch (const UsageError& e) {
      fail(e.what());
    }
    append_plan(out, planned);
  }
};

BatchPlanner::BatchPlanner(const Knowledge& knowledge, Detail detail, Date default_today,
                           bool explain)
    : impl_(std::make_unique<Impl>(knowledge, detail, default_today, explain)) {}

BatchPlanner::~BatchPlanner() = default;

bool BatchPlanner::plan_line(std::string_view line, std::size_t line_number, std::string& out) {
  const std::size_t start = out.size();
  try {
    impl_->read_record(line);
    impl_->plan(out);
    return true;
  } catch (const LineError& e) {
    out.resize(start);
    std::string_view id = impl_->record.id_json;
    if (id.empty()) id = impl_->find_id(line.size());
    append_error(out, line_number, id, e.what());
    return false;
  }
}

void BatchPlanner::append_error(std::string& out, std::size_t line_number, std::string_view id_json,
                                std::string_view message) {
  out += '{';
  if (!id_json.empty()) {
    out += "\"id\":";
    out += id_json;
    out += ',';
  }
  out += "\"line\":";
  out += std::to_string(line_number);
  out += ",\"error\":";
  append_json_string(out, message);
  out += "}\n";
}

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (u < 0x20) {
          out += "\\u00";
          out += hex[u >> 4];
          out += hex[u & 0xf];
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

}  // namespace runmassage
