// Batch records: the same plans as `plan --format json`, and an error record for each bad line.
#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "data_files.hpp"
#include "runmassage/batch.hpp"
#include "runmassage/planner.hpp"
#include "runmassage/workout_words.hpp"
#include "support.hpp"

using namespace runmassage;
using test::knowledge;

namespace {

const Date today = *parse_iso_date("2024-05-02");

std::string run(const Knowledge& k, std::string_view line, Detail detail = Detail::full) {
  auto planner = make_batch_planner(k, detail, today, false);
  std::string out;
  planner->plan_line(line, 1, out, 0);
  return out;
}

std::string run(std::string_view line) { return run(knowledge(), line); }

// The lines as a chunk holds them: each ending in '\n', then the read-ahead. The text's size
// without the read-ahead is `size`.
struct Chunk {
  std::string text;
  std::size_t size = 0;

  explicit Chunk(const std::vector<std::string>& lines) {
    for (const auto& line : lines) text += line + '\n';
    size = text.size();
    text.append(batch_read_ahead, '\0');
  }
};

}  // namespace

TEST_CASE("a batch line is plan's JSON with the id in front", "[batch]") {
  // Every combination of a few runs and races, with and without workout words, so the facts,
  // the assumptions and the cached decisions are all compared.
  const std::vector<std::string> lasts = {"", "-4", "-2:tempo", "-1:easy 5 mi", "+0", "+0:long"};
  const std::vector<std::string> nexts = {"", "+0", "+1:long", "+2", "+3:intervals", "+4:20mi"};
  const std::vector<std::string> races = {"", "-2:marathon", "-1", "+0:5k", "+3:half", "+9"};
  int compared = 0;
  // One planner for every line too, so later lines meet facts already decided and are
  // answered from the planner's cache: the answers must not change.
  auto shared = make_batch_planner(knowledge(), Detail::full, today, false);
  std::size_t line_number = 0;
  for (const auto& last : lasts) {
    for (const auto& next : nexts) {
      for (const auto& race : races) {
        if (last.empty() && next.empty() && race.empty()) continue;
        PlanRequest request;
        request.today = today;
        auto as_workout = [](const std::string& text, Direction direction, bool is_race) {
          const DatedWords split = split_dated(text);
          return workout_from_words(resolve_date(split.date, today, direction), split.words,
                                    is_race, knowledge().workouts);
        };
        if (!last.empty()) request.last_run = as_workout(last, Direction::on_or_before, false);
        if (!next.empty()) request.next_run = as_workout(next, Direction::on_or_after, false);
        if (!race.empty()) request.races.push_back(as_workout(race, Direction::on_or_after, true));
        if (request.last_run && request.next_run &&
            request.last_run->date > request.next_run->date) {
          continue;
        }
        Plan plan = make_plan(knowledge().rules, request);
        std::string line = R"({"id":"r1","today":"2024-05-02")";
        if (!last.empty()) line += R"(,"last_run":")" + last + "\"";
        if (!next.empty()) line += R"(,"next_run":")" + next + "\"";
        if (!race.empty()) line += R"(,"races":[")" + race + "\"]";
        line += "}";
        for (Detail detail : {Detail::full, Detail::brief}) {
          nlohmann::ordered_json expected;
          expected["id"] = "r1";
          expected["schema"] = nullptr;  // keeps its place second, after the id
          auto plan_json = plan_to_json(plan, knowledge(), detail);
          for (auto& [key, value] : plan_json.items()) expected[key] = value;
          CHECK(expected["schema"] == "runmassage/plan/v2");
          expected["schema"] = "runmassage/batch/v2";
          INFO(line);
          CHECK(run(knowledge(), line, detail) == expected.dump() + "\n");
          if (detail == Detail::full) {
            std::string cached;
            shared->plan_line(line, ++line_number, cached, 0);
            CHECK(cached == expected.dump() + "\n");
            // Twice: the second time certainly from the cache.
            cached.clear();
            shared->plan_line(line, ++line_number, cached, 0);
            CHECK(cached == expected.dump() + "\n");
          }
          ++compared;
        }
      }
    }
  }
  CHECK(compared == 430);
}

