// Batch's output lines. The part that changes with every line (dates, day counts, facts) is
// written into a buffer sized for its longest form; the decision and its assumptions, which few
// lines differ in, are rendered once each and spliced in by reference (BatchOutput).
#include "runmassage/batch_line.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <vector>

#include "runmassage/date.hpp"
#include "runmassage/explain.hpp"
#include "runmassage/facts.hpp"
#include "runmassage/hash.hpp"
#include "runmassage/json_string.hpp"

namespace runmassage {
namespace {

// The rendered decision depends only on which rules fired, and few sets of rules ever fire
// together; the bound only matters for rule files with very many rules.
constexpr std::size_t max_cached_decisions = 4096;

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

// A key (`,"last_run":`) as a piece, and with null after it: an absent value is one piece.
struct KeyPieces {
  Piece alone;
  Piece with_null;

  KeyPieces() = default;
  explicit KeyPieces(const std::string& key) : alone(key), with_null(key + "null") {}
};

// A fact's place in the line: which fact, its key and how its value is written.
struct FactSlot {
  std::size_t fact = 0;
  FactType type = FactType::days;
  KeyPieces key;
};

// The words of word facts (workout kinds), quoted, by value.
using QuotedKinds = std::array<Piece, workout_kind_count>;

// A line's facts exactly, for the table of known outcomes: each value's bits (0 when absent) and
// which are present. Equal keys, equal facts.
struct FactsKey {
  std::array<std::uint64_t, fact_count + 1> words{};

  void set(const Facts& facts) {
    std::uint64_t present = 0;
    for (std::size_t i = 0; i < fact_count; ++i) {
      const auto& value = facts.values[i];
      std::uint64_t bits = 0;
      if (value) {
        std::memcpy(&bits, &*value, sizeof bits);
        present |= std::uint64_t{1} << i;
      }
      words[i] = bits;
    }
    words[fact_count] = present;
  }

  [[nodiscard]] std::uint64_t hash() const {
    return hash_bytes({reinterpret_cast<const char*>(words.data()), sizeof words});
  }

  // Word by word, not a call to memcmp as std::array's == makes.
  friend bool operator==(const FactsKey& a, const FactsKey& b) {
    std::uint64_t differ = 0;
    for (std::size_t i = 0; i < a.words.size(); ++i) differ |= a.words[i] ^ b.words[i];
    return differ == 0;
  }
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

