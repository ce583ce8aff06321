// Entry point: everything happens in the CLI layer.
#include "cli.hpp"

int main(int argc, char** argv) { return runmassage::cli::main(argc, argv); }
