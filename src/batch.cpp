// Batch records: parsed with simdjson on demand, planned through the rules, with the
// rendering of each decision cached by the rules that fired.
#include "runmassage/batch.hpp"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <stdexcept>
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

// Every output line, plan or error record, says which shapes it has (docs/schema/batch.json).
constexpr std::string_view batch_schema_key = R"("schema":"runmassage/batch/v2")";
static_assert(batch_schema_key.substr(batch_schema_key.size() - 3, 2) == json_version);

// A short piece of a line known in advance (a key with its quotes and colon), stored with
// room to spare so it is copied with one fixed-size move instead of a call per piece.
struct Piece {
  static constexpr std::size_t room = 48;
  std::array<char, room> text{};
  std::size_t size = 0;

  Piece() = default;
  explicit Piece(std::string_view value) : size(value.size()) {
    if (value.size() > room) throw std::logic_error("batch: a key longer than its piece");
    std::memcpy(text.data(), value.data(), value.size());
  }
};

// How a kilometre figure is written, remembered: lines repeat the same few distances, and
// shortest-form double formatting costs more than the rest of a fact.
class NumberTexts {
 public:
  // Writes `value` as plan_to_json does (a fraction always shown: 5.0, not 5) at `out`, which
  // has Piece::room bytes of room; returns the end.
  char* write(double value, char* out) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    // Fibonacci hashing: the top bits of the product depend on every bit of the value.
    Entry& entry = entries_[(bits * 0x9e3779b97f4a7c15ULL) >> (64 - entry_bits)];
    if (!entry.used || entry.bits != bits) {
      char* end = std::to_chars(entry.text.begin(), entry.text.end(), value).ptr;
      if (std::find_if(entry.text.begin(), end, [](char c) { return c == '.' || c == 'e'; }) ==
          end) {
        *end++ = '.';
        *end++ = '0';
      }
      entry.used = true;
      entry.bits = bits;
      entry.size = static_cast<std::uint8_t>(end - entry.text.begin());
    }
    std::memcpy(out, entry.text.data(), entry.text.size());
    return out + entry.size;
  }

 private:
  struct Entry {
    bool used = false;
    std::uint64_t bits = 0;
    std::array<char, 32> text{};  // a double's shortest form is at most 24 characters, plus ".0"
    std::uint8_t size = 0;
  };
  static constexpr unsigned entry_bits = 10;
  std::array<Entry, std::size_t{1} << entry_bits> entries_{};
};

// The fixed part of an output line (dates, day counts, facts) is written into a buffer with
// room for the longest such part, so no single piece checks bounds, then appended to the
// line in one go; the total is checked when the part is done.
class LineCursor {
 public:
  explicit LineCursor(std::vector<char>& buffer)
      : buffer_(buffer), at_(buffer.data()), most_(buffer.size() - Piece::room) {}
  LineCursor(const LineCursor&) = delete;
  LineCursor& operator=(const LineCursor&) = delete;
  ~LineCursor() = default;

  // Appends what was written to `out`. The buffer's size counts every piece at its longest,
  // so this never fails on any input; if it did, the count would be wrong (an internal
  // error, exit 70).
  void finish(std::string& out) {
    const auto written = static_cast<std::size_t>(at_ - buffer_.data());
    if (written > most_) throw std::logic_error("batch: a line outgrew its room");
    out.append(buffer_.data(), written);
  }

  void piece(const Piece& piece) {
    std::memcpy(at_, piece.text.data(), Piece::room);
    at_ += piece.size;
  }

  void date(Date day) {
    *at_++ = '"';
    at_ = write_iso(day, at_);
    *at_++ = '"';
  }

  void date(const std::optional<Workout>& workout) {
    if (!workout) return null();
    date(workout->date);
  }

  // A fact as plan_to_json writes it: days as integers, distances as JSON numbers with a
  // fraction, kinds as words.
  void fact(FactType type, const std::optional<double>& value, NumberTexts& numbers) {
    if (!value) return null();
    switch (type) {
      case FactType::days: at_ = std::to_chars(at_, at_ + 12, static_cast<int>(*value)).ptr; return;
      case FactType::number: at_ = numbers.write(*value, at_); return;
      case FactType::word: {
        const std::string_view word = fact_word(*value);
        *at_++ = '"';
        std::memcpy(at_, word.data(), word.size());
        at_ += word.size();
        *at_++ = '"';
        return;
      }
    }
  }

