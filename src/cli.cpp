// The top of the CLI: registers the subcommands, runs the chosen one, maps errors to exit codes.
#include "cli.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli_common.hpp"
#include "cli_config.hpp"
#include "cli_errors.hpp"
#include "runmassage/error.hpp"
#include "runmassage/text.hpp"

namespace runmassage::cli {
namespace {

// CMake passes the project version, so --version, the man page and the package agree.
constexpr const char* version_text = "runmassage " RUNMASSAGE_VERSION;

// The name of an option as typed, without any "=value".
std::string option_name(const std::string& arg) { return arg.substr(0, arg.find('=')); }

// The commands that take the option `name`, as "plan, week and history"; empty for none.
std::string commands_with(const CLI::App& app, const std::string& name) {
  std::vector<std::string> found;
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_option_no_throw(name) != nullptr) found.push_back(sub->get_name());
  }
  return join_list(found);
}

// An option a user put on the wrong side of the command: where it belongs, or "" when it belongs
// nowhere. `command` is the chosen command, or null when there is none.
std::string misplaced(const CLI::App& app, const CLI::App* command, const std::string& arg) {
  const std::string name = option_name(arg);
  if (command != nullptr && command->get_option_no_throw(name) != nullptr) {
    return "'" + name + "' goes after the command: runmassage " + command->get_name() + " " + name +
           " ...";
  }
  const std::string owners = commands_with(app, name);
  if (owners.empty()) return "";
  return "'" + name + "' is an option of " + owners + "; it goes after the command";
}

// Arguments no option took, reported as the first one a user would want to fix.
void check_leftovers(const CLI::App& app) {
  const CLI::App* top = app.get_subcommands().empty() ? nullptr : app.get_subcommands().front();
  if (!app.remaining().empty()) {
    const std::string first = app.remaining().front();  // remaining() returns a copy
    if (first.size() > 1 && first[0] == '-') {
      std::string where = misplaced(app, top, first);
      if (!where.empty()) throw UsageError(where);
      throw UsageError("unknown option " + quoted_input(option_name(first)) +
                       " (try runmassage --help)");
    }
    if (top != nullptr) {
      throw UsageError("unexpected " + quoted_input(first) +
                       " before the command (options go after it)");
    }
  }
  if (top == nullptr) {
    if (app.remaining().empty()) throw UsageError("no command given (try runmassage --help)");
    throw UsageError("unknown command " + quoted_input(app.remaining().front()) +
                     " (try runmassage --help)");
  }
  // A command with subcommands of its own (`rules check`) is named by both words.
  const CLI::App* chosen = top;
  std::string name = chosen->get_name();
  while (!chosen->get_subcommands().empty()) {
    chosen = chosen->get_subcommands().front();
    name += " " + chosen->get_name();
  }
  const CLI::App& command = *chosen;
  if (!command.get_subcommands({}).empty()) {
    std::string names;
    for (const CLI::App* sub : command.get_subcommands({})) {
      names += (names.empty() ? "" : " or ") + sub->get_name();
    }
    if (command.remaining().empty())
      throw UsageError(name + ": no subcommand given (" + names + ")");
    throw UsageError(name + ": unknown subcommand " + quoted_input(command.remaining().front()) +
                     " (" + names + ")");
  }
  for (const auto& arg : command.remaining()) {
    if (arg.size() > 1 && arg[0] == '-') {
      const std::string option = option_name(arg);
      if (app.get_option_no_throw(option) != nullptr) {
        throw UsageError(name + ": '" + option + "' goes before the command: runmassage " + option +
                         " ... " + name);
      }
      const std::string owners = commands_with(app, option);
      throw UsageError(name + ": unknown option " + quoted_input(arg) +
                       (owners.empty() ? "" : " (an option of " + owners + ")"));
    }
  }
  if (!command.remaining().empty()) {
    throw UsageError(name + ": unexpected argument " + quoted_input(command.remaining().front()));
  }
}

// Other spellings users type for an option: British English. Rewritten before parsing, so --help
// shows one name; the man page lists both.
constexpr std::pair<std::string_view, std::string_view> spellings[] = {{"--colour", "--color"}};

// argv with each other spelling (alone or before "=value") replaced by the option's name.
std::vector<std::string> respelled(int argc, char** argv) {
  std::vector<std::string> args(argv, argv + argc);
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--") break;
    for (const auto& [other, name] : spellings) {
      const std::string_view arg = args[i];
      if (arg.substr(0, other.size()) == other &&
          (arg.size() == other.size() || arg[other.size()] == '=')) {
        args[i] = std::string(name) + std::string(arg.substr(other.size()));
      }
    }
  }
  return args;
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
  std::fprintf(stderr, "runmassage: error: %s\n", printable(single_line(message)).c_str());
  return static_cast<int>(code);
}

