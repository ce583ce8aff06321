// Helpers the subcommands share: the clock, data loading, date options, output.
#pragma once

#include <CLI/CLI.hpp>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runmassage/date.hpp"
#include "runmassage/history.hpp"
#include "runmassage/knowledge.hpp"
#include "runmassage/render.hpp"
#include "runmassage/training_load.hpp"

namespace runmassage::cli {

/// What a chosen subcommand will do once parsing is over; returns the exit code, or ends the
/// process itself with finish (plan does, to skip tearing down its knowledge).
using Command = std::function<int()>;

/// An output format; each command takes the ones in its row of the table below.
enum class Format { text, json, markdown, ics };

/// What a user types for `format` after --format.
std::string_view format_name(Format format);

/// The formats each command takes, in the order its messages list them. The completion and man page
/// tests check their lists against these rows, which the message for an unknown format shows.
inline constexpr Format plan_formats[] = {Format::text, Format::json};
inline constexpr Format types_formats[] = {Format::text, Format::json};
inline constexpr Format history_formats[] = {Format::text, Format::json};
inline constexpr Format rules_check_formats[] = {Format::text, Format::json};
inline constexpr Format week_formats[] = {Format::text, Format::json, Format::markdown,
                                          Format::ics};

/// The file name extension of a format: ".txt", ".json", ".md", ".ics".
std::string_view format_extension(Format format);

/// The format among `formats` whose extension `path` ends with (any case); nullopt for none.
std::optional<Format> format_of_file(std::string_view path, const std::vector<Format>& formats);
/// The same, for a command's row of the formats table.
template <std::size_t N>
std::optional<Format> format_of_file(std::string_view path, const Format (&formats)[N]) {
  return format_of_file(path, std::vector<Format>(formats, formats + N));
}

/// Options every command that reads data shares.
struct CommonOptions {
  std::string data_dir;
  Format format = Format::text;
};

/// Today's date in the local time zone: the one place the clock is read.
Date local_today();

/// The day a command plans for: `text` as --today gives it, resolved against the clock with
/// `direction` for a weekday, or the clock's day when it is empty. The clock (and with it the
/// time zone file) is read only when `text` needs it: a YYYY-MM-DD date does not.
Date today_option(const std::string& text, Direction direction);

/// Whether `zone` names a time zone of the system's IANA database ("Europe/London", "UTC").
bool known_time_zone(const std::string& zone);

/// Makes `zone` (already checked by known_time_zone) the local time zone for the rest of the run,
/// as TZ would: today's date and the offsets below follow it.
void use_time_zone(const std::string& zone);

/// The local time zone's offset at each instant (--tz, else TZ, else the system's zone).
UtcOffset local_utc_offset();

/// Adds --tz ZONE, checked as it is parsed, to a subcommand.
void add_tz_option(CLI::App& command, std::string& zone);

/// The knowledge from --data, else $RUNMASSAGE_DATA_DIR, else the built-in defaults. (The config
/// file's `data` arrives as --data, and only when the environment does not set one.)
Knowledge load_data(const CommonOptions& options, DataParts parts);

/// A DATE option resolved against `today`; an error message names the option.
Date option_date(std::string_view option, const std::string& text, Date today, Direction direction);

/// A DATE[:WORKOUT] option with its date resolved and its words not yet classified (that
/// needs the data, and usage errors come before data errors).
struct DatedOption {
  std::string option;
  Date date;
  std::optional<std::string> words;
};

/// Splits and resolves a DATE[:WORKOUT] option; an error message names the option.
DatedOption option_dated(std::string_view option, const std::string& text, Date today,
                         Direction direction);

/// The workout a dated option describes, classified with the data's words; an error message
/// names the option.
Workout option_workout(const DatedOption& dated, bool race, const WorkoutWords& words);

/// Writes all of `text` to stdout or throws IoError.
void write_stdout(const std::string& text);

/// Ends the process with `code` once a command's output is written and flushed. What the
/// command built (the option parser, the knowledge, the plan) is left for the operating system
/// to reclaim at once rather than destroyed piece by piece, which costs `plan` a sixth of its
/// own start-up (bench/README.md); ninja ends the same way. Static objects are still destroyed
/// (std::exit), so standard streams flush and the leak checker still runs in sanitizer builds.
[[noreturn]] void finish(int code);

/// Adds --data to a subcommand.
void add_data_option(CLI::App& command, CommonOptions& options);

/// Adds --format (one of `formats`, checked as it is parsed) and --data to a subcommand.
void add_common(CLI::App& command, CommonOptions& options, const char* format_help,
                const std::vector<Format>& formats);
/// The same, for a command's row of the formats table.
template <std::size_t N>
void add_common(CLI::App& command, CommonOptions& options, const char* format_help,
                const Format (&formats)[N]) {
  add_common(command, options, format_help, std::vector<Format>(formats, formats + N));
}

/// Adds --color WHEN (auto, always or never, checked as it is parsed) to a subcommand.
void add_color_option(CLI::App& command, std::string& when);

/// The number `text` holds, if it is a whole number from `min` to `max` written in digits (no
/// sign, no spaces); nullopt otherwise.
std::optional<int> whole_number(std::string_view text, int min, int max);

/// Adds the option `name` (as "--weeks"): a whole number from `min` to `max`, kept as typed in
/// `value` and checked as it is parsed, so whole_number reads it afterwards without failing.
CLI::Option* add_whole_number_option(CLI::App& command, const std::string& name, std::string& value,
                                     int min, int max, const std::string& help);

/// The day a week may start on: "mon" (or "monday") or "sun" (or "sunday"); nullopt otherwise.
std::optional<date::weekday> parse_week_start(std::string_view text);

/// Adds --week-start DAY (mon or sun, checked as it is parsed) to a subcommand.
void add_week_start_option(CLI::App& command, std::string& day);

/// Whether to colour text: `when` is --color; auto means only for a terminal that wants colour.
Colour choose_colour(const std::string& when, bool to_stdout = true);

/// How wide a text table on stdout may be: COLUMNS when it is a number, else the terminal's
/// width, else (a pipe) 0, which the renderers take as their narrowest. A file written with
/// --output (`to_stdout` false) always gets 0.
std::size_t table_columns(bool to_stdout = true);

/// Whether bar charts and other decoration must be plain ASCII: --color never, NO_COLOR or
/// TERM=dumb (a pipe alone does not ask for it).
bool plain_ascii(const std::string& when);

/// The history options `plan`, `week` and `history` share.
struct HistoryCliOptions {
  std::vector<std::string> paths;  ///< --history PATH (repeatable), or history's PATHs
  std::string hr_rest;
  std::string hr_max;
  std::string sex = "male";
};

/// Adds --hr-rest, --hr-max and --sex (and, with `history_option`, --history) to a command.
void add_history_options(CLI::App& command, HistoryCliOptions& options, bool history_option);

/// The athlete's heart from --hr-rest and --hr-max (both or neither; usage error otherwise).
std::optional<HeartRateProfile> heart_profile(const HistoryCliOptions& options);

/// Reads the history at `options.paths` with the local time zone's offsets, warns on stderr
/// about each skipped file and how many were skipped, and classifies the runs' kinds.
std::vector<Activity> read_history(const HistoryCliOptions& options, const WorkoutWords& words);

/// Registers the subcommands; each stores its work in `command` when chosen.
void setup_plan(CLI::App& app, Command& command);
void setup_types(CLI::App& app, Command& command);
void setup_batch(CLI::App& app, Command& command);
void setup_week(CLI::App& app, Command& command);
void setup_history(CLI::App& app, Command& command);
void setup_rules(CLI::App& app, Command& command);

}  // namespace runmassage::cli
