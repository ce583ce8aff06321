// The plain record reader: exact fields for plain records, and never a record simdjson reads
// differently.
#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "catch.hpp"

#include "runmassage/batch_record.hpp"

using namespace runmassage;

namespace {

// Reads `line` followed by read-ahead bytes that must not matter (a quote, a brace).
bool read(std::string_view line, BatchRecord& record) {
  const std::string padded = std::string(line) + std::string(plain_record_read_ahead, '"');
  static std::string kept;  // the record's views point into it
  kept = padded;
  return read_plain_record(std::string_view(kept.data(), line.size()), record);
}

bool plain(std::string_view line) {
  BatchRecord record;
  return read(line, record);
}

// A number as its value; a string as it is.
std::string id_text(std::string_view id) {
  if (id.empty() || id.front() == '"') return std::string(id);
  char text[32];
  std::snprintf(text, sizeof text, "%.17g", std::strtod(std::string(id).c_str(), nullptr));
  return text;
}

// The record as text, to compare in one go; the id's number as its value.
std::string describe(const BatchRecord& record) {
  auto field = [](const std::optional<std::string_view>& value) {
    return value ? "<" + std::string(*value) + ">" : std::string("-");
  };
  std::string out = "id=" + id_text(record.id_json) + " today=" + field(record.today) +
                    " last=" + field(record.last_run) + " next=" + field(record.next_run) +
                    " races=";
  for (std::string_view race : record.races) out += "<" + std::string(race) + ">";
  return out;
}

// What simdjson makes of the line, in the same form; empty when it does not read a record.
std::string simdjson_record(std::string_view line) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(line.data(), line.size()).get(root)) return "";
  simdjson::dom::object object;
  if (root.get_object().get(object)) return "";
  BatchRecord record;
  std::vector<std::string> ids;
  for (const auto field : object) {
    auto date = [&](std::optional<std::string_view>& slot) {
      if (field.value.is_null()) return slot.reset();
      slot = std::string_view(field.value.get_string().value());
    };
    if (field.key == "id") {
      if (field.value.is_string()) {
        ids.push_back("\"" + std::string(field.value.get_string().value()) + "\"");
      } else {
        ids.push_back(id_text(simdjson::to_string(field.value)));
      }
    } else if (field.key == "today") {
      date(record.today);
    } else if (field.key == "last_run") {
      date(record.last_run);
    } else if (field.key == "next_run") {
      date(record.next_run);
    } else if (field.key == "races") {
      for (const auto race : field.value.get_array())
        record.races.push_back(race.get_string().value());
    } else {
      return "";
    }
  }
  std::string out = describe(record);
  return ids.empty() ? out : "id=" + ids.front() + out.substr(3);
}

}  // namespace

TEST_CASE("a plain record's fields", "[batch_record]") {
  BatchRecord record;
  REQUIRE(read(
      R"({"id":"runner-0","today":"2024-11-24","last_run":"2024-11-23:long","next_run":"2024-11-24"})",
      record));
  CHECK(describe(record) ==
        R"(id="runner-0" today=<2024-11-24> last=<2024-11-23:long> next=<2024-11-24> races=)");
  REQUIRE(read(" { \"races\" : [ \"sat:half\" , \"+3\" ] ,\t\"id\" : -12.5 , \"today\" : null }\r",
               record));
  CHECK(describe(record) == "id=-12.5 today=- last=- next=- races=<sat:half><+3>");
  REQUIRE(read(R"({"id":0,"next_run":"","races":[]})", record));
  CHECK(describe(record) == "id=0 today=- last=- next=<> races=");
  REQUIRE(read("{}", record));
  CHECK(describe(record) == "id= today=- last=- next=- races=");
  // DEL is printable enough for JSON.
  CHECK(plain("{\"next_run\":\"sat:\x7f\"}"));
}

TEST_CASE("anything else is left to the general reader", "[batch_record]") {
  for (const char* line : {
           "",
           " ",
           "[]",
           R"({"id":"a\"b"})",                      // an escape
           R"({"\u0069d":1})",                      // an escape in a key
           "{\"next_run\":\"\xc3\xa9t\xc3\xa9\"}",  // UTF-8
           "{\"next_run\":\"a\tb\"}",               // a control character in a string
           R"({"id":1,"id":2})",                    // a duplicate key
           R"({"bogus":1})",                        // an unknown key
           R"({"ids":1})",
           R"({"id" today":"sat"})",  // a key's end is its closing quote
           R"({"id"today":"sat"})",
           R"({"id":1} {"x":1})",  // a second value
           R"({"id":1}x)",
           R"({"id":1,})",
           R"({"id":1)",
           R"({"id":"abc)",  // unclosed: the read-ahead is a quote
           R"({"id":01})",   // numbers simdjson may read otherwise
           R"({"id":1e3})",
           R"({"id":1.})",
           R"({"id":-})",
           R"({"id":1234567890123456789})",
           R"({"id":true})",
           R"({"id":null})",
           R"({"today":nul})",
           R"({"today":nullx})",
           R"({"today":5})",
           R"({"races":"sat"})",
           R"({"races":["sat",5]})",
           R"({"races":["sat",]})",
           "{\"next_run\":\"sat\"}\n",  // a newline is never in a line
       }) {
    INFO(line);
    CHECK_FALSE(plain(line));
  }
  std::string many = R"({"races":[)";
  for (int i = 0; i < 1001; ++i) many += i == 0 ? "\"+1\"" : ",\"+1\"";
  CHECK_FALSE(plain(many + "]}"));
}

TEST_CASE("a plain record reads as simdjson reads it", "[batch_record]") {
  // Plain records with bytes changed, inserted and removed at random: whatever the reader
  // accepts, simdjson must read as the same record.
  const std::vector<std::string> seeds = {
      R"({"id":"runner-0","today":"2024-11-24","last_run":"2024-11-23:long","next_run":"2024-11-24"})",
      R"({"id":12,"races":["2024-05-04:marathon","sat"],"today":null, "next_run" : "+3"})",
      R"({"next_run":"2024-07-12:8 mi","id":-0.5})",
  };
  const std::string alphabet = "{}[],:\" \t\\nul0123456789.-eE+aidtoyrsc\x01\x7f\xc3\xa9";
  std::mt19937 random(11);
  int accepted = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string line = seeds[random() % seeds.size()];
    const int edits = 1 + static_cast<int>(random() % 3);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = random() % (line.size() + 1);
      const char c = alphabet[random() % alphabet.size()];
      switch (random() % 3) {
        case 0:
          if (at < line.size()) line[at] = c;
          break;
        case 1: line.insert(line.begin() + static_cast<std::ptrdiff_t>(at), c); break;
        default:
          if (at < line.size()) line.erase(at, 1);
          break;
      }
    }
    BatchRecord record;
    if (!read(line, record)) continue;
    ++accepted;
    INFO(line);
    CHECK(describe(record) == simdjson_record(line));
  }
  CHECK(accepted > 1000);
}
