// One past workout as read from a watch, an app export or the runner's own log.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "runmassage/date.hpp"

namespace runmassage {

/// Whether an activity was a run; rides, swims, walks and the rest are all `other`.
enum class Sport { run, other };

/// The most one activity is taken to hold, and the average heart rates a person can keep up.
/// A file's figure beyond them is a device's or an export's glitch and is left out; the
/// hand-kept log refuses it.
inline constexpr double max_activity_km = 1000;
inline constexpr double max_activity_minutes = 10080;  // a week
inline constexpr double min_activity_avg_hr = 20;
inline constexpr double max_activity_avg_hr = 260;

/// A finished activity. Every file format stores UTC instants; `day` is the runner's local
/// date of `start_utc`, worked out by a UtcOffset the caller supplies.
struct Activity {
  Date day;                       ///< local calendar date of the start
  std::int64_t start_utc = 0;     ///< start, seconds since 1970-01-01 00:00 UTC
  Sport sport = Sport::run;       ///< run or anything else
  std::string kind;               ///< workout kind when the source names one (our log), else ""
  std::string title;              ///< the name the runner or the app gave it, or ""
  std::optional<double> km;       ///< distance in kilometres
  std::optional<double> minutes;  ///< elapsed time in minutes
  std::optional<double> avg_hr;   ///< average heart rate, beats per minute
  std::string source;             ///< the file it came from (inside a zip: "export.zip:path")
};

/// The local time zone's offset from UTC, in seconds east, at a UTC instant (seconds since
/// 1970). The core never reads the system time zone; the caller passes one of these.
using UtcOffset = std::function<int(std::int64_t utc)>;

/// An offset function for UTC itself (offset 0 everywhere).
UtcOffset utc_offset_zero();

/// The local date of a UTC instant under `offset`.
Date local_day(std::int64_t utc, const UtcOffset& offset);

/// Seconds since 1970-01-01 00:00 UTC of midnight UTC at the start of `day`.
std::int64_t utc_midnight(Date day);

/// Sport of a free-text activity type ("Run", "Trail Run", "running", "Biking", "9" in a
/// Strava GPX): a run when the words say running; anything named otherwise is `other`.
Sport sport_from_words(std::string_view words);

/// Upper bounds that keep a hostile or broken file from exhausting memory or time.
struct ReadLimits {
  std::size_t max_file_bytes = 256u << 20;          ///< bytes of one file as stored on disk
  std::size_t max_decompressed_bytes = 256u << 20;  ///< bytes after gunzip or unzip
  std::size_t max_files = 100'000;                  ///< activity files taken from one PATH
  std::size_t max_records = 2'000'000;              ///< messages, points or rows in one file
};

/// Great-circle distance in metres between two points given in degrees (haversine formula,
/// mean Earth radius 6,371,008.8 m).
double haversine_metres(double lat1, double lon1, double lat2, double lon2);

/// Parses an ISO 8601 / RFC 3339 instant ("2024-05-03T06:12:09Z", "…T08:12:09.250+02:00")
/// into seconds since 1970 UTC (fractions dropped); nullopt if malformed. Text without an
/// offset is taken as UTC.
std::optional<std::int64_t> parse_utc_timestamp(std::string_view text);

}  // namespace runmassage
