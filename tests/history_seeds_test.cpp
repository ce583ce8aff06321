// Not a test: writes the seed corpora of fuzz_fit, fuzz_xml_activity and fuzz_csv.
// Run `unit_tests "[.seeds]"` with RUNMASSAGE_SEED_DIR=tests/fuzz/corpus (tests/fuzz/README.md).
#include "catch.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "fit_writer.hpp"
#include "history_files.hpp"

using namespace runmassage;
using runmassage::test::FitWriter;
namespace ft = runmassage::test::fit_type;

namespace {

void seed(const std::string& target, const std::string& name, const std::string& bytes) {
  std::filesystem::path dir = std::filesystem::path(std::getenv("RUNMASSAGE_SEED_DIR")) / target;
  std::filesystem::create_directories(dir);
  std::ofstream(dir / name, std::ios::binary) << bytes;
}

}  // namespace

TEST_CASE("write the history fuzz seeds", "[.seeds]") {
  REQUIRE(std::getenv("RUNMASSAGE_SEED_DIR"));
  constexpr std::int64_t start = 1714716000;  // 2024-05-03T06:00:00Z
  std::uint64_t t = test::fit_time(start);
  seed("fit", "session", test::fit_session_file(start, 3'600'000, 1'000'000, 150));

  FitWriter records;
  records.define(0, 0, {{0, 1, ft::enum_}}).data(0, {4});
  records.define(1, 20, {{253, 4, ft::uint32}, {3, 1, ft::uint8}, {5, 4, ft::uint32}}, true,
                 {{0, 2, 0}});
  records.define(2, 20, {{3, 1, ft::uint8}, {5, 4, ft::uint32}}, false, {{0, 1, 0}});
  records.data(1, {t + 10, 140, 0}).compressed(2, 20, {150, 5000}).compressed(2, 5, {160, 9000});
  seed("fit", "compressed-developer-bigendian", records.file(12));

  FitWriter laps;
  laps.define(0, 19,
              {{253, 4, ft::uint32},
               {2, 4, ft::uint32},
               {7, 4, ft::uint32},
               {9, 4, ft::uint32},
               {15, 1, ft::uint8},
               {25, 1, ft::enum_}});
  laps.data(0, {t + 600, t, 600'000, 200'000, 140, 1});
  laps.data(0, {t + 1500, t + 600, 900'000, 300'000, 160, 1});
  seed("fit", "laps", laps.file(14, false));

  std::string bad = test::fit_session_file(start, 60'000, 100, 120);
  bad[20] = static_cast<char>(bad[20] ^ 1);
  seed("fit", "bad-crc", bad);

  seed("xml_activity", "gpx", std::string(1, '\0') + test::fixture("morning.gpx"));
  seed("xml_activity", "tcx", std::string(1, '\1') + test::fixture("tempo.tcx"));
  seed("csv", "strava", test::fixture("activities.csv"));
  seed("csv", "quotes", "a,b\r\n\"x \"\"y\"\"\",\"two\nlines\"\r\n");
}
