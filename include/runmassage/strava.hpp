// Reading the activities.csv of a Strava bulk export.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runmassage/activity.hpp"

namespace runmassage {

/// One row of activities.csv: the activity it describes and the file it names.
struct StravaRow {
  Activity activity;     ///< what the CSV says; source is the CSV file
  std::string filename;  ///< the Filename column ("activities/123.fit.gz"), or ""
};

/// Parses Strava's "Oct 7, 2020, 2:43:11 PM" (UTC) into seconds since 1970; nullopt if the
/// text is not in that form or names an impossible time.
std::optional<std::int64_t> parse_strava_date(std::string_view text);

/// The rows of a Strava activities.csv. Activity Date is the start (UTC); Activity Name the
/// title; Activity Type gives the sport (any type with "Run" in it: Run, Trail Run, Virtual
/// Run); where Elapsed Time and Distance appear twice, the second copy is used (seconds, and
/// metres), else the first (seconds, and kilometres); Average Heart Rate when the export has
/// it. Throws DataError "FILE: line N: …" for a missing column, a bad date or a bad number.
std::vector<StravaRow> read_strava_csv(std::string_view text, const std::string& file,
                                       const UtcOffset& offset, const ReadLimits& limits);

}  // namespace runmassage
