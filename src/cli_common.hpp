// Helpers the subcommands share: the clock, data loading, date options, output.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

#include "runmassage/data.hpp"
#include "runmassage/date.hpp"

namespace runmassage::cli {

/// What a chosen subcommand will do once parsing is over; returns the exit code.
using Command = std::function<int()>;

/// Options every command that reads data shares.
struct CommonOptions {
  std::string data_dir;
  std::string format = "text";
};

/// Today's date in the local time zone: the one place the clock is read.
Date local_today();

/// The knowledge from --data, else $RUNMASSAGE_DATA_DIR, else the built-in defaults.
Knowledge load_data(const CommonOptions& options);

/// Throws UsageError unless `format` is one of `allowed`.
void check_format(const std::string& format, std::initializer_list<std::string_view> allowed);

/// A DATE option resolved against `today`; an error message names the option.
Date option_date(std::string_view option, const std::string& text, Date today, Direction direction);

/// Writes all of `text` to stdout or throws IoError.
void write_stdout(const std::string& text);

/// Adds --data to a subcommand.
void add_data_option(CLI::App& command, CommonOptions& options);

/// Adds --format and --data to a subcommand.
void add_common(CLI::App& command, CommonOptions& options, const char* format_help);

/// Registers the subcommands; each stores its work in `command` when chosen.
void setup_plan(CLI::App& app, Command& command);
void setup_types(CLI::App& app, Command& command);
void setup_batch(CLI::App& app, Command& command);
void setup_week(CLI::App& app, Command& command);

}  // namespace runmassage::cli