TEST_CASE("batch reads workouts after the dates", "[batch]") {
  auto out = nlohmann::json::parse(
      run(R"({"id":7,"today":"2024-10-24","races":["2024-10-27:half"],"next_run":"sat:easy"})"));
  CHECK(out["facts"]["next_race_km"] == 21.1);
  CHECK(out["facts"]["next_run_kind"] == "easy");
  CHECK(out["recommended"]["rule"] == "race-week");
  CHECK(
      run(R"({"id":"a","races":["sat:-5km"]})") ==
      R"({"id":"a","schema":"runmassage/batch/v2","line":1,"error":"races: distance '-5 km' in '-5km' is not more than 0"})"
      "\n");
  CHECK(
      run(R"({"id":"a","next_run":"sat:"})") ==
      R"J({"id":"a","schema":"runmassage/batch/v2","line":1,"error":"next_run: no workout after ':' in 'sat:' (give DATE or DATE:WORKOUT, e.g. sat:long)"})J"
      "\n");
}

TEST_CASE("batch resolves date words against the record's today", "[batch]") {
  auto out = nlohmann::json::parse(
      run(R"({"id": 42, "today": "2024-02-28", "last_run": "yesterday", "next_run": "fri"})"));
  CHECK(out["id"] == 42);
  CHECK(out["date"] == "2024-02-28");
  CHECK(out["last_run"] == "2024-02-27");
  CHECK(out["next_run"] == "2024-03-01");
  CHECK(out["recommended"]["id"] == "deep-tissue");
  // Without "today" the planner's default day is used; null means "not given".
  out = nlohmann::json::parse(run(R"({"id":"x","next_run":"+1","last_run":null})"));
  CHECK(out["date"] == "2024-05-02");
  CHECK(out["last_run"] == nullptr);
  CHECK(out["recommended"]["id"] == "swedish");
  CHECK(out.contains("id"));
  CHECK(nlohmann::json::parse(run(R"({"next_run":"+1"})")).contains("id") == false);
}

TEST_CASE("bad lines give exact error records", "[batch]") {
  CHECK(run("not json") ==
        R"({"schema":"runmassage/batch/v2","line":1,"error":"expected a JSON object"})"
        "\n");
  CHECK(run("   ") == R"({"schema":"runmassage/batch/v2","line":1,"error":"empty line"})"
                      "\n");
  CHECK(
      run(R"({"id":"a","next_run":"2023-02-29"})") ==
      R"({"id":"a","schema":"runmassage/batch/v2","line":1,"error":"next_run: invalid date '2023-02-29': February 2023 has 28 days"})"
      "\n");
  CHECK(
      run(R"({"next_run":"2024-05-01","id":5})") ==
      R"J({"id":5,"schema":"runmassage/batch/v2","line":1,"error":"next run 2024-05-01 is before today (2024-05-02)"})J"
      "\n");
  CHECK(
      run(R"({"id":"a"})") ==
      R"({"id":"a","schema":"runmassage/batch/v2","line":1,"error":"no run date: give next_run, last_run or races"})"
      "\n");
  CHECK(
      run(R"({"id":"a","next_run":5})") ==
      R"({"id":"a","schema":"runmassage/batch/v2","line":1,"error":"next_run: expected a date string or null"})"
      "\n");
  // An atom that only starts like null is not JSON, not a missing date.
  for (const char* atom : {"nul", "nullx", "nulL"}) {
    CHECK(
        run(R"({"id":"a","next_run":"+1","last_run":)" + std::string(atom) + "}") ==
        R"({"id":"a","schema":"runmassage/batch/v2","line":1,"column":38,"error":"line 1, column 38: invalid JSON: Problem while parsing an atom starting with the letter 'n'"})"
        "\n");
  }
  CHECK(run(R"({"id":"a","next_run":"+1","last_run":null})").find(R"("last_run":null,)") !=
        std::string::npos);
  CHECK(run(R"({"id":true,"next_run":"+1"})") ==
        R"({"schema":"runmassage/batch/v2","line":1,"error":"id: expected a string or a number"})"
        "\n");
  CHECK(
      run(R"({"id":"a","races":"sat"})") ==
      R"({"id":"a","schema":"runmassage/batch/v2","line":1,"error":"races: expected an array of dates"})"
      "\n");
  CHECK(
      run(R"({"id":"a","next_run":"+1","name":"Ann"})") ==
      R"J({"id":"a","schema":"runmassage/batch/v2","line":1,"error":"unknown key \"name\" (expected id, today, last_run, next_run, races)"})J"
      "\n");
  CHECK(run(R"({"id":"a","next_run":"+1","next_run":"+2"})") ==
        R"({"id":"a","schema":"runmassage/batch/v2","line":1,"error":"duplicate key \"next_run\""})"
        "\n");
  CHECK(
      run(R"({"id":"a","next_run":"+1"} {})") ==
      R"({"id":"a","schema":"runmassage/batch/v2","line":1,"column":28,"error":"line 1, column 28: invalid JSON: more than one value on the line"})"
      "\n");
  CHECK(
      run("{\"id\":\"a\xff\"}") ==
      R"({"schema":"runmassage/batch/v2","line":1,"column":9,"error":"line 1, column 9: invalid JSON: The input is not valid UTF-8"})"
      "\n");
  CHECK(
      run(R"({"id":"a","next_run":"+1")") ==
      R"({"schema":"runmassage/batch/v2","line":1,"column":26,"error":"line 1, column 26: invalid JSON: JSON document ended early in the middle of an object or array."})"
      "\n");
  // A NUL byte, after the record or inside a string, is named where it is.
  CHECK(
      run(std::string("{\"id\":\"a\",\"next_run\":\"+1\"}\0", 27)) ==
      R"({"schema":"runmassage/batch/v2","line":1,"column":27,"error":"line 1, column 27: invalid JSON: a NUL byte"})"
      "\n");
  CHECK(
      run(std::string("{\"id\":\"a\",\"next_run\":\"+\0\"}", 26)) ==
      R"({"schema":"runmassage/batch/v2","line":1,"column":24,"error":"line 1, column 24: invalid JSON: a NUL byte"})"
      "\n");
}