  // Text of any length (the id), for which the buffer was sized.
  void text(std::string_view text) {
    std::memcpy(at_, text.data(), text.size());
    at_ += text.size();
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

  // A key and its value, or the key with null already in its piece.
  void date(const KeyPieces& key, const std::optional<Workout>& workout) {
    if (!workout) return piece(key.with_null);
    piece(key.alone);
    date(workout->date);
  }

  // A fact as plan_to_json writes it: days as integers, distances as JSON numbers with a
  // fraction, kinds as words.
  void fact(const FactSlot& slot, const std::optional<double>& value, NumberTexts& numbers,
            const QuotedKinds& words) {
    if (!value) return piece(slot.key.with_null);
    piece(slot.key.alone);
    switch (slot.type) {
      case FactType::days: return days(static_cast<int>(*value));
      case FactType::number: at_ = numbers.write(*value, at_); return;
      case FactType::word: {
        const auto kind = static_cast<std::size_t>(*value);
        if (kind < words.size() && static_cast<double>(kind) == *value) return piece(words[kind]);
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
  // A day count: nearly always one or two digits, from a table.
  void days(int value) {
    if (value >= 0 && value < 10) {
      *at_++ = static_cast<char>('0' + value);
    } else if (value >= 10 && value < 100) {
      std::memcpy(at_, &digit_pairs[2 * static_cast<std::size_t>(value)], 2);
      at_ += 2;
    } else {
      at_ = std::to_chars(at_, at_ + 12, value).ptr;
    }
  }

  std::vector<char>& buffer_;
  char* at_;
  std::size_t most_;
};

}  // namespace

struct BatchLineWriter::Impl {
  const Knowledge& knowledge;
  Detail detail;
  bool explain;
  std::string decision_key;  // see decision_json
  // The rendered decisions, found by key through an open-addressed table of their positions
  // (a power of two, at most half full, probed linearly): unlike unordered_map's, a look-up
  // takes no division and follows no node pointer, and batch looks one up every line.
  // Each decision's text has storage of its own, which lines refer to until they are written
  // (BatchOutput::splice): when the cache is emptied, the texts go to `retired`, and from
  // there to the output of the line that emptied it, which is written after every line before.
  struct Rendered {
    std::string key;
    std::unique_ptr<const std::string> json;
  };
  std::vector<Rendered> rendered;
  std::vector<std::unique_ptr<const std::string>> retired;
  std::vector<std::uint32_t> rendered_slots;  // 1 + a position in `rendered`; 0 for none
  // The rendered decision of facts met before, by the facts (see append_placed): a fixed table,
  // two entries to each hash, so memory is bounded whatever the input; a third set of facts
  // with the same hash replaces the one used less recently. Emptied with `rendered`, whose
  // texts it points to.
  struct Known {
    std::uint64_t hash = 0;  // the facts' hash, compared first
    FactsKey facts;
    const std::string* json = nullptr;  // none for an empty entry
  };
  static constexpr unsigned known_set_bits = 11;
  static constexpr std::size_t known_ways = 2;
  std::vector<Known> known;                // (1 << known_set_bits) * known_ways, once used
  std::vector<std::uint8_t> known_recent;  // per set, the way used last
  FactsKey facts_key;                      // the line's, reused
  // The parts of a decision's JSON, each rendered once (see render_decision); bounded by the
  // number of rules.
  std::vector<std::string> recommended_parts;  // by rule; empty until rendered
  std::vector<std::string> rule_id_parts;      // by rule
  std::map<std::pair<std::size_t, std::size_t>, std::string> avoid_parts;  // by (rule, massage)

  // The top-level day counts, in plan_to_json's order.
  static constexpr std::array<Fact, 4> top_facts = {
      Fact::days_since_last_run, Fact::days_until_next_run, Fact::days_since_last_race,
      Fact::days_until_next_race};
  Piece date_key;                         // …"date":
  std::array<KeyPieces, 4> workout_keys;  // ,"last_run": …
  // The top-level day counts, then the facts: ,"days_since_last_run": … ,"facts":{"days_…
  std::array<FactSlot, top_facts.size() + fact_count> fact_slots;
  QuotedKinds quoted_kinds;  // "run", "easy"…
  Piece facts_end{"},"};
  Piece open_with_id{"{\"id\":"};
  Piece open{"{"};
  Piece comma{","};
  std::size_t fixed_most = 0;    // the longest fixed part of a line, and a piece more
  std::vector<char> fixed_part;  // room for the id and the fixed part
  NumberTexts numbers;

  Impl(const Knowledge& k, Detail d, bool with_explain)
      : knowledge(k), detail(d), explain(with_explain) {
    date_key = Piece(std::string(batch_schema_key) + ",\"date\":");
    const std::string workouts[] = {
        ",\"last_run\":", ",\"next_run\":", ",\"last_race\":", ",\"next_race\":"};
    for (std::size_t i = 0; i < workout_keys.size(); ++i) workout_keys[i] = KeyPieces(workouts[i]);
    for (std::size_t i = 0; i < quoted_kinds.size(); ++i) {
      quoted_kinds[i] = Piece("\"" + std::string(kind_name(static_cast<WorkoutKind>(i))) + "\"");
    }
    auto slot = [&](Fact fact, const std::string& key) {
      FactSlot made;
      made.fact = static_cast<std::size_t>(fact);
      made.type = fact_info(fact).type;
      made.key = KeyPieces(key);
      return made;
    };
    std::size_t next = 0;
    for (Fact fact : top_facts) {
      fact_slots[next++] = slot(fact, ",\"" + std::string(fact_name(fact)) + "\":");
    }
    for (const auto& row : fact_table) {
      fact_slots[next++] =
          slot(row.fact, (row.fact == fact_table.front().fact ? ",\"facts\":{\"" : ",\"") +
                             std::string(row.name) + "\":");
    }
    std::size_t most = Piece::room;
    auto add = [&](const Piece& piece) { most += piece.size + LineCursor::most_per_value; };
    add(date_key);
    for (const auto& key : workout_keys) add(key.alone);
    for (const auto& fact : fact_slots) add(fact.key.alone);
    add(facts_end);
    fixed_most = most;
    fixed_part.resize(most);
  }

  // decision_to_json(decision).dump() without the object's braces, to splice into each line:
  // `"recommended":…,"avoid":[…],"rules":[…]`. A compact dump of an object or array is its
  // members' dumps joined, so it is built from parts rendered once each: the few hundred
  // distinct decisions a run meets share a few dozen recommendations and avoidances.
  std::string render_decision(const Decision& decision) {
    auto part = [](std::vector<std::string>& parts, std::size_t rule,
                   auto&& render) -> const std::string& {
      if (parts.size() <= rule) parts.resize(rule + 1);
      if (parts[rule].empty()) parts[rule] = render().dump();
      return parts[rule];
    };
    const auto& rules = knowledge.rules.rules();
    std::string out = "\"recommended\":";
    if (!decision.recommended_rule) {
      out += "null";
    } else {
      const std::size_t rule = *decision.recommended_rule;
      out += part(recommended_parts, rule,
                  [&] { return recommendation_to_json(rule, knowledge, detail); });
    }
    out += ",\"avoid\":[";
    for (std::size_t i = 0; i < decision.avoid.size(); ++i) {
      if (i > 0) out += ',';
      const Avoidance& avoidance = decision.avoid[i];
      std::string& avoid = avoid_parts[{avoidance.rule, avoidance.massage}];
      if (avoid.empty()) avoid = avoidance_to_json(avoidance, knowledge).dump();
      out += avoid;
    }
    out += "],\"rules\":[";
    for (std::size_t i = 0; i < decision.fired.size(); ++i) {
      if (i > 0) out += ',';
      const std::size_t rule = decision.fired[i];
      out += part(rule_id_parts, rule, [&] { return nlohmann::ordered_json(rules[rule].id); });
    }
    out += ']';
    return out;
  }

  // The slot in rendered_slots where `key` is, or the empty one where it would go.
  std::uint32_t& rendered_slot(std::string_view key) {
    const std::size_t mask = rendered_slots.size() - 1;
    const std::uint64_t hash = hash_bytes(key);
    std::size_t i =
        (hash ^ (hash >> 32)) & mask;  // the high bits, which every byte moves, folded in
    while (rendered_slots[i] != 0 && rendered[rendered_slots[i] - 1].key != key) {
      i = (i + 1) & mask;
    }
    return rendered_slots[i];
  }

  // Renders a decision already made, with its assumptions (and the line's end, without the
  // explanation, which follows them). The key packs how many rules
  // fired and their indices, two bytes each in rule order (they determine the recommendation,
  // the avoidances and the rule list), then four bytes per assumption: what was unknown,
  // whether the booking would change (bit 0) and only its session (bit 1), and the rule that
  // would win, two bytes (0xffff for none). The
  // count keeps a longer list of rules from reading as a shorter one with assumptions.
  const std::string& decision_json(const Plan& plan) {
    // Sized first and written in place: appending byte by byte cost more than the look-up.
    decision_key.resize(2 + 2 * plan.decision.fired.size() + 4 * plan.assumptions.size());
    char* at = decision_key.data();
    auto pack = [&](std::size_t index) {
      *at++ = static_cast<char>(index & 0xff);
      *at++ = static_cast<char>(index >> 8);
    };
    pack(plan.decision.fired.size());
    for (std::size_t index : plan.decision.fired) pack(index);
    for (const auto& assumption : plan.assumptions) {
      *at++ = static_cast<char>(assumption.unknown);
      *at++ = static_cast<char>(assumption.changes | (assumption.session_only << 1));
      pack(assumption.instead.value_or(0xffff));
    }
    if (!rendered_slots.empty()) {
      const std::uint32_t found = rendered_slot(decision_key);
      if (found != 0) return *rendered[found - 1].json;
    }
    if (rendered.size() >= max_cached_decisions) {
      for (Rendered& old : rendered) retired.push_back(std::move(old.json));
      rendered.clear();
      std::fill(rendered_slots.begin(), rendered_slots.end(), 0);
      std::fill(known.begin(), known.end(), Known{});
    }
    if (2 * (rendered.size() + 1) > rendered_slots.size()) {
      rendered_slots.assign(std::max<std::size_t>(64, 2 * rendered_slots.size()), 0);
      for (std::size_t i = 0; i < rendered.size(); ++i) {
        rendered_slot(rendered[i].key) = static_cast<std::uint32_t>(i + 1);
      }
    }
    std::string fragment = render_decision(plan.decision);
    fragment += ",\"assumptions\":[";
    for (std::size_t i = 0; i < plan.assumptions.size(); ++i) {
      if (i > 0) fragment += ',';
      append_json_string(fragment, assumption_text(plan.assumptions[i], knowledge));
    }
    fragment += ']';
    // Without the explanation, the fragment ends the line too: one append less a line.
    if (!explain) fragment += "}\n";
    rendered.push_back({decision_key, std::make_unique<const std::string>(std::move(fragment))});
    rendered_slot(decision_key) = static_cast<std::uint32_t>(rendered.size());
    return *rendered.back().json;
  }

  // The line: the id, the dates, the day counts and the facts, then the decision and the
  // assumptions (rendered once per distinct outcome, see decision_json).
  void append_plan(BatchOutput& output, std::string_view id_json, const Plan& plan) {
    append_fixed(output.text, id_json, plan);
    append_decision(output, decision_json(plan));
    // The explanation depends on the fact values, not only on the rules that fired, so it is
    // not cached; it is only built when asked for.
    if (explain) {
      std::string& out = output.text;
      out += ",\"explain\":";
      out += explain_to_json(explain_decision(knowledge.rules, plan.facts, plan.decision),
                             knowledge.rules, plan.facts)
                 .dump();
      out += "}\n";
    }
  }

  // The same line for a plan situated but not decided: when its facts were met before, their
  // decision's text is spliced in without deciding again (the decision and the assumptions are
  // a function of the facts alone); else `decide` is called, and the text remembered. Without
  // the explanation only, which depends on more than the decision's text.
  void append_placed(BatchOutput& output, std::string_view id_json, Plan& plan,
                     const std::function<void(Plan&)>& decide) {
    if (explain) {
      decide(plan);
      return append_plan(output, id_json, plan);
    }
    facts_key.set(plan.facts);
    if (known.empty()) {
      known.resize((std::size_t{1} << known_set_bits) * known_ways);
      known_recent.resize(std::size_t{1} << known_set_bits);
    }
    const std::uint64_t hash = facts_key.hash();
    const std::size_t set = hash >> (64 - known_set_bits);
    Known* const ways = &known[set * known_ways];
    std::size_t way = 0;
    while (way < known_ways &&
           !(ways[way].hash == hash && ways[way].json && ways[way].facts == facts_key)) {
      ++way;
    }
    const std::string* json = nullptr;
    if (way < known_ways) {
      json = ways[way].json;
    } else {
      decide(plan);
      json = &decision_json(plan);  // may empty `known`: filled again below
      way = (known_recent[set] + 1) % known_ways;
      ways[way] = {hash, facts_key, json};
    }
    known_recent[set] = static_cast<std::uint8_t>(way);
    append_fixed(output.text, id_json, plan);
    append_decision(output, *json);
  }

  void append_decision(BatchOutput& output, const std::string& json) {
    output.splice(json);
    for (auto& text : retired) output.kept.push_back(std::move(text));
    retired.clear();
  }

  // The id, the dates, the day counts and the facts.
  void append_fixed(std::string& out, std::string_view id_json, const Plan& plan) {
    const Situation& s = plan.situation;
    {
      // The id goes in the same buffer, so the line's start is one append. The buffer grows
      // to the longest id met, which the longest line batch reads bounds.
      const std::size_t room = fixed_most + open_with_id.size + id_json.size() + comma.size;
      if (fixed_part.size() < room) fixed_part.resize(room);
      LineCursor line(fixed_part);
      if (id_json.empty()) {
        line.piece(open);
      } else {
        line.piece(open_with_id);
        line.text(id_json);
        line.piece(comma);
      }
      line.piece(date_key);
      line.date(plan.date());
      line.date(workout_keys[0], s.last_run);
      line.date(workout_keys[1], s.next_run);
      line.date(workout_keys[2], s.last_race);
      line.date(workout_keys[3], s.next_race);
      for (const FactSlot& fact : fact_slots) {
        line.fact(fact, plan.facts.values[fact.fact], numbers, quoted_kinds);
      }
      line.piece(facts_end);
      line.finish(out);
    }
  }
};

BatchLineWriter::BatchLineWriter(const Knowledge& knowledge, Detail detail, bool explain)
    : impl_(std::make_unique<Impl>(knowledge, detail, explain)) {}

BatchLineWriter::~BatchLineWriter() = default;

void BatchLineWriter::append_plan(BatchOutput& out, std::string_view id_json, const Plan& plan) {
  impl_->append_plan(out, id_json, plan);
}

void BatchLineWriter::append_placed(BatchOutput& out, std::string_view id_json, Plan& plan,
                                    const std::function<void(Plan&)>& decide) {
  impl_->append_placed(out, id_json, plan, decide);
}

void BatchLineWriter::append_error(std::string& out, std::size_t line_number,
                                   std::string_view id_json, std::string_view message,
                                   std::optional<std::size_t> column) {
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

}  // namespace runmassage
