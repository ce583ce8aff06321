// The config file: CLI11's TOML reader, applied by our own rules so that the environment outranks
// the file and every mistake names the file, the section and the key.
#include "cli_config.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

#include "runmassage/error.hpp"
#include "runmassage/text.hpp"

namespace runmassage::cli {
namespace {

// A config file is a few lines; anything larger is a mistake, such as the wrong file.
constexpr std::size_t max_config_bytes = 64 * 1024;

// Keys whose environment variable, when set, outranks the file (flags, then environment, then
// config file, then built-in defaults), and what the variable means for the option.
struct EnvironmentOverride {
  const char* key;
  const char* variable;
  const char* meaning;  // nullptr: the variable's own value
};
constexpr EnvironmentOverride environment_overrides[] = {{"data", "RUNMASSAGE_DATA_DIR", nullptr},
                                                         {"color", "NO_COLOR", "never"}};

// What the environment says for `key`, when it has a say.
std::optional<std::string> environment_value(const std::string& key) {
  for (const auto& entry : environment_overrides) {
    if (key != entry.key) continue;
    const char* value = std::getenv(entry.variable);
    if (value == nullptr || *value == '\0') return std::nullopt;
    return std::string(entry.meaning != nullptr ? entry.meaning : value);
  }
  return std::nullopt;
}

// The file's text, or nothing when the default file is simply not there.
std::optional<std::string> read_config(const ConfigFile& file) {
  int fd = ::open(file.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (!file.required && (errno == ENOENT || errno == ENOTDIR)) return std::nullopt;
    throw IoError("cannot read config file " + file.path + ": " + std::strerror(errno));
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  std::string text;
  char buffer[4096];
  for (;;) {
    ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      throw IoError("cannot read config file " + file.path + ": " + std::strerror(errno));
    }
    if (got == 0) break;
    text.append(buffer, static_cast<std::size_t>(got));
    if (text.size() > max_config_bytes) {
      throw UsageError(file.path + ": config file larger than " +
                       std::to_string(max_config_bytes / 1024) + " KiB");
    }
  }
  return text;
}

// The commands a section can configure, each with its section's name: [plan], and
// [rules.check] for a command inside another (whose own section would configure nothing).
std::vector<std::pair<std::string, CLI::App*>> commands_of(CLI::App& app,
                                                           const std::string& prefix = "") {
  std::vector<std::pair<std::string, CLI::App*>> out;
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; })) {
    const std::string name = prefix + command->get_name();
    if (command->get_subcommands([](CLI::App*) { return true; }).empty()) {
      out.emplace_back(name, command);
    } else {
      for (auto& nested : commands_of(*command, name + ".")) out.push_back(std::move(nested));
    }
  }
  return out;
}

CLI::App* find_command(CLI::App& app, const std::vector<std::string>& section) {
  const std::string name = join_words(section, ".");
  for (const auto& [section_name, command] : commands_of(app)) {
    if (section_name == name) return command;
  }
  return nullptr;
}

// The keys a section accepts: its command's long options, --help aside.
std::string keys_of(CLI::App& command) {
  std::string keys;
  for (const CLI::Option* option : command.get_options()) {
    for (const auto& name : option->get_lnames()) {
      if (name == "help") continue;
      keys += (keys.empty() ? "" : ", ") + name;
    }
  }
  return keys;
}

// CLI11 reports a bad value as "--key: problem"; the caller names the key its own way.
std::string without_option_name(std::string message, const std::string& key) {
  const std::string prefix = "--" + key + ": ";
  if (message.compare(0, prefix.size(), prefix) == 0) message.erase(0, prefix.size());
  return message;
}

// The dotted name a TOML key or table header starts at `at` in `line` (bare or quoted parts:
// `plan.race`, `"race"`, `[ rules . check ]`), and where it ends; nullopt if it is none.
std::optional<std::pair<std::string, std::size_t>> dotted_name(const std::string& line,
                                                               std::size_t at) {
  std::string name;
  auto skip_blanks = [&] {
    while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
  };
  for (;;) {
    skip_blanks();
    if (at < line.size() && (line[at] == '"' || line[at] == '\'')) {
      const std::size_t close = line.find(line[at], at + 1);
      if (close == std::string::npos) return std::nullopt;
      name += line.substr(at + 1, close - at - 1);
      at = close + 1;
    } else {
      const std::size_t start = at;
      while (at < line.size() && (std::isalnum(static_cast<unsigned char>(line[at])) != 0 ||
                                  line[at] == '-' || line[at] == '_')) {
        ++at;
      }
      if (at == start) return std::nullopt;
      name += line.substr(start, at - start);
    }
    skip_blanks();
    if (at >= line.size() || line[at] != '.') return std::pair{name, at};
    name += '.';
    ++at;
  }
}