  // The most a fact or a date takes: a quoted date is 12, a word is a kind's name.
  static constexpr std::size_t most_per_value = 32;

 private:
  void null() {
    std::memcpy(at_, "null", 4);
    at_ += 4;
  }

  std::vector<char>& buffer_;
  char* at_;
  std::size_t most_;
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
  LineError(std::string message, simdjson::error_code json_error)
      : message_(std::move(message)), invalid_json_(true), json_error_(json_error) {}
  [[nodiscard]] const char* what() const noexcept override { return message_.c_str(); }
  /// Whether the line is not JSON (then the record names the column).
  [[nodiscard]] bool invalid_json() const noexcept { return invalid_json_; }
  /// simdjson's error, when the line is not JSON (SUCCESS for a second value on the line).
  [[nodiscard]] simdjson::error_code json_error() const noexcept { return json_error_; }

 private:
  std::string message_;
  bool invalid_json_ = false;
  simdjson::error_code json_error_ = simdjson::SUCCESS;
};

[[noreturn]] void fail(std::string message) { throw LineError(std::move(message)); }

void check(simdjson::error_code error) {
  if (error) throw LineError(std::string("invalid JSON: ") + simdjson::error_message(error), error);
}

// The offset of the first byte that does not belong to a well-formed UTF-8 sequence, if any.
std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t length = byte < 0x80           ? 1
                               : (byte >> 5) == 0x6  ? 2
                               : (byte >> 4) == 0xe  ? 3
                               : (byte >> 3) == 0x1e ? 4
                                                     : 0;
    if (length == 0 || i + length > text.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xc0) != 0x80) return i;
    }
    i += length;
  }
  return std::nullopt;
}

