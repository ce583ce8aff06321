// libFuzzer target: calendar import through libical. A DataError is fine; nothing else is.
#include <cstddef>
#include <cstdint>
#include <string>

#include "runmassage/calendar_read.hpp"
#include "runmassage/error.hpp"
#include "runmassage/knowledge.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const runmassage::Knowledge knowledge = runmassage::default_knowledge();
  std::string text(reinterpret_cast<const char*>(data), size);
  runmassage::DateRange range{*runmassage::parse_iso_date("2024-01-01"),
                              *runmassage::parse_iso_date("2024-12-31")};
  try {
    // Far east of UTC, so timed events go through the time zone conversion too.
    auto workouts = runmassage::parse_calendar("fuzz.ics", text, knowledge.workouts, range,
                                               [](std::int64_t) { return 14 * 3600; });
    for (const auto& workout : workouts) {
      if (!workout.date.ok() || workout.date.year() > date::year{9999}) __builtin_trap();
    }
  } catch (const runmassage::DataError&) {
  }
  return 0;
}
