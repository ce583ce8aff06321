// Rule test cases: parsing with exact errors, checking each expectation, coverage.
#include "runmassage/rule_cases.hpp"
#include "catch.hpp"
#include "runmassage/error.hpp"
#include "support.hpp"

using namespace runmassage;

namespace {

std::string error_of(const std::string& text) {
  try {
    parse_rule_cases(text, "cases.jsonl", test::knowledge());
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}

std::string run_text(const std::string& text) {
  CaseResults results;
  run_rule_cases(parse_rule_cases(text, "cases.jsonl", test::knowledge()), test::knowledge(),
                 results);
  return case_results_to_text(results, test::knowledge().rules);
}

}  // namespace

TEST_CASE("a case reads like a batch line with a name and what to expect", "[rule_cases]") {
  const auto cases = parse_rule_cases(
      "\n"
      R"({"name":"eve","today":"2024-05-02","last_run":"wed","next_run":"fri:long",)"
      R"("races":["2024-05-08:marathon"],"expect":{"recommended":"swedish"}})"
      "\n",
      "cases.jsonl", test::knowledge());
  REQUIRE(cases.size() == 1);
  CHECK(cases[0].line == 2);
  CHECK(cases[0].name == "eve");
  CHECK(cases[0].request.last_run->date == test::day("2024-05-01"));
  CHECK(cases[0].request.next_run->kind == WorkoutKind::long_run);
  CHECK(cases[0].request.races[0].km == 42.2);
  CHECK(cases[0].expect.recommended == std::optional<std::string>("swedish"));
  CHECK_FALSE(cases[0].expect.avoid);
}

TEST_CASE("passing and failing cases, then the summary and coverage", "[rule_cases]") {
  const std::string text =
      R"({"name":"rest","today":"2024-05-02","last_run":"-2","expect":{"recommended":"deep-tissue","avoid":[],"rules":["light-rest-day","rest-day"]}})"
      "\n"
      R"({"name":"wrong","today":"2024-05-02","next_run":"+1","expect":{"recommended":null,"avoid":["swedish"],"rules":["run-tomorrow"]}})"
      "\n";
  CHECK(run_text(text) ==
        "FAIL cases.jsonl:2 wrong: recommended: expected null, got swedish; avoid: expected "
        "[swedish], got [deep-tissue]; rules: expected [run-tomorrow], got "
        "[no-deep-tissue-within-a-day-of-a-run, run-tomorrow]\n"
        "1 passed, 1 failed\n"
        "Coverage: no case fired run-today, no-deep-tissue-before-a-short-race,\n"
        "  no-deep-tissue-before-a-half-marathon, no-deep-tissue-before-a-marathon,\n"
        "  no-deep-tissue-before-an-ultra, no-deep-tissue-before-a-race,\n"
        "  no-deep-tissue-on-race-day, no-deep-tissue-after-a-half-marathon,\n"
        "  no-deep-tissue-after-a-marathon, no-deep-tissue-after-an-ultra,\n"
        "  no-deep-tissue-before-a-key-workout, race-eve, eve-of-key-workout, race-week,\n"
        "  flush-after-a-long-race, ran-today, race-recovery.\n");
}

TEST_CASE("invalid case lines fail with the file, line and what was wrong", "[rule_cases]") {
  CHECK(error_of("{\"name\":\"x\"\n") ==
        "cases.jsonl: line 1: invalid JSON: syntax error while parsing object - unexpected "
        "end of input; expected '}'");
  CHECK(error_of("[1]") == "cases.jsonl: line 1: expected a JSON object");
  CHECK(error_of(std::string("{}\0junk", 7)) == "cases.jsonl: line 1: invalid JSON: a NUL byte");
  CHECK(error_of(R"({"today":"2024-05-02","next_run":"+1","expect":{}})") ==
        "cases.jsonl: line 1: name: expected a non-empty string");
  CHECK(error_of(R"({"name":"a","next_run":"+1","expect":{}})") ==
        "cases.jsonl: line 1: today: expected a date string");
  CHECK(error_of(R"({"name":"a","today":"tomorrow","next_run":"+1","expect":{}})") ==
        "cases.jsonl: line 1: today: expected a date as YYYY-MM-DD");
  CHECK(error_of(R"({"name":"a","today":"2024-05-02","next_run":"+1"})") ==
        "cases.jsonl: line 1: expect: missing (what should the case check?)");
  CHECK(
      error_of(
          "\n"
          R"({"name":"a","today":"2024-05-02","next_run":"+1","expect":{"recommended":"hot-stone"}})") ==
      "cases.jsonl: line 2: expect.recommended: unknown massage type \"hot-stone\"");
  CHECK(error_of(
            R"({"name":"a","today":"2024-05-02","next_run":"+1","expect":{"rules":["nope"]}})") ==
        "cases.jsonl: line 1: expect.rules: unknown rule \"nope\"");
  CHECK(error_of(R"({"name":"a","today":"2024-05-02","next_run":"+1","expect":{"why":1}})") ==
        "cases.jsonl: line 1: expect: unknown key \"why\" (expected recommended, avoid, rules)");
  CHECK(error_of(R"({"name":"a","today":"2024-05-02","expect":{}})") ==
        "cases.jsonl: line 1: no run date: give --next-run, --last-run or --race");
  CHECK(error_of(R"({"name":"a","today":"2024-05-02","next_run":"-1","expect":{}})") ==
        "cases.jsonl: line 1: next run 2024-05-01 is before today (2024-05-02)");
  CHECK(error_of(R"({"name":"a","today":"2024-05-02","next_run":"+1","extra":1,"expect":{}})") ==
        "cases.jsonl: line 1: unknown key \"extra\" (expected name, id, today, last_run, "
        "next_run, races, expect)");
  CHECK(error_of(std::string(100, '[')) == "cases.jsonl: line 1: nesting deeper than 64 levels");
}