// Every command by the name a user types, with the function that registers it under that name,
// in the order --help lists them.
struct CommandEntry {
  std::string_view name;
  void (*setup)(CLI::App& app, Command& command);
};
constexpr CommandEntry command_table[] = {
    {"plan", setup_plan}, {"types", setup_types},     {"batch", setup_batch},
    {"week", setup_week}, {"history", setup_history}, {"rules", setup_rules},
};

// The command the arguments name, when exactly one argument is a command's name; with two
// (`--config plan plan`, `plan week`) building one command could read them otherwise.
const CommandEntry* named_command(const std::vector<std::string>& args) {
  const CommandEntry* named = nullptr;
  for (std::size_t i = 1; i < args.size(); ++i) {
    for (const CommandEntry& entry : command_table) {
      if (args[i] != entry.name) continue;
      if (named != nullptr) return nullptr;
      named = &entry;
    }
  }
  return named;
}

// Parses the command line with every command registered, or with only `only`; then runs the
// chosen command. With `only`, returns nothing, having done nothing, when the outcome could
// depend on the commands left out: a parse error or a misplaced option (their messages say
// which command an option belongs to), another command chosen, or a config file (whose every
// section is checked). Errors propagate to main().
std::optional<int> parse_and_run(const std::vector<std::string>& argv, const CommandEntry* only) {
  CLI::App app{"runmassage: which massage a runner should book, and when.", "runmassage"};
  app.set_version_flag("--version", version_text);
  app.require_subcommand(0, 1);
  app.allow_extras();  // reported by check_leftovers in our own words
  std::string config_option;
  app.add_option("--config", config_option, "Read option defaults from FILE (see runmassage(1))")
      ->type_name("FILE")
      ->check([](const std::string& file) { return file.empty() ? "empty file name" : ""; });
  app.footer(
      "A config file holds defaults for each command's options, in a section per\n"
      "command ([plan] format = \"json\"); options given on the command line win.\n"
      "Exit status: 0 ok, 64 usage error, 65 invalid data, 66 unreadable file,\n"
      "70 internal error, 141 batch's reader closed the pipe. See runmassage(1).\n\n"
      "Examples:\n"
      "  runmassage plan --next-run sat\n"
      "  runmassage plan --last-run yesterday --next-run tomorrow --format json\n"
      "  runmassage types\n"
      "  runmassage week --run tue --run thu --run sat --race 2024-05-04\n"
      "  runmassage batch runners.jsonl | jq -r .recommended.id\n"
      "  runmassage history ~/strava-export --weeks 12\n"
      "  runmassage rules check --data ./clinic");

  Command command;
  for (const CommandEntry& entry : command_table) {
    if (only == nullptr || only == &entry) entry.setup(app, command);
  }
  // An empty value is never meant: `--next-run ""` from an unset shell variable must not
  // quietly mean "not given".
  std::vector<CLI::App*> subs = app.get_subcommands({});
  for (std::size_t i = 0; i < subs.size(); ++i) {
    for (CLI::App* nested : subs[i]->get_subcommands({})) subs.push_back(nested);
    for (CLI::Option* option : subs[i]->get_options()) {
      if (option->get_items_expected_max() > 0) {
        option->check([](const std::string& value) { return value.empty() ? "empty value" : ""; });
      }
    }
  }

  try {
    std::vector<std::string> args(argv.begin() + 1, argv.end());  // CLI11 takes the arguments
    std::reverse(args.begin(), args.end());  // without the program name, last first
    app.parse(std::move(args));
  } catch (const CLI::ParseError& e) {
    if (only != nullptr) return std::nullopt;
    if (e.get_exit_code() == 0) {  // --help and --version, written like every other output
      std::ostringstream text;
      const int code = app.exit(e, text, text);
      write_stdout(text.str());
      return code;
    }
    throw UsageError(plain_words(e, app));
  }
  try {
    check_leftovers(app);
  } catch (const UsageError&) {
    if (only == nullptr) throw;
    return std::nullopt;
  }
  if (only != nullptr && app.get_subcommands().front()->get_name() != only->name) {
    return std::nullopt;
  }
  const ConfigFile config = locate_config(config_option);
  if (only != nullptr && config_exists(config)) return std::nullopt;
  apply_config(app, config);
  finish(command());
}

// Parses the command line and runs the chosen command. Registering every command's options
// costs more than planning does, so the command the arguments name is tried alone first; when
// that could change the outcome, everything starts again with all of them.
int run(int argc, char** argv) {
  const std::vector<std::string> args = respelled(argc, argv);
  if (const CommandEntry* named = named_command(args)) {
    if (std::optional<int> code = parse_and_run(args, named)) return *code;
  }
  return *parse_and_run(args, nullptr);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const Error& e) {
    return report(e.what(), e.code());
  } catch (const std::exception& e) {
    return report(std::string("internal error: ") + e.what(), ExitCode::internal);
  } catch (...) {
    return report("internal error", ExitCode::internal);
  }
}

}  // namespace runmassage::cli
