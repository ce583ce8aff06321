// `runmassage plan`: which massage to book on one day, and why.
#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

#include "cli_common.hpp"
#include "runmassage/explain.hpp"
#include "runmassage/history_summary.hpp"
#include "runmassage/planner.hpp"
#include "runmassage/render.hpp"

namespace runmassage::cli {
namespace {

struct PlanOptions {
  CommonOptions common;
  std::string today;
  std::string next_run;
  std::string last_run;
  std::vector<std::string> races;
  std::string color = "auto";
  bool explain = false;
  HistoryCliOptions history;
};

int run_plan(const PlanOptions& options) {
  const Date today = today_option(options.today, Direction::on_or_after);
  std::optional<DatedOption> next_run;
  std::optional<DatedOption> last_run;
  std::vector<DatedOption> races;
  if (!options.next_run.empty()) {
    next_run = option_dated("--next-run", options.next_run, today, Direction::on_or_after);
  }
  if (!options.last_run.empty()) {
    last_run = option_dated("--last-run", options.last_run, today, Direction::on_or_before);
  }
  for (const auto& race : options.races) {
    races.push_back(option_dated("--race", race, today, Direction::on_or_after));
  }
  // Usage errors before data errors: the cheaper fix first. The dates alone can be checked
  // before the data is read; the words need the data.
  auto request_with = [&](auto workout_of) {
    PlanRequest request;
    request.today = today;
    if (next_run) request.next_run = workout_of(*next_run, false);
    if (last_run) request.last_run = workout_of(*last_run, false);
    for (const auto& race : races) request.races.push_back(workout_of(race, true));
    return request;
  };
  // With a history the last run may come from it, so "no run at all" waits for the files.
  const PlanRequest bare_request = request_with([](const DatedOption& dated, bool race) {
    Workout bare;
    bare.date = dated.date;
    bare.kind = race ? WorkoutKind::race : WorkoutKind::run;
    return bare;
  });
  if (options.history.paths.empty() || bare_request.last_run || bare_request.next_run ||
      !bare_request.races.empty()) {
    check_request(bare_request);
  }
  const auto heart = heart_profile(options.history);
  const Knowledge knowledge = load_data(options.common, DataParts::plans);
  PlanRequest request = request_with([&](const DatedOption& dated, bool race) {
    return option_workout(dated, race, knowledge.workouts);
  });
  if (!options.history.paths.empty()) {
    const auto activities = read_history(options.history, knowledge.workouts);
    PastRuns past = past_runs(activities, today, knowledge.workouts);
    // What the command line says wins: its last run, and its race on a day the history has one.
    if (!request.last_run) request.last_run = past.last_run;
    for (Workout& race : past.races) {
      const bool given = std::any_of(request.races.begin(), request.races.end(),
                                     [&](const Workout& w) { return w.date == race.date; });
      if (!given) request.races.push_back(std::move(race));
    }
    request.load = history_load(activities, today, heart, knowledge.workouts);
  }
  const Plan plan = make_plan(knowledge.rules, request);
  if (options.common.format == Format::json) {
    auto json = plan_to_json(plan, knowledge);
    if (options.explain) {
      json["explain"] =
          explain_to_json(explain_decision(knowledge.rules, plan.facts, plan.decision),
                          knowledge.rules, plan.facts);
    }
    write_stdout(json.dump(2) + "\n");
    finish(0);
  }
  std::string text = plan_to_text(plan, knowledge, choose_colour(options.color));
  if (options.explain) {
    text += "\n" + explain_to_text(explain_decision(knowledge.rules, plan.facts, plan.decision),
                                   knowledge.rules, knowledge.catalogue, plan.facts);
  }
  write_stdout(text);
  finish(0);
}

}  // namespace

void setup_plan(CLI::App& app, Command& command) {
  auto options = std::make_shared<PlanOptions>();
  auto* plan = app.add_subcommand("plan", "Which massage to book on a day, and why");
  plan->allow_extras();
  plan->add_option("--next-run", options->next_run, "The next run (on or after today)")
      ->type_name("DATE[:WORKOUT]");
  plan->add_option("--last-run", options->last_run, "The last run (on or before today)")
      ->type_name("DATE[:WORKOUT]");
  plan->add_option("--race", options->races, "A race day (repeatable); races are runs too")
      ->type_name("DATE[:WORKOUT]")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  plan->add_option("--today", options->today, "Plan for this day instead of today")
      ->type_name("DATE");
  add_common(*plan, options->common, "Output format: text (default) or json", plan_formats);
  add_color_option(*plan, options->color);
  plan->add_flag("--explain", options->explain, "Show how each rule and condition decided");
  add_history_options(*plan, options->history, true);
  plan->footer(
      "DATE is YYYY-MM-DD, today, tomorrow, yesterday, +N or -N days, or a weekday\n"
      "(monday or mon): the coming one for --next-run and --race, the last one for\n"
      "--last-run. WORKOUT is optional words after a colon: a kind (easy, long, tempo,\n"
      "intervals...) and/or a distance (16mi, 42.2km, 10k, half, marathon).\n"
      "--history reads FIT, GPX, TCX, Strava exports and .jsonl logs: without\n"
      "--last-run, the last run comes from it, and so do past races and the load.\n\n"
      "Examples:\n"
      "  runmassage plan --next-run sat:long\n"
      "  runmassage plan --last-run tue:tempo --next-run \"sat:Long Run 16 mi\"\n"
      "  runmassage plan --today 2024-10-24 --race 2024-10-27:marathon --format json\n"
      "  runmassage plan --today 2024-05-02 --next-run sat:long --explain\n"
      "  runmassage plan --history ~/strava-export --next-run sat:long");
  plan->callback([&command, options] { command = [options] { return run_plan(*options); }; });
}

}  // namespace runmassage::cli
