// The command-line interface: parses options, calls the core, prints, maps errors to exit codes.
#pragma once

namespace runmassage::cli {

/// Runs runmassage with these arguments. A command that succeeds ends the process itself
/// (finish, in cli_common.hpp); otherwise returns the exit code: --help, --version and errors.
/// So no test calls it in-process: the golden tests run the program.
int main(int argc, char** argv);

}  // namespace runmassage::cli
