// Decoding Garmin FIT activity files, written from the public FIT protocol description.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runmassage/activity.hpp"

namespace runmassage {

/// FIT timestamps count seconds from 1989-12-31 00:00 UTC, which is this Unix time.
constexpr std::int64_t fit_epoch_unix = 631'065'600;

/// The FIT CRC-16 (the ARC polynomial, computed a nibble at a time) of `bytes`, continuing
/// from `crc`. Over a whole file including its stored CRC it gives 0.
std::uint16_t fit_crc(std::string_view bytes, std::uint16_t crc = 0);

/// The activities in the bytes of a FIT file (several FIT files chained back to back are
/// read in turn): one per session message; a file without sessions gives one activity
/// built from its laps, or else from its records. A file whose file_id says it is not an
/// activity (a course, a workout, settings) gives none. Throws DataError "FILE: byte N: …"
/// for a bad signature or CRC, a size running past the end, an undefined local message, a
/// compressed timestamp before any timestamp, or more than `limits.max_records` messages.
std::vector<Activity> read_fit(std::string_view bytes, const std::string& file,
                               const UtcOffset& offset, const ReadLimits& limits);

}  // namespace runmassage
