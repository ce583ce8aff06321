// Shared CLI helpers: reading the clock and environment, and writing output.
#include "cli_common.hpp"

#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <optional>
#include <vector>

#include "runmassage/error.hpp"
#include "runmassage/file_io.hpp"
#include "runmassage/history_summary.hpp"
#include "runmassage/text.hpp"

namespace runmassage::cli {

Date local_today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{date::year{local.tm_year + 1900},
              date::month{static_cast<unsigned>(local.tm_mon + 1)},
              date::day{static_cast<unsigned>(local.tm_mday)}};
}

Date today_option(const std::string& text, Direction direction) {
  if (text.empty()) return local_today();
  if (const auto day = parse_iso_date(text)) return *day;
  return option_date("--today", text, local_today(), direction);
}

bool known_time_zone(const std::string& zone) {
  // A relative name inside the database, as the C library would look it up; no escaping it.
  if (zone.empty() || zone.front() == '/' || zone.find("..") != std::string::npos) return false;
  const char* tzdir = std::getenv("TZDIR");
  const std::string database = tzdir != nullptr && *tzdir != '\0' ? tzdir : "/usr/share/zoneinfo";
  struct stat info {};
  const std::string path = join_path(database, zone);
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return false;
  // A zone file begins "TZif" (RFC 8536); the database's tables (zone.tab, leapseconds) do
  // not, and the C library would quietly take them for UTC.
  std::ifstream file(path, std::ios::binary);
  char magic[4] = {};
  return file.read(magic, sizeof magic) && std::string_view(magic, sizeof magic) == "TZif";
}

void use_time_zone(const std::string& zone) {
  ::setenv("TZ", zone.c_str(), 1);
  ::tzset();
}

UtcOffset local_utc_offset() {
  // The one place the time zone is asked: each instant's local date.
  return [](std::int64_t utc) {
    const auto instant = static_cast<std::time_t>(utc);
    std::tm local{};
    if (localtime_r(&instant, &local) == nullptr) return 0;
    return static_cast<int>(local.tm_gmtoff);
  };
}

void add_tz_option(CLI::App& command, std::string& zone) {
  command.add_option("--tz", zone, "Zone of timed events (default: TZ or the system's)")
      ->type_name("ZONE")
      ->check([](const std::string& name) {
        return known_time_zone(name) ? ""
                                     : "unknown time zone " + quoted_input(name) +
                                           " (expected an IANA name such as Europe/London)";
      });
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

void finish(int code) { std::exit(code); }

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

std::string_view format_extension(Format format) {
  switch (format) {
    case Format::text: return ".txt";
    case Format::json: return ".json";
    case Format::markdown: return ".md";
    case Format::ics: return ".ics";
  }
  return ".txt";  // not reached: the switch names every format
}

std::optional<Format> format_of_file(std::string_view path, const std::vector<Format>& formats) {
  for (Format format : formats) {
    const std::string_view extension = format_extension(format);
    if (path.size() <= extension.size()) continue;
    const std::string_view tail = path.substr(path.size() - extension.size());
    const bool same = std::equal(tail.begin(), tail.end(), extension.begin(), [](char a, char b) {
      return std::tolower(static_cast<unsigned char>(a)) == b;
    });
    if (same) return format;
  }
  return std::nullopt;
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
        return "unknown format " + quoted_input(name) + " (expected " + list + ")";
      });
  add_data_option(command, options);
}

void add_color_option(CLI::App& command, std::string& when) {
  command.add_option("--color", when, "Colour text: auto (default), always, never")
      ->type_name("WHEN")
      ->check([](const std::string& value) {
        if (value == "auto" || value == "always" || value == "never") return std::string();
        return "expected auto, always or never, not " + quoted_input(value);
      });
}

