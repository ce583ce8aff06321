// `runmassage week`: a schedule for one or more weeks, from run days, races or a training calendar.
#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <optional>

#include "cli_common.hpp"
#include "runmassage/atomic_file.hpp"
#include "runmassage/calendar_read.hpp"
#include "runmassage/calendar_write.hpp"
#include "runmassage/error.hpp"
#include "runmassage/history_summary.hpp"
#include "runmassage/render_week.hpp"
#include "runmassage/schedule.hpp"
#include "runmassage/workout_words.hpp"

namespace runmassage::cli {
namespace {

struct WeekOptions {
  CommonOptions common;
  std::vector<std::string> runs;
  std::vector<std::string> races;
  std::string ics;
  std::string start;
  std::string week_start = "mon";
  std::string weeks = "1";
  std::string today;
  std::string output;
  std::string color = "auto";
  std::string tz;  // empty: TZ, else the system's zone
  HistoryCliOptions history;
  std::string budget;                   // empty: data/schedule.json's
  std::vector<std::string> available;   // empty: every day
  bool runs_on_command_line = false;    // --run given as a flag, not by the config file
  bool format_on_command_line = false;  // --format given as a flag, not by the config file
};

// The format to write: --output's extension decides unless --format was given on the command
// line, and the two must then agree (a config file's format is only a default).
Format output_format(const WeekOptions& options) {
  const auto by_name = format_of_file(options.output, week_formats);
  if (!by_name) return options.common.format;
  if (options.format_on_command_line && options.common.format != *by_name) {
    throw UsageError("--output " + options.output + " is " + std::string(format_name(*by_name)) +
                     " by its extension, but --format is " +
                     std::string(format_name(options.common.format)));
  }
  return *by_name;
}

// The weekdays in `items` (each a list such as "sat,sun" or "mon-fri", see parse_weekdays), by
// c_encoding; nullopt when one is not a weekday list.
std::optional<std::array<bool, 7>> parse_available(const std::vector<std::string>& items) {
  std::array<bool, 7> days{};
  for (const auto& item : items) {
    const auto listed = parse_weekdays(item);
    if (!listed) return std::nullopt;
    for (std::size_t i = 0; i < days.size(); ++i) days[i] = days[i] || (*listed)[i];
  }
  return days;
}

// One line on stderr when the calendar has workouts, but none from `start` to `end`.
void warn_if_outside(const std::string& path, const std::vector<Workout>& workouts, Date start,
                     Date end) {
  if (workouts.empty()) return;
  Date first = workouts.front().date;
  Date last = first;
  for (const auto& workout : workouts) {
    if (workout.date >= start && workout.date <= end) return;
    first = std::min(first, workout.date);
    last = std::max(last, workout.date);
  }
  const std::string line = "runmassage: warning: " + path + " has no workouts between " +
                           to_iso(start) + " and " + to_iso(end) + "; it covers " + to_iso(first) +
                           " to " + to_iso(last) + "\n";
  std::fputs(line.c_str(), stderr);
}

// One line on stderr when every day shown is before today: nothing in it can be booked, and
// JSON or an iCalendar file would otherwise just hold no bookings.
void warn_if_past(Date end, Date today) {
  if (end >= today) return;
  const std::string line = "runmassage: warning: every day shown is before today (" +
                           to_iso(today) + "): nothing to book; give --today to plan as of then\n";
  std::fputs(line.c_str(), stderr);
}

int run_week(const WeekOptions& options) {
  // --format, --color, --week-start and --weeks were checked as they were parsed.
  if (!options.tz.empty()) use_time_zone(options.tz);  // before the clock is read
  const date::weekday first_weekday = *parse_week_start(options.week_start);
  ScheduleRequest request;
  request.weeks = *whole_number(options.weeks, 1, max_weeks);
  const Date today = today_option(options.today, Direction::on_or_after);
  request.start = options.start.empty()
                      ? start_of_week(today, first_weekday)
                      : option_date("--start", options.start, today, Direction::on_or_after);
  if (options.runs.empty() && options.races.empty() && options.ics.empty() &&
      options.history.paths.empty()) {
    throw UsageError("no runs: give --run, --race, --ics or --history");
  }
  const Format format = output_format(options);
  const Date end = add_days(request.start, request.weeks * 7 - 1);
  request.week_start = first_weekday;
  request.book_from = today;  // the days before today are shown, but gone by for booking
  if (!options.budget.empty()) request.budget = parse_budget(options.budget);
  if (!options.available.empty()) request.available = *parse_available(options.available);
  // A calendar is the whole plan: the config file's run days are not added to it (docs/week.md).
  const bool config_runs_only = !options.ics.empty() && !options.runs_on_command_line;
  const std::vector<std::string> no_runs;
  const std::vector<std::string>& run_options = config_runs_only ? no_runs : options.runs;
  // Dates first, words after the data is read: usage errors before data errors.
  struct RunOption {
    std::optional<date::weekday> every;  // a weekday: that day every week
    DatedOption dated;
  };
  std::vector<RunOption> runs;
  for (const auto& run : run_options) {
    const DatedWords split = [&] {
      try {
        return split_dated(run);
      } catch (const UsageError& e) {
        throw UsageError(std::string("--run: ") + e.what());
      }
    }();
    if (auto weekdays = parse_weekdays(split.date)) {
      // "tue,thu,sat" or "mon-fri": each day every week, Monday first as a person reads them.
      for (unsigned i = 1; i <= 7; ++i) {
        if (!(*weekdays)[i % 7]) continue;
        DatedOption dated{"--run", request.start, std::nullopt};
        if (split.words) dated.words = std::string(*split.words);
        runs.push_back({date::weekday{i % 7}, std::move(dated)});
      }
    } else {
      runs.push_back({std::nullopt, option_dated("--run", run, today, Direction::on_or_after)});
    }
  }
  std::vector<DatedOption> races;
  for (const auto& race : options.races) {
    races.push_back(option_dated("--race", race, today, Direction::on_or_after));
  }

  Knowledge knowledge = load_data(options.common, DataParts::all);
  for (const auto& run : runs) {
    if (!run.every)
      request.workouts.push_back(option_workout(run.dated, false, knowledge.workouts));
  }
  for (const auto& race : races) {
    request.workouts.push_back(option_workout(race, true, knowledge.workouts));
  }
  if (!options.ics.empty()) {
    auto workouts =
        load_calendar(options.ics, knowledge.workouts,
                      {add_days(request.start, -366), add_days(end, 366)}, local_utc_offset());
    bool any_run = std::any_of(workouts.begin(), workouts.end(),
                               [](const Workout& w) { return is_run(w.kind); });
    if (!any_run && run_options.empty() && options.races.empty()) {
      throw DataError(options.ics + ": no runs or races in the calendar");
    }
    warn_if_outside(options.ics, workouts, request.start, end);
    request.workouts.insert(request.workouts.end(), workouts.begin(), workouts.end());
  }
  // Weekday runs are laid out over a span fixed by the inputs, not the window (docs/week.md).
  const auto [weekly_from, weekly_to] =
      weekday_runs_span(request, request.budget.value_or(knowledge.suggestions.budget));
  for (const auto& run : runs) {
    if (!run.every) continue;
    const Workout workout = option_workout(run.dated, false, knowledge.workouts);
    auto weekly = every_week(*run.every, weekly_from, weekly_to, workout);
    request.workouts.insert(request.workouts.end(), weekly.begin(), weekly.end());
  }
  if (!options.history.paths.empty()) {
    // Before today what was run, from today on what is planned.
    const auto activities = read_history(options.history, knowledge.workouts);
    request.workouts.erase(std::remove_if(request.workouts.begin(), request.workouts.end(),
                                          [&](const Workout& w) { return w.date < today; }),
                           request.workouts.end());
    auto past = runs_before(activities, today, knowledge.workouts);
    request.workouts.insert(request.workouts.end(), past.begin(), past.end());
  }
  const Schedule schedule = build_schedule(knowledge.rules, knowledge.suggestions, request);
  warn_if_past(end, today);

  std::string text;
  switch (format) {
    case Format::text:
      text = week_to_text(schedule, knowledge, choose_colour(options.color, options.output.empty()),
                          table_columns(options.output.empty()));
      break;
    case Format::json: text = week_to_json(schedule, knowledge).dump(2) + "\n"; break;
    case Format::markdown: text = week_to_markdown(schedule, knowledge); break;
    case Format::ics:
      text = suggestions_to_ics(schedule, knowledge.catalogue, knowledge.rules,
                                knowledge.suggestions, today);
      break;
  }
  if (options.output.empty()) {
    write_stdout(text);
  } else {
    write_file_atomically(options.output, text);
  }
  finish(0);  // as plan does: a year's schedule is thousands of allocations to free one by one
}

}  // namespace

void setup_week(CLI::App& app, Command& command) {
  auto options = std::make_shared<WeekOptions>();
  auto* week = app.add_subcommand("week", "A massage schedule for a week or a training block");
  week->allow_extras();
  week->add_option("--run", options->runs, "A DATE, or days every week: sat, tue,thu, mon-fri")
      ->type_name("DATE|DAYS[:WORKOUT]")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  week->add_option("--race", options->races, "A race day (repeatable); races are runs too")
      ->type_name("DATE[:WORKOUT]")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  week->add_option("--ics", options->ics, "Read the workouts of a training calendar (.ics)")
      ->type_name("FILE");
  add_tz_option(*week, options->tz);
  week->add_option("--start", options->start, "First day (default: this week's first day)")
      ->type_name("DATE");
  add_week_start_option(*week, options->week_start);
  add_whole_number_option(*week, "--weeks", options->weeks, 1, max_weeks,
                          "How many weeks, 1 to 520 (default 1)");
  week->add_option("--budget", options->budget, "Most bookings a week or month (default 1/week)")
      ->type_name("N/week")
      ->check([](const std::string& text) {
        return parse_budget(text) ? ""
                                  : "expected N/week or N/month with N from 0 to 31, not '" +
                                        text.substr(0, 20) + "'";
      });
  week->add_option("--available", options->available,
                   "Days to book: sat,sun or mon-fri (default: all)")
      ->type_name("DAYS")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->check([](const std::string& text) {
        return parse_available({text})
                   ? ""
                   : "expected weekday names such as sat,sun or mon-fri, not '" +
                         text.substr(0, 20) + "'";
      });
  week->add_option("--today", options->today, "Take this day as today")->type_name("DATE");
  add_common(*week, options->common, "Output format: text (default), json, markdown, ics",
             week_formats);
  week->add_option("--output", options->output,
                   "Write to FILE; .ics .json .md .txt pick the format")
      ->type_name("FILE");
  add_color_option(*week, options->color);
  week->add_option("--history", options->history.paths,
                   "Past runs, used instead of the plan before today")
      ->type_name("PATH")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  week->footer(
      "DATE is YYYY-MM-DD, today, tomorrow, yesterday, +N or -N days, or a weekday\n"
      "(the coming one). For --run a weekday means that day every week, and so does\n"
      "each day of a list or range: --run tue,thu,sat, --run mon-fri (repeatable).\n"
      "WORKOUT is optional words after a colon: a kind (easy, long, tempo...) and/or\n"
      "a distance (16mi, 42.2km, 10k, half, marathon), e.g. --run sun:long.\n"
      "Suggested bookings are marked *; --format ics exports them as all-day events.\n\n"
      "Examples:\n"
      "  runmassage week --run tue --run thu:tempo --run sat:long --race 2024-05-04:10k\n"
      "  runmassage week --ics plan.ics --start 2024-09-02 --weeks 4\n"
      "  runmassage week --ics plan.ics --weeks 18 --format ics --output massages.ics");
  week->callback([&command, options, week] {
    // The config file is applied after this, so only command-line runs are seen here.
    options->runs_on_command_line = !options->runs.empty();
    options->format_on_command_line = week->get_option("--format")->count() > 0;
    command = [options] { return run_week(*options); };
  });
}

}  // namespace runmassage::cli
