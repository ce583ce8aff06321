// libFuzzer target: the config file, read by CLI11's TOML reader and checked by apply_config
// over a command with a single value, a list and a flag, as the real commands have. Whatever
// the text, apply_config either sets options or throws one of our errors (a usage error or an
// unreadable file); nothing else escapes.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "cli_config.hpp"
#include "runmassage/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = [] {
    char pattern[] = "/tmp/runmassage-fuzz-config-XXXXXX";
    const int fd = ::mkstemp(pattern);
    if (fd >= 0) ::close(fd);
    return std::string(pattern);
  }();
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return 0;
  std::fwrite(data, 1, size, file);
  std::fclose(file);

  CLI::App app{"fuzz", "runmassage"};
  CLI::App* plan = app.add_subcommand("plan");
  std::string format;
  std::vector<std::string> races;
  bool explain = false;
  plan->add_option("--format", format)->check(CLI::IsMember({"text", "json"}));
  plan->add_option("--race", races)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  plan->add_flag("--explain", explain);
  std::string weeks;
  app.add_subcommand("week")->add_option("--weeks", weeks);
  try {
    runmassage::cli::apply_config(app, {path, true});
  } catch (const runmassage::Error&) {
    // refused with a message: fine
  }
  return 0;
}
