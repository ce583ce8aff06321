// libFuzzer target: the CSV reader (libcsv) and, on the same text, the Strava activities.csv
// reader. A DataError is fine; nothing else is, and rows must come in line order.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runmassage/csv.hpp"
#include "runmassage/error.hpp"
#include "runmassage/strava.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    runmassage::CsvTable table = runmassage::parse_csv(text, "fuzz.csv", 10'000);
    std::size_t line = 1;
    for (const auto& row : table.rows) {
      if (row.line < line) __builtin_trap();  // records come in file order
      line = row.line;
    }
  } catch (const runmassage::DataError&) {
  }
  try {
    runmassage::ReadLimits limits;
    limits.max_records = 10'000;
    auto rows =
        runmassage::read_strava_csv(text, "activities.csv", runmassage::utc_offset_zero(), limits);
    for (const auto& row : rows) {
      if (!row.activity.day.ok()) __builtin_trap();
    }
  } catch (const runmassage::DataError&) {
  }
  return 0;
}
