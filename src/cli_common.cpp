// Shared CLI helpers: reading the clock and environment, and writing output.
#include "cli_common.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "runmassage/error.hpp"

namespace runmassage::cli {

Date local_today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{date::year{local.tm_year + 1900},
              date::month{static_cast<unsigned>(local.tm_mon + 1)},
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

Date option_date(std::string_view option, const std::string& text, Date today,
                 Direction direction) {
  try {
    return resolve_date(text, today, direction);
  } catch (const UsageError& e) {
    throw UsageError(std::string(option) + ": " + e.what());
  }
}

void write_stdout(const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    throw IoError(std::string("cannot write output: ") + std::strerror(errno));
  }
}

void add_data_option(CLI::App& command, CommonOptions& options) {
  command.add_option("--data", options.data_dir, "Read the data files (see data/) from DIR")
      ->type_name("DIR")
      ->check([](const std::string& dir) { return dir.empty() ? "empty directory name" : ""; });
}

void add_common(CLI::App& command, CommonOptions& options, const char* format_help) {
  command.add_option("--format", options.format, format_help)->type_name("FORMAT");
  add_data_option(command, options);
}

}  // namespace runmassage::cli
