// libFuzzer target: the FIT decoder. A DataError is fine; nothing else is, and every
// activity it returns must have a real day and no negative time.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runmassage/error.hpp"
#include "runmassage/fit.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  runmassage::ReadLimits limits;
  limits.max_records = 10'000;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    auto activities =
        runmassage::read_fit(bytes, "fuzz.fit", runmassage::utc_offset_zero(), limits);
    for (const auto& activity : activities) {
      if (!activity.day.ok()) __builtin_trap();
      if (activity.minutes && !(*activity.minutes >= 0)) __builtin_trap();
    }
  } catch (const runmassage::DataError&) {
  }
  return 0;
}
