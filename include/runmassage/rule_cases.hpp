// Rule test cases: JSON Lines of batch-shaped situations with the advice a clinic expects.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runmassage/knowledge.hpp"
#include "runmassage/planner.hpp"

namespace runmassage {

/// What a case expects; a key left out is not checked.
struct CaseExpectation {
  /// The recommended massage type's id; an empty inner optional expects no recommendation.
  std::optional<std::optional<std::string>> recommended;
  std::optional<std::vector<std::string>> avoid;  ///< the avoided type ids, in any order
  std::optional<std::vector<std::string>> rules;  ///< the rules that fire, in any order
};

/// One case line.
struct RuleCase {
  std::string file;
  std::size_t line = 0;
  std::string name;
  PlanRequest request;
  CaseExpectation expect;
};

/// The longest case line accepted, in bytes (as for batch lines).
inline constexpr std::size_t max_case_line_bytes = 64 * 1024;

/// Parses a case file: one JSON object a line ({"name", "today", "last_run", "next_run",
/// "races", "expect"}, "id" allowed and ignored), blank lines skipped. Throws DataError
/// "FILE: line N: what" for the first invalid line, including ids the data does not know.
std::vector<RuleCase> parse_rule_cases(std::string_view text, const std::string& file,
                                       const Knowledge& knowledge);

/// The outcome of running cases.
struct CaseResults {
  std::size_t passed = 0;
  std::vector<std::string> failures;  ///< one line per failing case
  std::vector<bool> fired;            ///< per rule (priority order): some case fired it
};

/// Plans each case as `batch` would and compares the expectations; adds to `results`.
void run_rule_cases(const std::vector<RuleCase>& cases, const Knowledge& knowledge,
                    CaseResults& results);

/// The failing lines, "N passed, M failed" and the rules no case fired.
std::string case_results_to_text(const CaseResults& results, const RuleSet& rules);

}  // namespace runmassage
