// `runmassage history`: what the runner did, week by week, with the training load.
#include <memory>

#include "cli_common.hpp"
#include "runmassage/error.hpp"
#include "runmassage/history_summary.hpp"
#include "runmassage/schedule.hpp"

namespace runmassage::cli {
namespace {

// More weeks than this do not fit a screen, and the load model forgets them anyway.
constexpr int max_history_weeks = 520;

struct HistoryCommandOptions {
  CommonOptions common;
  HistoryCliOptions history;
  std::string weeks = "8";
  std::string week_start = "mon";
  std::string today;
  std::string color = "auto";
};

int run_history(const HistoryCommandOptions& options) {
  const Date today = today_option(options.today, Direction::on_or_before);
  const auto heart = heart_profile(options.history);
  const Knowledge knowledge = load_data(options.common, DataParts::plans);
  const auto activities = read_history(options.history, knowledge.workouts);
  const HistorySummary summary =
      summarise_history(activities, today, *whole_number(options.weeks, 1, max_history_weeks),
                        *parse_week_start(options.week_start), heart, knowledge.workouts);
  write_stdout(options.common.format == Format::json
                   ? history_to_json(summary).dump(2) + "\n"
                   : history_to_text(summary, plain_ascii(options.color)));
  return 0;
}

}  // namespace

void setup_history(CLI::App& app, Command& command) {
  auto options = std::make_shared<HistoryCommandOptions>();
  auto* history = app.add_subcommand("history", "Past runs week by week, with training load");
  history->allow_extras();
  history->add_option("PATH", options->history.paths, "FIT, GPX, TCX, .jsonl, Strava export")
      ->type_name("PATH")
      ->required()
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  add_whole_number_option(*history, "--weeks", options->weeks, 1, max_history_weeks,
                          "How many weeks up to today (default 8)");
  add_week_start_option(*history, options->week_start);
  history->add_option("--today", options->today, "Take this day as today")->type_name("DATE");
  add_common(*history, options->common, "Output format: text (default) or json", history_formats);
  add_color_option(*history, options->color);
  add_history_options(*history, options->history, false);
  history->footer(
      "PATH is a file (.fit, .gpx, .tcx, .jsonl, each maybe .gz, or a Strava export\n"
      ".zip) or a folder searched for them. Bad files in a folder are skipped with a\n"
      "warning; a bad file given directly is an error. Bars are Unicode blocks, or #\n"
      "with --color never, NO_COLOR or TERM=dumb.\n\n"
      "Examples:\n"
      "  runmassage history ~/strava-export --weeks 12\n"
      "  runmassage history ~/garmin/activities --format json | jq '.weeks[-1]'");
  history->callback([&command, options] { command = [options] { return run_history(*options); }; });
}

}  // namespace runmassage::cli
