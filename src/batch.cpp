// Batch records: each line parsed with simdjson on demand into a request, planned, and written
// by BatchLineWriter. Part of the readers module (readers.hpp), since it needs simdjson.
#include "runmassage/batch.hpp"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "runmassage/batch_line.hpp"
#include "runmassage/error.hpp"
#include "runmassage/hash.hpp"
#include "runmassage/json_string.hpp"
#include "runmassage/planner.hpp"
#include "runmassage/text.hpp"
#include "runmassage/workout_cache.hpp"
#include "runmassage/workout_words.hpp"

namespace runmassage {
namespace {

namespace od = simdjson::ondemand;

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

[[noreturn]] void fail_json(simdjson::error_code error) {
  throw LineError(std::string("invalid JSON: ") + simdjson::error_message(error), error);
}

// Inlined, so the check after each of simdjson's steps costs a test, not a call.
inline void check(simdjson::error_code error) {
  if (error) fail_json(error);
}

// The offset of the first byte that does not belong to a well-formed UTF-8 sequence, if any.
std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_length_at(text, i);
    if (length == 0) return i;
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

// A date field: a string, or null for "not given". The string is asked for first, as nearly
// every field holds one; null is then read whole, so that an atom that only starts like it
// ("nul", "nullx") is refused as the invalid JSON it is.
std::optional<std::string_view> date_field(od::value value, const char* name) {
  std::string_view text;
  const simdjson::error_code error = value.get_string().get(text);
  if (error == simdjson::SUCCESS) return text;
  if (error != simdjson::INCORRECT_TYPE) fail_json(error);
  od::json_type type{};
  check(value.type().get(type));  // a byte no JSON value starts with is invalid JSON
  if (type != od::json_type::null) fail(std::string(name) + ": expected a date string or null");
  bool null = false;
  if (value.is_null().get(null) != simdjson::SUCCESS || !null) fail_json(simdjson::N_ATOM_ERROR);
  return std::nullopt;
}

// The fields of a record, in the order of their bits in read_fields's `seen`.
constexpr std::array<std::string_view, 5> field_names = {"id", "today", "last_run", "next_run",
                                                         "races"};

// Which field a key names as written, from the byte after its opening quote: the index of the
// name whose bytes, then a quote, begin there (the parse found where each string ends, and any
// bytes read past a shorter key are the line's or its read-ahead); field_names.size() for any
// other key, and for one of ours written with escapes, which only unescaping tells.
std::size_t field_written(const char* raw) {
  for (std::size_t i = 0; i < field_names.size(); ++i) {
    const std::string_view name = field_names[i];
    if (raw[0] == name[0] && std::memcmp(raw, name.data(), name.size()) == 0 &&
        raw[name.size()] == '"') {
      return i;
    }
  }
  return field_names.size();
}

// Dates remembered by their text: a batch's lines name the same few hundred days again and
// again (YYYY-MM-DD), and looking one up costs a fraction of parsing it. Only valid dates are
// kept, each under all ten of its bytes, so the answer is always parse_iso_date's.
class IsoDates {
 public:
  std::optional<Date> parse(std::string_view text) {
    if (text.size() != Entry::size) return parse_iso_date(text);
    Entry& entry = entries_[hash_bytes(text) >> (64 - entry_bits)];
    if (entry.used && std::memcmp(entry.text.data(), text.data(), Entry::size) == 0) {
      return entry.date;
    }
    const std::optional<Date> parsed = parse_iso_date(text);
    if (parsed) {
      std::memcpy(entry.text.data(), text.data(), Entry::size);
      entry.used = true;
      entry.date = *parsed;
    }
    return parsed;
  }

 private:
  struct Entry {
    static constexpr std::size_t size = 10;  // YYYY-MM-DD
    std::array<char, size> text{};
    bool used = false;
    Date date;
  };
  static constexpr unsigned entry_bits = 10;
  std::array<Entry, std::size_t{1} << entry_bits> entries_{};
};

}  // namespace

static_assert(batch_read_ahead == simdjson::SIMDJSON_PADDING);

// The most bytes of lines parsed at once: a whole chunk. Fixed, so the stream's buffers are made
// once.
constexpr std::size_t stream_window = batch_chunk_most_bytes;

class SimdBatchPlanner final : public BatchPlanner {
 public:
  SimdBatchPlanner(const Knowledge& k, Detail detail, Date today, bool explain)
      : default_today(today), planner(k.rules), writer(k, detail, explain), workouts(k.workouts) {}

  using BatchPlanner::plan_line;
  bool plan_line(std::string_view line, std::size_t line_number, BatchOutput& out,
                 std::size_t readable_after) override;
  void begin_lines(std::string_view lines) override;
  [[nodiscard]] std::size_t lines_parsed_together() const override { return streamed_count; }

