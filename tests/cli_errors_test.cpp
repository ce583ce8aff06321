// plain_words: each CLI11 parse error runmassage rewords, raised by the real commands' options.
// A CLI11 upgrade that throws another error type for one of these mistakes, or words it so that the
// option can no longer be found, fails here rather than reaching a user as CLI11's English.
#include "catch.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "cli_common.hpp"
#include "cli_errors.hpp"

namespace {

struct Reported {
  std::string type;     // CLI11's name for the error's class
  std::string message;  // what plain_words makes of it
};

// Parses `args` the way runmassage's top level does and returns the error it reports.
Reported parse_error(std::vector<std::string> args) {
  CLI::App app{"", "runmassage"};
  app.require_subcommand(0, 1);
  app.allow_extras();
  std::string config;
  app.add_option("--config", config)->type_name("FILE");
  runmassage::cli::Command command;
  runmassage::cli::setup_plan(app, command);
  runmassage::cli::setup_batch(app, command);
  runmassage::cli::setup_week(app, command);
  args.insert(args.begin(), "runmassage");
  std::vector<const char*> argv(args.size());
  std::transform(args.begin(), args.end(), argv.begin(),
                 [](const auto& arg) { return arg.c_str(); });
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& e) {
    return {e.get_name(), runmassage::cli::plain_words(e, app)};
  }
  return {"", "no error"};
}

}  // namespace

TEST_CASE("plain_words: an option at the end of the line needs a value") {
  const std::vector<std::vector<std::string>> lines = {
      {"plan", "--next-run"}, {"plan", "--next-run="}, {"plan", "--next-run", "sat", "--next-run"}};
  for (const auto& args : lines) {
    const Reported reported = parse_error(args);
    CHECK(reported.type == "ArgumentMismatch");
    CHECK(reported.message == "--next-run: needs a value");
  }
  CHECK(parse_error({"week", "--run"}).message == "--run: needs a value");
  CHECK(parse_error({"batch", "--today"}).message == "--today: needs a value");
  CHECK(parse_error({"--config"}).message == "--config: needs a value");
}

TEST_CASE("plain_words: an option that takes one value, given twice") {
  const Reported reported = parse_error({"plan", "--next-run", "+1", "--next-run", "+2"});
  CHECK(reported.type == "ArgumentMismatch");
  CHECK(reported.message == "--next-run: given more than once");
  CHECK(parse_error({"week", "--weeks", "1", "--weeks", "2"}).message ==
        "--weeks: given more than once");
  CHECK(parse_error({"--config", "a", "--config", "b", "plan"}).message ==
        "--config: given more than once");
  // A repeatable option is never "given more than once".
  CHECK(parse_error({"plan", "--race", "sat", "--race"}).message == "--race: needs a value");
}

TEST_CASE("plain_words: a flag given a value that is not true or false") {
  const Reported reported = parse_error({"batch", "--brief=maybe"});
  CHECK(reported.type == "ConversionError");
  CHECK(reported.message == "--brief: expected true or false, not 'maybe'");
  CHECK(parse_error({"batch", "--brief=yes"}).message == "no error");
}

TEST_CASE("plain_words: a value our own check refuses keeps the check's words") {
  const Reported reported = parse_error({"week", "--weeks", "0"});
  CHECK(reported.type == "ValidationError");
  CHECK(reported.message == "--weeks: expected a whole number from 1 to 520, not '0'");
  CHECK(parse_error({"plan", "--format", "xml"}).message ==
        "--format: unknown format 'xml' (expected text, json)");
}
