// libFuzzer target: DATE words. Anything but a date or a UsageError is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runmassage/date.hpp"
#include "runmassage/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto today = *runmassage::parse_iso_date("2024-05-02");
  for (auto direction : {runmassage::Direction::on_or_after, runmassage::Direction::on_or_before}) {
    try {
      auto day = runmassage::resolve_date(text, today, direction);
      // Whatever resolves must be a real date that prints and parses back to itself.
      if (!day.ok() || runmassage::parse_iso_date(runmassage::to_iso(day)) != day) __builtin_trap();
    } catch (const runmassage::UsageError&) {
    }
  }
  return 0;
}
