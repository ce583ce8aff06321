// libFuzzer target: GPX and TCX through pugixml. The first byte picks the reader (even: GPX,
// odd: TCX); the rest is the file. A DataError is fine; nothing else is.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runmassage/error.hpp"
#include "runmassage/xml_activity.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  runmassage::ReadLimits limits;
  limits.max_records = 10'000;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    auto activities =
        data[0] % 2 == 0
            ? runmassage::read_gpx(text, "fuzz.gpx", runmassage::utc_offset_zero(), limits)
            : runmassage::read_tcx(text, "fuzz.tcx", runmassage::utc_offset_zero(), limits);
    for (const auto& activity : activities) {
      if (!activity.day.ok()) __builtin_trap();
      if (activity.km && !(std::isfinite(*activity.km) && *activity.km >= 0)) __builtin_trap();
    }
  } catch (const runmassage::DataError&) {
  }
  return 0;
}
