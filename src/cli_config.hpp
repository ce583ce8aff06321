// The config file: per-command defaults for long options, read after the command line.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace runmassage::cli {

/// Where the config file is, and whether it must exist.
struct ConfigFile {
  std::string path;       ///< empty when there is no place to look (no XDG_CONFIG_HOME, no HOME)
  bool required = false;  ///< true for --config FILE; the default file may be missing
};

/// --config FILE if given, else $XDG_CONFIG_HOME/runmassage/config.toml, else
/// $HOME/.config/runmassage/config.toml.
ConfigFile locate_config(const std::string& config_option);

/// False only when the default file is simply not there, so applying it would change nothing.
bool config_exists(const ConfigFile& file);

/// Reads `file` and sets each option the command line left unset from the section of its command.
/// Every section is checked, not only the chosen command's, so a mistake shows at once.
/// Throws UsageError for an unknown section or key or a bad value, IoError for an unreadable file.
void apply_config(CLI::App& app, const ConfigFile& file);

}  // namespace runmassage::cli
