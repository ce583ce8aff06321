// `runmassage plan`: which massage to book on one day, and why.
#include <memory>

#include "cli_common.hpp"
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
};

int run_plan(const PlanOptions& options) {
  const Date clock_today = local_today();
  PlanRequest request;
  request.today = options.today.empty()
                      ? clock_today
                      : option_date("--today", options.today, clock_today, Direction::on_or_after);
  if (!options.next_run.empty()) {
    request.next_run =
        option_date("--next-run", options.next_run, request.today, Direction::on_or_after);
  }
  if (!options.last_run.empty()) {
    request.last_run =
        option_date("--last-run", options.last_run, request.today, Direction::on_or_before);
  }
  for (const auto& race : options.races) {
    request.races.push_back(option_date("--race", race, request.today, Direction::on_or_after));
  }
  Plan plan = situate(request);  // usage errors before data errors: the cheaper fix first
  Knowledge knowledge = load_data(options.common, DataParts::plans);
  plan.decision = knowledge.rules.decide(plan.facts);
  write_stdout(options.common.format == Format::json
                   ? plan_to_json(plan, knowledge).dump(2) + "\n"
                   : plan_to_text(plan, knowledge, choose_colour(options.color)));
  return 0;
}

}  // namespace

void setup_plan(CLI::App& app, Command& command) {
  auto options = std::make_shared<PlanOptions>();
  auto* plan = app.add_subcommand("plan", "Which massage to book on a day, and why");
  plan->allow_extras();
  plan->add_option("--next-run", options->next_run, "The next run (on or after today)")
      ->type_name("DATE");
  plan->add_option("--last-run", options->last_run, "The last run (on or before today)")
      ->type_name("DATE");
  plan->add_option("--race", options->races, "A race day (repeatable); races are runs too")
      ->type_name("DATE")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  plan->add_option("--today", options->today, "Plan for this day instead of today")
      ->type_name("DATE");
  add_common(*plan, options->common, "Output format: text (default) or json", plan_formats);
  add_color_option(*plan, options->color);
  plan->footer(
      "DATE is YYYY-MM-DD, today, tomorrow, yesterday, +N or -N days, or a weekday\n"
      "(monday or mon): the coming one for --next-run and --race, the last one for\n"
      "--last-run.\n\n"
      "Examples:\n"
      "  runmassage plan --next-run 2024-05-03\n"
      "  runmassage plan --last-run yesterday --next-run sat --format json\n"
      "  runmassage plan --today 2024-04-29 --race 2024-05-04");
  plan->callback([&command, options] { command = [options] { return run_plan(*options); }; });
}

}  // namespace runmassage::cli