 private:
  Date default_today;
  // The lines given to begin_lines, parsed at once by simdjson's iterate_many (its first step,
  // which finds the JSON's structure, costs less a line run over many lines than over each
  // alone), and the next document it holds. A line is planned from its document only when
  // nothing can tell the two parses apart: see plan_streamed.
  od::parser stream_parser;
  od::document_stream stream;
  od::document_stream::iterator next_document;
  std::string_view streamed_lines;
  bool streaming = false;
  std::size_t streamed_count = 0;
  od::parser parser;           // for lines planned alone
  std::string padded;          // a copy of the line with padding, when it has none of its own
  const char* json = nullptr;  // the line as parsed: in place, or `padded`
  std::size_t json_room = 0;   // the bytes readable from `json`, padding included
  od::document doc;            // the current line's, once iterated
  bool iterated = false;
  Record record;
  CachedPlanner planner;
  PlanRequest request;  // reused for every line, as are its workouts' strings
  Plan planned;         // reused for every line
  BatchLineWriter writer;
  WorkoutCache workouts;
  IsoDates iso_dates;
  const std::function<void(Plan&)> decide = [this](Plan& plan) { planner.decide(plan); };

  void read_record(std::string_view line, std::size_t readable_after) {
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
    clear_record();
    if (trim_right(line).find_first_not_of(" \t") == std::string_view::npos) fail("empty line");
    check(parser.iterate(json, line.size(), json_room).get(doc));
    iterated = true;
    read_fields(doc);
    const char* location = nullptr;
    if (doc.current_location().get(location) != simdjson::OUT_OF_BOUNDS) {
      throw LineError("invalid JSON: more than one value on the line", simdjson::SUCCESS);
    }
  }

  void clear_record() {
    record.id_json = {};
    record.today = record.last_run = record.next_run = std::nullopt;
    record.races.clear();
  }

