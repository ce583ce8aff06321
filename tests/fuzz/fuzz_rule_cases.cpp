// libFuzzer target: rule case files. Every input must give cases that run, or a DataError.
#include <cstddef>
#include <cstdint>
#include <string>

#include "runmassage/error.hpp"
#include "runmassage/rule_cases.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const runmassage::Knowledge knowledge = runmassage::default_knowledge();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  try {
    const auto cases = runmassage::parse_rule_cases(input, "cases.jsonl", knowledge);
    runmassage::CaseResults results;
    runmassage::run_rule_cases(cases, knowledge, results);
    if (results.passed + results.failures.size() != cases.size()) __builtin_trap();
    const std::string text = runmassage::case_results_to_text(results, knowledge.rules);
    if (text.empty() || text.back() != '\n') __builtin_trap();
  } catch (const runmassage::DataError&) {
  }
  return 0;
}
