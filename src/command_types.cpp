// `runmassage types`: the massage catalogue.
#include <memory>

#include "cli_common.hpp"
#include "runmassage/render.hpp"

namespace runmassage::cli {
namespace {

struct TypesOptions {
  CommonOptions common;
  std::string color = "auto";
};

int run_types(const TypesOptions& options) {
  Knowledge knowledge = load_data(options.common, DataParts::plans);
  write_stdout(options.common.format == Format::json
                   ? catalogue_to_json(knowledge.catalogue).dump(2) + "\n"
                   : catalogue_to_text(knowledge.catalogue, choose_colour(options.color)));
  return 0;
}

}  // namespace

void setup_types(CLI::App& app, Command& command) {
  auto options = std::make_shared<TypesOptions>();
  auto* types = app.add_subcommand("types", "List the massage types and their techniques");
  types->allow_extras();
  add_common(*types, options->common, "Output format: text (default) or json", types_formats);
  add_color_option(*types, options->color);
  types->footer(
      "Examples:\n"
      "  runmassage types\n"
      "  runmassage types --format json | jq -r '.types[].id'");
  types->callback([&command, options] { command = [options] { return run_types(*options); }; });
}

}  // namespace runmassage::cli
