// Shared CLI helpers: reading the clock and environment, and writing output.
#include "cli_common.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <optional>
#include <vector>

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

Knowledge load_data(const CommonOptions& options, DataParts parts) {
  if (!options.data_dir.empty()) return load_knowledge(options.data_dir, parts);
  const char* env = std::getenv("RUNMASSAGE_DATA_DIR");
  if (env != nullptr && *env != '\0') return load_knowledge(env, parts);
  return default_knowledge(parts);
}

Date option_date(std::string_view option, const std::string& text, Date today,
                 Direction direction) {
  try {
    return resolve_date(text, today, direction);
  } catch (const UsageError& e) {
    throw UsageError(std::string(option) + ": " + e.what());
  }
}

DatedOption option_dated(std::string_view option, const std::string& text, Date today,
                         Direction direction) {
  DatedWords split;
  try {
    split = split_dated(text);
  } catch (const UsageError& e) {
    throw UsageError(std::string(option) + ": " + e.what());
  }
  DatedOption out{std::string(option),
                  option_date(option, std::string(split.date), today, direction), std::nullopt};
  if (split.words) out.words = std::string(*split.words);
  return out;
}

Workout option_workout(const DatedOption& dated, bool race, const WorkoutWords& words) {
  try {
    return workout_from_words(dated.date, dated.words, race, words);
  } catch (const UsageError& e) {
    throw UsageError(dated.option + ": " + e.what());
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

std::string_view format_name(Format format) {
  switch (format) {
    case Format::text: return "text";
    case Format::json: return "json";
    case Format::markdown: return "markdown";
    case Format::ics: return "ics";
  }
  return "text";  // not reached: the switch names every format
}

namespace {

// The format among `formats` that a user calls `name`.
std::optional<Format> format_called(const std::vector<Format>& formats, const std::string& name) {
  for (Format format : formats) {
    if (format_name(format) == name) return format;
  }
  return std::nullopt;
}

}  // namespace

// Values are checked by CLI11 validators rather than by the commands, so that a bad value from
// the config file is caught where the file is read and reported with its name.
void add_common(CLI::App& command, CommonOptions& options, const char* format_help,
                const std::vector<Format>& formats) {
  std::string list;
  for (Format format : formats) {
    list += (list.empty() ? "" : ", ") + std::string(format_name(format));
  }
  const auto set_format = [&options, formats](const std::string& name) {
    options.format = format_called(formats, name).value_or(Format::text);  // checked first
  };
  command.add_option_function<std::string>("--format", set_format, format_help)
      ->type_name("FORMAT")
      ->check([formats, list](const std::string& name) {
        if (format_called(formats, name)) return std::string();
        return "unknown format '" + name + "' (expected " + list + ")";
      });
  add_data_option(command, options);
}

void add_color_option(CLI::App& command, std::string& when) {
  command.add_option("--color", when, "Colour text: auto (default), always, never")
      ->type_name("WHEN")
      ->check([](const std::string& value) {
        if (value == "auto" || value == "always" || value == "never") return std::string();
        return "expected auto, always or never, not '" + value + "'";
      });
}

// Colour only for a person at a terminal who has not asked for none (https://no-color.org).
Colour choose_colour(const std::string& when, bool to_stdout) {
  if (when == "always") return Colour::on;
  if (when == "never" || !to_stdout) return Colour::off;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  if (no_color != nullptr && *no_color != '\0') return Colour::off;
  if (term != nullptr && std::string_view(term) == "dumb") return Colour::off;
  return ::isatty(STDOUT_FILENO) == 1 ? Colour::on : Colour::off;
}

}  // namespace runmassage::cli
