// CLI11's parse errors in runmassage's own words. The wording follows the error's type and the
// state of the option it is about, never CLI11's English, so a CLI11 upgrade that says things
// differently changes nothing here (and one that throws differently fails cli_errors_test.cpp).
#include "cli_errors.hpp"

#include <vector>

namespace runmassage::cli {
namespace {

// The command being parsed first, then the top level (for --config).
std::vector<const CLI::App*> parsers_of(const CLI::App& app) {
  const std::vector<CLI::App*> chosen = app.get_subcommands();
  std::vector<const CLI::App*> parsers(chosen.begin(), chosen.end());
  parsers.push_back(&app);
  return parsers;
}

// The option an ArgumentMismatch is about: CLI11 puts its name first ("--next-run: ...").
const CLI::Option* named_option(const CLI::Error& error, const CLI::App& app) {
  const std::string message = error.what();
  const auto colon = message.find(": ");
  if (colon == std::string::npos) return nullptr;
  for (const CLI::App* parser : parsers_of(app)) {
    if (const CLI::Option* option = parser->get_option_no_throw(message.substr(0, colon))) {
      return option;
    }
  }
  return nullptr;
}

// The flag whose value (`--brief=maybe`) CLI11 could not read as true or false.
const CLI::Option* unreadable_flag(const CLI::App& app) {
  for (const CLI::App* parser : parsers_of(app)) {
    for (const CLI::Option* option : parser->get_options()) {
      if (option->get_expected_max() != 0 || option->count() == 0) continue;
      try {
        (void)option->as<bool>();
      } catch (const CLI::ConversionError&) {
        return option;
      }
    }
  }
  return nullptr;
}

}  // namespace

std::string plain_words(const CLI::ParseError& error, const CLI::App& app) {
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
    // Too few values (`--next-run` last, or `--next-run=`) or, for an option that takes one,
    // more than one (`--next-run a --next-run b`).
    if (const CLI::Option* option = named_option(error, app)) {
      const bool repeated = option->get_multi_option_policy() == CLI::MultiOptionPolicy::Throw &&
                            option->count() > static_cast<std::size_t>(option->get_expected_max());
      return option->get_name() + (repeated ? ": given more than once" : ": needs a value");
    }
  } else if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr) {
    if (const CLI::Option* flag = unreadable_flag(app)) {
      return flag->get_name() + ": expected true or false, not '" + flag->results().front() + "'";
    }
  }
  return error.what();
}

}  // namespace runmassage::cli