TEST_CASE("batch answers come from the rules, so a changed rule changes them", "[batch]") {
  auto massages = test::source_file("massages.json");
  auto rules = nlohmann::json::parse(test::source_file("rules.json"));
  for (auto& rule : rules["rules"]) {
    if (rule["id"] == "rest-day") rule["event"]["params"]["massage"] = "swedish";
  }
  auto schedule = test::source_file("schedule.json");
  auto workouts = test::source_file("workouts.json");
  Knowledge changed = parse_knowledge({{"massages.json", massages},
                                       {"rules.json", rules.dump()},
                                       {"workouts.json", workouts},
                                       DataFile{"schedule.json", schedule}});
  const char* line = R"({"id":1,"last_run":"-1","next_run":"+3"})";
  CHECK(nlohmann::json::parse(run(line))["recommended"]["id"] == "deep-tissue");
  CHECK(nlohmann::json::parse(run(changed, line))["recommended"]["id"] == "swedish");
}

TEST_CASE("an error record for invalid JSON names the column where it broke", "[batch]") {
  // Columns count characters from 1, so the two bytes of the e-acute count once.
  CHECK(
      run(R"({"id":"a","next_run":"+1"} {})") ==
      R"({"id":"a","schema":"runmassage/batch/v2","line":1,"column":28,"error":"line 1, column 28: invalid JSON: more than one value on the line"})"
      "\n");
  CHECK(
      run("{\"id\":\"caf\xc3\xa9\" \"x\"}") ==
      R"({"id":"café","schema":"runmassage/batch/v2","line":1,"column":14,"error":"line 1, column 14: invalid JSON: The JSON document has an improper structure: missing or superfluous commas, braces, missing keys, etc."})"
      "\n");
  CHECK(
      run("{\"id\":\"a\xff\"}") ==
      R"({"schema":"runmassage/batch/v2","line":1,"column":9,"error":"line 1, column 9: invalid JSON: The input is not valid UTF-8"})"
      "\n");
  // A line that is not JSON by type, not by syntax, has no column.
  CHECK(run("[1]") ==
        R"({"schema":"runmassage/batch/v2","line":1,"error":"expected a JSON object"})"
        "\n");
}