// Throws for a key written twice in one section: CLI11's reader joins the two values into one
// list, so `race = [...]` twice would quietly add up and `format` twice would read as a list.
// Keys count by their whole dotted name (`[plan] race` is `plan.race`, however written). Only
// `key = value` lines count, so an array's continued lines do not; the sections themselves
// are checked by apply_config.
void check_repeated_keys(const std::string& path, const std::string& text) {
  std::set<std::string> seen;
  std::string section;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    const std::size_t at = line.find_first_not_of(" \t");
    if (at == std::string::npos || line[at] == '#') continue;
    if (line[at] == '[') {
      const auto header = dotted_name(line, at + 1);
      if (header && header->second < line.size() && line[header->second] == ']') {
        section = header->first;
      }
      continue;
    }
    const auto key = dotted_name(line, at);
    if (!key || key->second >= line.size() || line[key->second] != '=') continue;
    const std::string full = section.empty() ? key->first : section + "." + key->first;
    if (!seen.insert(full).second) {
      const std::size_t dot = full.rfind('.');
      const std::string where =
          dot == std::string::npos ? "" : "[" + excerpt(full.substr(0, dot)) + "] ";
      throw UsageError(path + ": " + where + excerpt(full.substr(dot + 1)) + ": given twice");
    }
  }
}

}  // namespace

ConfigFile locate_config(const std::string& config_option) {
  if (!config_option.empty()) return {config_option, true};
  // The XDG base directory spec says a relative XDG_CONFIG_HOME is invalid and to be ignored.
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  if (xdg != nullptr && xdg[0] == '/') return {std::string(xdg) + "/runmassage/config.toml", false};
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home != '\0') {
    return {std::string(home) + "/.config/runmassage/config.toml", false};
  }
  return {"", false};
}

bool config_exists(const ConfigFile& file) {
  if (file.path.empty()) return false;
  if (file.required || ::access(file.path.c_str(), F_OK) == 0) return true;
  return errno != ENOENT && errno != ENOTDIR;  // there, but not reachable: reading will say why
}

void apply_config(CLI::App& app, const ConfigFile& file) {
  if (file.path.empty()) return;
  std::optional<std::string> text = read_config(file);
  if (!text) return;
  // A byte order mark, as some Windows editors write, is no part of the first line.
  if (text->rfind(utf8_bom, 0) == 0) text->erase(0, utf8_bom.size());
  check_repeated_keys(file.path, *text);
  std::istringstream input(*text);
  std::vector<CLI::ConfigItem> items;
  try {
    items = CLI::ConfigTOML().from_config(input);
  } catch (const CLI::Error& e) {
    throw UsageError(file.path + ": " + e.what());
  }

  std::string command_names;
  const auto commands = commands_of(app);
  for (const auto& command : commands) {
    command_names += (command_names.empty() ? "" : ", ") + command.first;
  }
  std::set<std::pair<std::string, std::string>> seen;
  std::set<std::string> sections;
  for (const CLI::ConfigItem& item : items) {
    const std::string where = file.path + ": ";
    if (item.name == "++" && !item.parents.empty()) {  // CLI11's mark for a section's start
      const std::string section = excerpt(join_words(item.parents, "."));
      // [rules.check] starts [rules] first: an outer part of a section is no section.
      const std::string outer = join_words(item.parents, ".") + ".";
      const bool is_outer = std::any_of(commands.begin(), commands.end(), [&](const auto& command) {
        return command.first.rfind(outer, 0) == 0;
      });
      if (is_outer && find_command(app, item.parents) == nullptr) continue;
      if (find_command(app, item.parents) == nullptr) {
        throw UsageError(where + "unknown section [" + section + "] (expected " + command_names +
                         ")");
      }
      if (!sections.insert(section).second) {
        throw UsageError(where + "section [" + section + "] given twice");
      }
    }
    if (item.name == "++" || item.name == "--") continue;
    if (item.parents.empty()) {
      throw UsageError(where + quoted_input(item.name) +
                       " is outside a section; put it under its command, such as [plan]");
    }
    const std::string section = excerpt(join_words(item.parents, "."));
    CLI::App* command = find_command(app, item.parents);
    if (command == nullptr) {
      throw UsageError(where + "unknown section [" + section + "] (expected " + command_names +
                       ")");
    }
    CLI::Option* option =
        item.name == "help" ? nullptr : command->get_option_no_throw("--" + item.name);
    if (option == nullptr) {
      throw UsageError(where + "[" + section + "] unknown key " + quoted_input(item.name) +
                       " (expected " + keys_of(*command) + ")");
    }
    const std::string where_key = where + "[" + section + "] " + item.name + ": ";
    if (!seen.insert({section, item.name}).second) throw UsageError(where_key + "given twice");
    const bool flag = option->get_expected_min() == 0;
    const bool list = option->get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll;
    if (item.inputs.empty()) throw UsageError(where_key + "no value");
    if (flag &&
        (item.inputs.size() != 1 || (item.inputs[0] != "true" && item.inputs[0] != "false"))) {
      throw UsageError(where_key + "expected true or false");
    }
    if (!list && item.inputs.size() != 1) throw UsageError(where_key + "expected a single value");

    // Every section is applied, though only the chosen command uses its values, so that a bad
    // value anywhere in the file shows at once.
    if (option->count() > 0) continue;  // given on the command line, which wins
    try {
      option->add_result(item.inputs);
      option->run_callback();
    } catch (const CLI::Error& e) {
      throw UsageError(where_key + without_option_name(e.what(), item.name));
    }
    // The file's value was checked above; now the environment's takes its place. (The commands
    // would read the environment themselves, but only for an option left unset.)
    if (auto value = environment_value(item.name)) {
      option->clear();
      option->add_result(*value);
      option->run_callback();
    }
  }
}

}  // namespace runmassage::cli
