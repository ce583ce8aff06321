// `runmassage rules check` and `runmassage rules test`: what a clinic runs after editing rules.
#include <memory>
#include <string>
#include <vector>

#include "cli_common.hpp"
#include "runmassage/error.hpp"
#include "runmassage/file_io.hpp"
#include "runmassage/rule_cases.hpp"
#include "runmassage/rules_check.hpp"

namespace runmassage::cli {
namespace {

// A case file may hold many thousands of cases; a bigger one is surely a mistake.
constexpr std::size_t max_case_file_bytes = 64 * 1024 * 1024;

struct CheckOptions {
  CommonOptions common;
};

struct TestOptions {
  CommonOptions common;
  std::vector<std::string> files;
};

int run_check(const CheckOptions& options) {
  const Knowledge knowledge = load_data(options.common, DataParts::all);
  const CheckReport report = check_rules(knowledge);
  write_stdout(options.common.format == Format::json ? check_to_json(report).dump(2) + "\n"
                                                     : check_to_text(report));
  return report.findings.empty() ? 0 : 1;
}

int run_test(const TestOptions& options) {
  if (options.files.empty()) throw UsageError("rules test: no case FILE given");
  const Knowledge knowledge = load_data(options.common, DataParts::plans);
  // Every file is read and checked before any case runs: an invalid line stops the run.
  std::vector<std::vector<RuleCase>> files;
  for (const auto& file : options.files) {
    files.push_back(parse_rule_cases(read_file(file, max_case_file_bytes), file, knowledge));
  }
  CaseResults results;
  for (const auto& cases : files) run_rule_cases(cases, knowledge, results);
  write_stdout(case_results_to_text(results, knowledge.rules));
  return results.failures.empty() ? 0 : 1;
}

}  // namespace

void setup_rules(CLI::App& app, Command& command) {
  auto* rules = app.add_subcommand("rules", "Check the rules and run a clinic's test cases");
  rules->allow_extras();
  rules->footer(
      "check looks for days with no advice, rules that never fire or never win, and\n"
      "suggestion picks the rules never allow; test runs a clinic's cases. Both exit\n"
      "with 1 when they find something. See runmassage rules check --help.\n\n"
      "Examples:\n"
      "  runmassage rules check --data ./clinic\n"
      "  runmassage rules test --data ./clinic clinic-cases.jsonl");

  auto check_options = std::make_shared<CheckOptions>();
  auto* check = rules->add_subcommand("check", "Analyse the rules over every situation");
  check->allow_extras();
  add_common(*check, check_options->common, "Output format: text (default) or json",
             rules_check_formats);
  check->footer(
      "Every situation the inputs can produce is run through the rules (docs/rules.md).\n"
      "Each finding comes with an example batch line that reproduces it.\n"
      "Exit status: 0 no findings, 1 findings, 65 invalid data.\n\n"
      "Examples:\n"
      "  runmassage rules check --data ./clinic\n"
      "  runmassage rules check --format json | jq -c '.findings[].example'");
  check->callback([&command, check_options] {
    command = [check_options] { return run_check(*check_options); };
  });

  auto test_options = std::make_shared<TestOptions>();
  auto* test = rules->add_subcommand("test", "Run test cases against the rules");
  test->allow_extras();
  test->add_option("FILE", test_options->files, "Case files (JSON Lines)")->type_name("");
  add_data_option(*test, test_options->common);
  test->footer(
      "Each line: a batch line ({\"today\", \"last_run\", \"next_run\", \"races\"}) with\n"
      "\"name\" and \"expect\": {\"recommended\": ID or null, \"avoid\": [IDs],\n"
      "\"rules\": [IDs]}; only the keys given are checked. Exit status: 0 all pass,\n"
      "1 some fail, 65 an invalid case line, 66 a file that cannot be read.\n\n"
      "Examples:\n"
      "  runmassage rules test data/tests/*.jsonl\n"
      "  runmassage rules test --data ./clinic clinic-cases.jsonl");
  test->callback(
      [&command, test_options] { command = [test_options] { return run_test(*test_options); }; });
}

}  // namespace runmassage::cli