TEST_CASE("a blank line gets an error record without an id", "[batch]") {
  auto planner = make_batch_planner(knowledge(), Detail::full, today, false);
  const std::string first = R"({"id":"ann","next_run":"+1"})";
  std::string out;
  REQUIRE(planner->plan_line(first, 1, out, 0));
  // As long as the line before, so that a parser reading stale bytes would find its id.
  for (const std::string& blank :
       {std::string(first.size(), ' '), std::string(), std::string("\t\r")}) {
    out.clear();
    CHECK_FALSE(planner->plan_line(blank, 2, out, 0));
    CHECK(out == R"({"schema":"runmassage/batch/v2","line":2,"error":"empty line"})"
                 "\n");
  }
}

TEST_CASE("a line ending in a carriage return is read like one without", "[batch]") {
  const std::string line = R"({"id":"a","today":"2024-05-02","next_run":"+1"})";
  CHECK(run(line + "\r") == run(line));
  CHECK(run(line).rfind(R"({"id":"a","schema":"runmassage/batch/v2","date":"2024-05-02",)", 0) ==
        0);
}

TEST_CASE("lines parsed together are planned as each alone", "[batch]") {
  // Each way a line can fail to be one JSON value of its own, alone between two good lines in
  // one chunk: a value that runs over lines, two values on a line, bytes after the value, a
  // scalar, a NUL byte, a stray bracket, bytes no value starts with, a value left open; blank
  // lines; good lines with spaces, escapes and a carriage return; lines in error for their
  // content. Each with how many of the chunk's lines are planned from the stream: the first
  // good line always; the rest only if nothing before them made the chunk fall back.
  const std::string first = R"({"id":1,"today":"2024-05-02","next_run":"2024-05-04:long"})";
  const std::string last = R"({"id":2,"last_run":"2024-05-01","next_run":"2024-05-03"})";
  const std::vector<std::pair<std::vector<std::string>, std::size_t>> middles = {
      {{""}, 2},
      {{"   \t"}, 2},
      {{R"({"id":3,)", R"("next_run":"2024-05-03"})"}, 1},
      {{R"({"id":4,"next_run":"2024-05-03"} {"id":5,"next_run":"2024-05-03"})"}, 1},
      {{R"({"id":6,"next_run":"2024-05-03"} x)"}, 1},
      {{"42"}, 1},
      {{std::string(R"({"id":7,"next_run":"2024-05-03"})") + '\0'}, 1},
      {{std::string(R"({"id":7,"next_run":)") + '\0' + "}"}, 1},
      {{R"({"id":7,"next_run":x})", R"({"id":7,"next_run":})"}, 1},
      {{"]"}, 1},
      {{R"({"id":14,"next_run":"2024-05-03")"}, 1},
      {{R"(  {"id":8,"next_run":"2024-05-03"}  )"}, 3},
      {{R"({"id":"r\u0039","next_run":"2024-05-03\u003along"})"}, 3},
      {{"{\"id\":10,\"next_run\":\"2024-05-03\"}\r"}, 3},
      {{R"({"id":13,"last_run":"2024-05-01:tempo","races":["2024-05-05:10k"]})"}, 3},
      {{R"({"id":11,"next_run":"someday"})"}, 1},
      {{R"({"id":12})"}, 1},
      {{R"({"id":12,"last_run":nul,"next_run":"2024-05-03"})"}, 1},
      // A string that is not UTF-8 spoils the parse of the whole chunk.
      {{"{\"id\":15,\"next_run\":\"2024-05-03:\xff\"}"}, 0},
  };
  std::vector<std::pair<std::vector<std::string>, std::size_t>> chunks;
  for (const auto& [middle, together] : middles) {
    std::vector<std::string> chunk = {first};
    chunk.insert(chunk.end(), middle.begin(), middle.end());
    chunk.push_back(last);
    chunks.emplace_back(chunk, together);
  }
  // Last in its chunk, bytes after the value that do not make one (the stream drops them).
  chunks.push_back({{first, R"({"id":16,"next_run":"2024-05-03"}x:"2024-05-02":3,"a":"+2"})"}, 1});
  for (const auto& [chunk, together_count] : chunks) {
    const Chunk lines(chunk);
    const std::string& text = lines.text;
    auto together = make_batch_planner(knowledge(), Detail::full, today, false);
    together->begin_lines(std::string_view(text.data(), lines.size));
    std::size_t at = 0;
    for (std::size_t i = 0; i < chunk.size(); ++i) {
      const std::string_view line(text.data() + at, chunk[i].size());
      at += chunk[i].size() + 1;
      std::string out;
      together->plan_line(line, i + 1, out, text.size() - at + 1);
      auto alone = make_batch_planner(knowledge(), Detail::full, today, false);
      std::string expected;
      alone->plan_line(chunk[i], i + 1, expected, 0);
      INFO("line " << i + 1 << ": " << chunk[i]);
      CHECK(out == expected);
    }
    INFO("chunk with " << chunk[1]);
    CHECK(together->lines_parsed_together() == together_count);
  }
}