std::optional<int> whole_number(std::string_view text, int min, int max) {
  // Nine digits at most, so the number always fits an int; leading zeros are allowed.
  if (text.empty() || text.size() > 9 ||
      text.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  int number = 0;
  for (const char digit : text) number = number * 10 + (digit - '0');
  if (number < min || number > max) return std::nullopt;
  return number;
}

CLI::Option* add_whole_number_option(CLI::App& command, const std::string& name, std::string& value,
                                     int min, int max, const std::string& help) {
  return command.add_option(name, value, help)
      ->type_name("N")
      ->check([min, max](const std::string& text) {
        if (whole_number(text, min, max)) return std::string();
        return "expected a whole number from " + std::to_string(min) + " to " +
               std::to_string(max) + ", not " + quoted_input(text);
      });
}

std::optional<date::weekday> parse_week_start(std::string_view text) {
  auto day = parse_weekday(text);
  if (!day || (*day != date::Monday && *day != date::Sunday)) return std::nullopt;
  return day;
}

void add_week_start_option(CLI::App& command, std::string& day) {
  command.add_option("--week-start", day, "Weeks start on mon (default) or sun")
      ->type_name("DAY")
      ->check([](const std::string& text) {
        if (parse_week_start(text)) return std::string();
        return "expected mon or sun, not " + quoted_input(text);
      });
}

namespace {

// NO_COLOR (https://no-color.org) or a terminal that says it is dumb.
bool environment_wants_plain() {
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  if (no_color != nullptr && *no_color != '\0') return true;
  return term != nullptr && std::string_view(term) == "dumb";
}

}  // namespace

// Colour only for a person at a terminal who has not asked for none (https://no-color.org).
Colour choose_colour(const std::string& when, bool to_stdout) {
  if (when == "always") return Colour::on;
  if (when == "never" || !to_stdout) return Colour::off;
  if (environment_wants_plain()) return Colour::off;
  return ::isatty(STDOUT_FILENO) == 1 ? Colour::on : Colour::off;
}

std::size_t table_columns(bool to_stdout) {
  if (!to_stdout) return 0;
  // A terminal wider than any table needs is as good as this; it also bounds what COLUMNS gives.
  constexpr std::size_t widest = 1000;
  if (const char* columns = std::getenv("COLUMNS")) {
    if (const std::optional<int> value = whole_number(columns, 0, 999999)) {
      return std::min(static_cast<std::size_t>(*value), widest);
    }
  }
  winsize size{};
  if (::isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) {
    return std::min<std::size_t>(size.ws_col, widest);
  }
  return 0;
}

bool plain_ascii(const std::string& when) {
  if (when == "always") return false;
  return when == "never" || environment_wants_plain();
}

namespace {

// A whole number of beats per minute from 20 to 250, or an error message.
std::string check_bpm(const std::string& text) {
  const bool digits = !text.empty() && text.size() <= 3 &&
                      text.find_first_not_of("0123456789") == std::string::npos;
  const int bpm = digits ? std::atoi(text.c_str()) : 0;
  if (bpm < 20 || bpm > 250) {
    return "expected beats per minute, a whole number from 20 to 250, not " + quoted_input(text);
  }
  return "";
}

}  // namespace

void add_history_options(CLI::App& command, HistoryCliOptions& options, bool history_option) {
  if (history_option) {
    command
        .add_option("--history", options.paths, "Past activities: a file or folder (repeatable)")
        ->type_name("PATH")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  }
  command.add_option("--hr-rest", options.hr_rest, "Resting heart rate, for TRIMP")
      ->type_name("BPM")
      ->check(check_bpm);
  command.add_option("--hr-max", options.hr_max, "Maximum heart rate, for TRIMP")
      ->type_name("BPM")
      ->check(check_bpm);
  command.add_option("--sex", options.sex, "male (default) or female: TRIMP's constants")
      ->type_name("SEX")
      ->check([](const std::string& text) {
        return text == "male" || text == "female"
                   ? ""
                   : "expected male or female, not " + quoted_input(text);
      });
}

std::optional<HeartRateProfile> heart_profile(const HistoryCliOptions& options) {
  if (options.hr_rest.empty() && options.hr_max.empty()) return std::nullopt;
  if (options.hr_rest.empty() || options.hr_max.empty()) {
    throw UsageError("--hr-rest and --hr-max go together (TRIMP needs both)");
  }
  HeartRateProfile heart;
  heart.rest_hr = std::atoi(options.hr_rest.c_str());
  heart.max_hr = std::atoi(options.hr_max.c_str());
  heart.sex = options.sex == "female" ? Sex::female : Sex::male;
  if (heart.max_hr <= heart.rest_hr) {
    throw UsageError("--hr-max " + options.hr_max + " is not above --hr-rest " + options.hr_rest);
  }
  return heart;
}

std::vector<Activity> read_history(const HistoryCliOptions& options, const WorkoutWords& words) {
  HistoryOptions read;
  read.utc_offset = local_utc_offset();  // each activity's day is its local date
  HistoryResult result = load_history(options.paths, read);
  for (const Skipped& skipped : result.skipped) {
    std::fprintf(stderr, "runmassage: warning: %s: %s\n", skipped.file.c_str(),
                 skipped.reason.c_str());
  }
  if (!result.skipped.empty()) {
    std::fprintf(stderr, "runmassage: warning: %zu file%s skipped, %zu activities read\n",
                 result.skipped.size(), result.skipped.size() == 1 ? "" : "s",
                 result.activities.size());
  }
  classify_activities(result.activities, words);
  return std::move(result.activities);
}

}  // namespace runmassage::cli