  // The record's fields from a parsed line: an od::document, or a document of the stream.
  template <typename Document>
  void read_fields(Document& parsed) {
    od::object object;
    od::json_type type{};
    check(parsed.type().get(type));
    if (type != od::json_type::object) fail("expected a JSON object");
    check(parsed.get_object().get(object));
    unsigned seen = 0;
    for (auto field_result : object) {
      od::field field;
      check(std::move(field_result).get(field));
      std::size_t index = field_written(reinterpret_cast<const char*>(field.key().raw()));
      std::string_view key;
      if (index < field_names.size()) {
        key = field_names[index];
      } else {
        check(field.unescaped_key().get(key));  // another key, or one of ours with escapes
        index = static_cast<std::size_t>(std::find(field_names.begin(), field_names.end(), key) -
                                         field_names.begin());
      }
      od::value value = field.value();
      const unsigned bit = 1U << index;
      if (index == 0) {
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
      } else if (index == 1) {
        record.today = date_field(value, "today");
      } else if (index == 2) {
        record.last_run = date_field(value, "last_run");
      } else if (index == 3) {
        record.next_run = date_field(value, "next_run");
      } else if (index == 4) {
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
  }

  // The first byte of `text` that is not JSON whitespace, or its end.
  static const char* skip_space(const char* at, const char* end) {
    while (at < end && (*at == ' ' || *at == '\t' || *at == '\n' || *at == '\r')) ++at;
    return at;
  }

  // Plans `line` from the stream's next document, if that is sure to give what planning the line
  // alone gives: the document starts where the line's JSON starts, it read and planned without
  // error, and the document after it starts where the next line with any JSON starts (or there
  // is none, no line with any, and no bytes left over). The stream's first step checked the lines'
  // UTF-8 and strings, which cannot hold a raw newline, so no line's string runs into the next; any
  // byte after the line's value other than whitespace would have started another document. So the
  // document is the line's value, parsed as alone. Otherwise the stream is left for the rest of
  // the lines, nothing is written, and the caller plans the line alone (errors included). So a
  // line in error, even a bad date word, costs the rest of its chunk the speed of the stream; so
  // does a chunk whose first line is blank or indented, as simdjson 3.0 reports where the
  // stream starts, not its first document, as that document's place.
  bool plan_streamed(std::string_view line, BatchOutput& out) {
    const char* const lines_begin = streamed_lines.data();
    const char* const lines_end = lines_begin + streamed_lines.size();
    const char* const first = skip_space(line.data(), line.data() + line.size());
    if (first == line.data() + line.size()) return false;  // a blank line: not in the stream
    streaming = false;
    if (line.data() < lines_begin || line.data() + line.size() >= lines_end ||
        !(next_document != stream.end()) || next_document.error() ||
        lines_begin + next_document.current_index() != first) {
      return false;
    }
    const std::size_t start = out.text.size();
    const std::size_t splices = out.splices.size();
    try {
      od::document_reference streamed;
      check((*next_document).get(streamed));
      clear_record();
      read_fields(streamed);
      plan(out);
    } catch (const LineError&) {
      out.truncate(start, splices);
      return false;
    }
    ++next_document;
    const char* const next = skip_space(line.data() + line.size(), lines_end);
    // At the end, the stream also drops bytes after the last document that do not finish one
    // ("}x:1}"): it says how many.
    const bool alone = next == lines_end
                           ? !(next_document != stream.end()) && stream.truncated_bytes() == 0
                           : next_document != stream.end() && !next_document.error() &&
                                 lines_begin + next_document.current_index() == next;
    if (!alone) {
      out.truncate(start, splices);
      return false;
    }
    streaming = true;
    ++streamed_count;
    return true;
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

  // resolve_date, with the dates' text remembered.
  Date resolve(std::string_view text, Date today, Direction direction) {
    if (const std::optional<Date> iso = iso_dates.parse(text)) return *iso;
    return detail::resolve_date_words(text, today, direction);
  }

  Date field_date(std::string_view text, const char* name, Date today, Direction direction) {
    try {
      return resolve(text, today, direction);
    } catch (const UsageError& e) {
      fail(std::string(name) + ": " + e.what());
    }
  }

  // Reads a workout field into `workout`, reusing its storage.
  void field_workout(Workout& workout, std::string_view text, const char* name, Date today,
                     Direction direction, bool race) {
    try {
      const DatedWords split = split_dated(text);
      workouts.read(workout, resolve(split.date, today, direction), split.words, race);
    } catch (const UsageError& e) {
      fail(std::string(name) + ": " + e.what());
    }
  }

  // Reads an optional workout field into `slot`, emptied when the field is absent.
  void field_workout(std::optional<Workout>& slot, const std::optional<std::string_view>& text,
                     const char* name, Date today, Direction direction) {
    if (!text) {
      slot.reset();
      return;
    }
    if (!slot) slot.emplace();
    field_workout(*slot, *text, name, today, direction, false);
  }

  void plan(BatchOutput& out) {
    request.today = record.today
                        ? field_date(*record.today, "today", default_today, Direction::on_or_after)
                        : default_today;
    field_workout(request.next_run, record.next_run, "next_run", request.today,
                  Direction::on_or_after);
    field_workout(request.last_run, record.last_run, "last_run", request.today,
                  Direction::on_or_before);
    request.races.resize(record.races.size());
    for (std::size_t i = 0; i < record.races.size(); ++i) {
      field_workout(request.races[i], record.races[i], "races", request.today,
                    Direction::on_or_after, true);
    }
    if (!request.next_run && !request.last_run && request.races.empty()) {
      fail("no run date: give next_run, last_run or races");
    }
    try {
      planner.situate(request, planned);
    } catch (const UsageError& e) {
      fail(e.what());
    }
    writer.append_placed(out, record.id_json, planned, decide);
  }
};

void SimdBatchPlanner::begin_lines(std::string_view lines) {
  streaming = false;
  streamed_lines = lines;
  if (lines.empty()) return;
  // One window for all the lines.
  stream_parser.threaded = false;
  if (lines.size() > stream_window ||
      stream_parser.iterate_many(lines.data(), lines.size(), stream_window).get(stream)) {
    return;
  }
  next_document = stream.begin();
  streaming = true;
}

bool SimdBatchPlanner::plan_line(std::string_view line, std::size_t line_number, BatchOutput& out,
                                 std::size_t readable_after) {
  if (streaming && plan_streamed(line, out)) return true;
  const std::size_t start = out.text.size();
  const std::size_t splices = out.splices.size();
  try {
    read_record(line, readable_after);
    plan(out);
    return true;
  } catch (const LineError& e) {
    out.truncate(start, splices);
    std::optional<std::size_t> column;
    std::string message = e.what();
    if (e.invalid_json()) {
      // simdjson takes a NUL byte outside a string for the end of the text ("ended early"):
      // name the byte instead.
      const std::size_t nul = line.find('\0');
      if (nul != std::string_view::npos) message = "invalid JSON: a NUL byte";
      column =
          nul != std::string_view::npos ? column_of(line, nul) : error_column(line, e.json_error());
    }
    std::string_view id = record.id_json;
    if (id.empty()) id = find_id(line.size());
    if (!column) {
      BatchLineWriter::append_error(out.text, line_number, id, message);
    } else {
      BatchLineWriter::append_error(out.text, line_number, id,
                                    "line " + std::to_string(line_number) + ", column " +
                                        std::to_string(*column) + ": " + message,
                                    column);
    }
    return false;
  }
}

std::unique_ptr<BatchPlanner> make_batch_planner(const Knowledge& knowledge, Detail detail,
                                                 Date default_today, bool explain) {
  return std::make_unique<SimdBatchPlanner>(knowledge, detail, default_today, explain);
}

}  // namespace runmassage
