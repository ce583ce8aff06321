// Includes Catch2 whichever major version is installed: v2 (Debian) has one header, v3
// (Homebrew, vcpkg) has none by that name, so the tests include this file instead.
#pragma once

#if RUNMASSAGE_CATCH2_V3
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
