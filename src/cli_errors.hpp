// CLI11's parse errors in runmassage's own words, chosen by the error's type.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace runmassage::cli {

/// The message for a parse error `app` threw: "--next-run: needs a value" rather than CLI11's
/// "--next-run: 1 required DATE missing". Errors with no rewording keep CLI11's message, which for
/// a failed check is ours already ("--weeks: expected a whole number ...").
std::string plain_words(const CLI::ParseError& error, const CLI::App& app);

}  // namespace runmassage::cli