// The column, counted in characters from 1, of the byte at `offset`.
std::size_t column_of(std::string_view line, std::size_t offset) {
  offset = std::min(offset, line.size());
  return 1 + static_cast<std::size_t>(std::count_if(
                 line.begin(), line.begin() + static_cast<std::ptrdiff_t>(offset),
                 [](char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; }));
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
  std::string padded;          // a copy of the line with padding, when it has none of its own
  const char* json = nullptr;  // the line as parsed: in place, or `padded`
  std::size_t json_room = 0;   // the bytes readable from `json`, padding included
  od::document doc;            // the current line's, once iterated
  bool iterated = false;
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
  std::array<Piece, 5> date_keys;           // "date": ,"last_run": …
  std::array<Piece, 4> top_keys;            // ,"days_since_last_run": …
  std::array<Piece, fact_count> fact_keys;  // ,"facts":{"days_until_next_run": …
  Piece facts_end{"},"};
  std::vector<char> fixed_part;  // room for the longest fixed part of a line, and a piece more
  NumberTexts numbers;

  Impl(const Knowledge& k, Detail d, Date today, bool with_explain)
      : knowledge(k), detail(d), default_today(today), explain(with_explain), planner(k.rules) {
    const std::string dates[] = {std::string(batch_schema_key) + ",\"date\":", ",\"last_run\":",
                                 ",\"next_run\":", ",\"last_race\":", ",\"next_race\":"};
    for (std::size_t i = 0; i < date_keys.size(); ++i) date_keys[i] = Piece(dates[i]);
    for (std::size_t i = 0; i < top_facts.size(); ++i) {
      top_keys[i] = Piece(",\"" + std::string(fact_name(top_facts[i])) + "\":");
    }
    for (const auto& row : fact_table) {
      fact_keys[static_cast<std::size_t>(row.fact)] =
          Piece((row.fact == fact_table.front().fact ? ",\"facts\":{\"" : ",\"") +
                std::string(row.name) + "\":");
    }
    std::size_t most = Piece::room;
    auto add = [&](const Piece& piece) { most += piece.size + LineCursor::most_per_value; };
    for (const auto& piece : date_keys) add(piece);
    for (const auto& piece : top_keys) add(piece);
    for (const auto& piece : fact_keys) add(piece);
    add(facts_end);
    fixed_part.resize(most);
  }

  void read_record(std::string_view line, std::size_t readable_after) {
    record.id_json = {};
    record.today = record.last_run = record.next_run = std::nullopt;
    record.races.clear();

    iterated = false;
    // The line first, so that nothing later reads the previous line's (find_id, the column).
    // simdjson reads up to SIMDJSON_PADDING bytes past the end (their content does not
    // matter): a line followed by that many readable bytes is parsed where it lies.
    if (readable_after >= simdjson::SIMDJSON_PADDING) {
      json = line.data();
      json_room = line.size() + readable_after;
    } else {
      padded.assign(line);
      padded.resize(line.size() + simdjson::SIMDJSON_PADDING, '\0');
      json = padded.data();
      json_room = padded.size();
    }
    if (trim_right(line).find_first_not_of(" \t") == std::string_view::npos) fail("empty line");
    check(parser.iterate(json, line.size(), json_room).get(doc));
    iterated = true;
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
      throw LineError("invalid JSON: more than one value on the line", simdjson::SUCCESS);
    }
  }

  // Where the JSON of `line` broke, as a column: the first bad UTF-8 byte or control character;
  // the end of the line for a string, object or array left open; else where the parser stopped.
  std::size_t error_column(std::string_view line, simdjson::error_code error) {
    const std::size_t end = trim_right(line).size();
    if (error == simdjson::UTF8_ERROR)
      return column_of(line, first_invalid_utf8(line).value_or(end));
    if (error == simdjson::UNESCAPED_CHARS) {  // a control character, which only strings hold
      const auto control = std::find_if(line.begin(), line.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\r' && c != '\n';
      });
      return column_of(line, static_cast<std::size_t>(control - line.begin()));
    }
    if (error == simdjson::INCOMPLETE_ARRAY_OR_OBJECT || error == simdjson::UNCLOSED_STRING) {
      return column_of(line, end);
    }
    const char* location = nullptr;
    if (iterated && !doc.current_location().get(location) && location >= json) {
      return column_of(line, static_cast<std::size_t>(location - json));
    }
    return column_of(line, end);
  }

  // The id of a line whose parse failed part-way, if a fresh look can find one.
  std::string_view find_id(std::size_t length) {
    od::document fresh;
    od::value value;
    if (parser.iterate(json, length, json_room).get(fresh)) return {};
    if (fresh.find_field_unordered("id").get(value)) return {};
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

  // The line: the id, the dates, the day counts and the facts, then the decision and the
  // assumptions (rendered once per distinct outcome, see decision_json).
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
      LineCursor line(fixed_part);
      line.piece(date_keys[0]);
      line.date(plan.date());
      line.piece(date_keys[1]);
      line.date(s.last_run);
      line.piece(date_keys[2]);
      line.date(s.next_run);
      line.piece(date_keys[3]);
      line.date(s.last_race);
      line.piece(date_keys[4]);
      line.date(s.next_race);
      for (std::size_t i = 0; i < top_facts.size(); ++i) {
        line.piece(top_keys[i]);
        line.fact(FactType::days, plan.facts.get(top_facts[i]), numbers);
      }
      for (const auto& row : fact_table) {
        line.piece(fact_keys[static_cast<std::size_t>(row.fact)]);
        line.fact(row.type, plan.facts.get(row.fact), numbers);
      }
      line.piece(facts_end);
      line.finish(out);
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

std::size_t BatchPlanner::read_ahead() { return simdjson::SIMDJSON_PADDING; }

bool BatchPlanner::plan_line(std::string_view line, std::size_t line_number, std::string& out,
                             std::size_t readable_after) {
  const std::size_t start = out.size();
  try {
    impl_->read_record(line, readable_after);
    impl_->plan(out);
    return true;
  } catch (const LineError& e) {
    out.resize(start);
    std::optional<std::size_t> column;
    if (e.invalid_json()) column = impl_->error_column(line, e.json_error());
    std::string_view id = impl_->record.id_json;
    if (id.empty()) id = impl_->find_id(line.size());
    if (!column) {
      append_error(out, line_number, id, e.what());
    } else {
      append_error(out, line_number, id,
                   "line " + std::to_string(line_number) + ", column " + std::to_string(*column) +
                       ": " + e.what(),
                   column);
    }
    return false;
  }
}

void BatchPlanner::append_error(std::string& out, std::size_t line_number, std::string_view id_json,
                                std::string_view message, std::optional<std::size_t> column) {
  out += '{';
  if (!id_json.empty()) {
    out += "\"id\":";
    out += id_json;
    out += ',';
  }
  out += batch_schema_key;
  out += ",\"line\":";
  out += std::to_string(line_number);
  if (column) {
    out += ",\"column\":";
    out += std::to_string(*column);
  }
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