TEST_CASE("lines parse together until one cannot be told apart from its neighbours", "[batch]") {
  // The good lines before the first line that runs into the next are parsed together; from
  // there on, each alone.
  const std::vector<std::string> lines = {R"({"id":1,"next_run":"2024-05-04:long"})",
                                          "",
                                          R"({"id":2,"next_run":"2024-05-03"})",
                                          R"({"id":3,)",
                                          R"("next_run":"2024-05-03"})",
                                          R"({"id":4,"next_run":"2024-05-03"})"};
  const Chunk chunk(lines);
  const std::string& text = chunk.text;
  auto planner = make_batch_planner(knowledge(), Detail::full, today, false);
  planner->begin_lines(std::string_view(text.data(), chunk.size));
  std::size_t at = 0;
  std::vector<bool> planned;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string out;
    planned.push_back(planner->plan_line(std::string_view(text.data() + at, lines[i].size()), i + 1,
                                         out, text.size() - at - lines[i].size()));
    at += lines[i].size() + 1;
  }
  CHECK(planned == std::vector<bool>{true, false, true, false, false, true});
  CHECK(planner->lines_parsed_together() == 2);
}

TEST_CASE("dates met before are read as the first time", "[batch]") {
  // Thousands of days, more than the planner remembers, so remembered dates are replaced;
  // among them dates that are not real, one day past a real one (same first eight bytes).
  auto shared = make_batch_planner(knowledge(), Detail::brief, today, false);
  std::vector<std::string> days;
  days.reserve(4004);
  for (int i = 0; i < 4000; ++i) days.push_back(to_iso(add_days(today, 3 * i - 6000)));
  for (const char* bad : {"2023-02-29", "2024-02-30", "2024-04-31", "2024-13-01"}) {
    days.insert(days.begin() + 17, bad);
  }
  std::size_t line = 0;
  for (int round = 0; round < 2; ++round) {
    for (const std::string& day : days) {
      const std::string record = R"({"id":1,"today":")" + day + R"(","next_run":")" + day + "\"}";
      std::string out;
      shared->plan_line(record, ++line, out, 0);
      auto alone = make_batch_planner(knowledge(), Detail::brief, today, false);
      std::string expected;
      alone->plan_line(record, line, expected, 0);
      INFO(record);
      REQUIRE(out == expected);
    }
  }
}

TEST_CASE("keys are the same written plainly or with escapes", "[batch]") {
  // Keys are matched as written when they can be, and unescaped otherwise: the same record.
  const std::string plain = run(R"({"id":7,"next_run":"2024-05-04:long","today":"2024-05-02"})");
  REQUIRE(plain.find(R"("next_run":"2024-05-04")") != std::string::npos);
  CHECK(run(R"({"\u0069d":7,"next_\u0072un":"2024-05-04:long","t\u006fday":"2024-05-02"})") ==
        plain);
  // One of ours twice, once escaped; a key that only begins like one; a key one of ours begins.
  CHECK(run(R"({"id":1,"\u0069d":2,"next_run":"+1"})") ==
        R"({"id":2,"schema":"runmassage/batch/v2","line":1,"error":"duplicate key \"id\""})"
        "\n");
  CHECK(
      run(R"({"ids":1,"next_run":"+1"})") ==
      R"J({"schema":"runmassage/batch/v2","line":1,"error":"unknown key \"ids\" (expected id, today, last_run, next_run, races)"})J"
      "\n");
  CHECK(
      run(R"({"i":1,"next_run":"+1"})") ==
      R"J({"schema":"runmassage/batch/v2","line":1,"error":"unknown key \"i\" (expected id, today, last_run, next_run, races)"})J"
      "\n");
}
