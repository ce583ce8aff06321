// Catch2 v2's main(); v3 links Catch2::Catch2WithMain instead and does not build this file.
#define CATCH_CONFIG_MAIN
#include "catch.hpp"
