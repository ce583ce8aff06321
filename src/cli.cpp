// Subcommands in the style of CLI11's examples: an options struct, a setup and a run for each.
#include "cli.hpp"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "runmassage/data.hpp"
#include "runmassage/date.hpp"
#include "runmassage/error.hpp"
#include "runmassage/planner.hpp"
#include "runmassage/render.hpp"

namespace runmassage::cli {
namespace {

constexpr const char* version_text = "runmassage 0.1.0";

/// Options every command that reads data shares.
struct CommonOptions {
  std::string data_dir;
  std::string format = "text";
};

struct PlanOptions {
  CommonOptions common;
  std::string today;
  std::string next_run;
  std::string last_run;
  std::vector<std::string> races;
};

struct TypesOptions {
  CommonOptions common;
};

// The clock is read here and nowhere else: the local calendar date.
Date local_today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{date::year{local.tm_year + 1900}, date::month{static_cast<unsigned>(local.tm_mon + 1)},
              date::day{static_cast<unsigned>(local.tm_mday)}};
}

Knowledge load_data(const CommonOptions& options) {
  if (!options.data_dir.empty()) return load_knowledge(options.data_dir);
  const char* env = std::getenv("RUNMASSAGE_DATA_DIR");
  if (env != nullptr && *env != '\0') return load_knowledge(env);
  return default_knowledge();
}

void check_format(const std::string& format, std::initializer_list<std::string_view> allowed) {
  std::string list;
  for (auto name : allowed) {
    if (name == format) return;
    if (!list.empty()) list += ", ";
    list += name;
  }
  throw UsageError("--format: unknown format '" + format + "' (expected " + list + ")");
}

// A date option resolved against today; the message names the option.
Date option_date(const char* option, const std::string& text, Date today, Direction direction) {
  try {
    return resolve_date(text, today, direction);
  } catch (const UsageError& e) {
    throw UsageError(std::string(option) + ": " + e.what());
  }
}

// Writes everything or reports why not; output is built first so an error prints nothing.
void write_stdout(const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    throw IoError(std::string("cannot write output: ") + std::strerror(errno));
  }
}

void add_common(CLI::App& command, CommonOptions& options, const char* formats) {
  command.add_option("--format", options.format, formats)->type_name("FORMAT");
  command.add_option("--data", options.data_dir,
                     "Read massages.json and rules.json from DIR")
      ->type_name("DIR");
}

void setup_plan(CLI::App& app, PlanOptions& options) {
  auto* plan = app.add_subcommand("plan", "Which massage to book on a day, and why");
  plan->allow_extras();
  plan->add_option("--next-run", options.next_run, "The next run (on or after today)")
      ->type_name("DATE");
  plan->add_option("--last-run", options.last_run, "The last run (on or before today)")
      ->type_name("DATE");
  plan->add_option("--race", options.races, "A race day (repeatable); races are runs too")
      ->type_name("DATE")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  plan->add_option("--today", options.today, "Plan for this day instead of today")
      ->type_name("DATE");
  add_common(*plan, options.common, "Output format: text (default) or json");
  plan->footer(
      "DATE is YYYY-MM-DD, today, tomorrow, yesterday, +N or -N days, or a weekday\n"
      "(monday or mon): the coming one for --next-run and --race, the last one for\n"
      "--last-run.\n\n"
      "Examples:\n"
      "  runmassage plan --next-run 2024-05-03\n"
      "  runmassage plan --last-run yesterday --next-run sat --format json\n"
      "  runmassage plan --today 2024-04-29 --race 2024-05-04");
}

int run_plan(const PlanOptions& options) {
  check_format(options.common.format, {"text", "json"});
  const Date clock_today = local_today();
  PlanRequest request;
  request.today = options.today.empty()
                      ? clock_today
                      : option_date("--today", options.today, clock_today, Direction::on_or_after);
  if (!options.next_run.empty()) {
    request.next_run =
        option_date("--next-run", options.next_run, request.today, Direction::on_or_after);
  }
  if (!options.last_run.empty()) {
    request.last_run =
        option_date("--last-run", options.last_run, request.today, Direction::on_or_before);
  }
  for (const auto& race : options.races) {
    request.races.push_back(option_date("--race", race, request.today, Direction::on_or_after));
  }
  Plan situated = situate(request);  // usage errors before data errors: the cheaper fix first
  Knowledge knowledge = load_data(options.common);
  situated.decision = knowledge.rules.decide(situated.facts);
  write_stdout(options.common.format == "json" ? plan_to_json(situated, knowledge).dump(2) + "\n"
                                               : plan_to_text(situated, knowledge));
  return 0;
}

void setup_types(CLI::App& app, TypesOptions& options) {
  auto* types = app.add_subcommand("types", "List the massage types and their techniques");
  types->allow_extras();
  add_common(*types, options.common, "Output format: text (default) or json");
  types->footer(
      "Examples:\n"
      "  runmassage types\n"
      "  runmassage types --format json | jq -r '.types[].id'");
}

int run_types(const TypesOptions& options) {
  check_format(options.common.format, {"text", "json"});
  Knowledge knowledge = load_data(options.common);
  write_stdout(options.common.format == "json"
                   ? catalogue_to_json(knowledge.catalogue).dump(2) + "\n"
                   : catalogue_to_text(knowledge.catalogue));
  return 0;
}

// Arguments no option took, reported as the first one a user would want to fix.
void check_leftovers(const CLI::App& app) {
  if (app.get_subcommands().empty()) {
    if (app.remaining().empty()) throw UsageError("no command given (try plan or types)");
    throw UsageError("unknown command '" + app.remaining().front() + "' (try plan or types)");
  }
  const CLI::App& command = *app.get_subcommands().front();
  for (const auto& arg : command.remaining()) {
    if (arg.size() > 1 && arg[0] == '-') {
      throw UsageError(command.get_name() + ": unknown option '" + arg + "'");
    }
  }
  if (!command.remaining().empty()) {
    throw UsageError(command.get_name() + ": unexpected argument '" + command.remaining().front() +
                     "'");
  }
}

// One line, for a one-line error report.
std::string single_line(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

int report(const std::string& message, ExitCode code) {
  std::fprintf(stderr, "runmassage: error: %s\n", single_line(message).c_str());
  return static_cast<int>(code);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"runmassage: which massage a runner should book, and when.", "runmassage"};
  app.set_version_flag("--version", version_text);
  app.require_subcommand(0, 1);
  app.allow_extras();  // reported below in our own words
  app.footer(
      "Examples:\n"
      "  runmassage plan --next-run sat\n"
      "  runmassage plan --last-run yesterday --next-run tomorrow --format json\n"
      "  runmassage types\n\n"
      "Exit status: 0 ok, 64 usage error, 65 invalid data, 66 unreadable file.");

  PlanOptions plan_options;
  TypesOptions types_options;
  setup_plan(app, plan_options);
  setup_types(app, types_options);

  try {
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      if (e.get_exit_code() == 0) return app.exit(e);  // --help and --version
      throw UsageError(e.what());
    }
    check_leftovers(app);
    if (app.got_subcommand("plan")) return run_plan(plan_options);
    return run_types(types_options);
  } catch (const Error& e) {
    return report(e.what(), e.code());
  } catch (const std::exception& e) {
    return report(std::string("internal error: ") + e.what(), ExitCode::data);
  }
}

}  // namespace runmassage::cli
