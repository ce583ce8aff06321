// The command-line interface: parses options, calls the core, prints, maps errors to exit codes.
#pragma once

namespace runmassage::cli {

/// Runs runmassage with these arguments; returns the process exit code.
int main(int argc, char** argv);

}  // namespace runmassage::cli
