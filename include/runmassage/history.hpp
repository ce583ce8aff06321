// Loading a runner's training history from files, folders and Strava exports.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runmassage/activity.hpp"

namespace runmassage {

/// The reader a file name calls for, ".gz" looked through ("run.fit.gz" is fit).
enum class HistoryFormat {
  fit,         ///< .fit
  gpx,         ///< .gpx
  tcx,         ///< .tcx
  log,         ///< .jsonl, our own log
  strava_zip,  ///< .zip, a Strava bulk export
};

/// The format of a file from its name, case-insensitively; nullopt for any other name.
std::optional<HistoryFormat> history_format(std::string_view name);

/// The activities in the bytes of one file named `name` (gunzipped first when it ends in
/// .gz); not for .zip files. Throws DataError naming the file.
std::vector<Activity> read_activity_file(std::string_view bytes, const std::string& name,
                                         const UtcOffset& offset, const ReadLimits& limits);

/// A file left out of the history, and why.
struct Skipped {
  std::string file;    ///< its path (inside a zip: "export.zip:activities/1.fit.gz")
  std::string reason;  ///< what was wrong with it, without the file name
};

/// How load_history reads.
struct HistoryOptions {
  UtcOffset utc_offset = utc_offset_zero();  ///< gives each activity its local day
  ReadLimits limits;                         ///< size and count ceilings
};

/// Everything read, oldest first, and the files that were left out.
struct HistoryResult {
  std::vector<Activity> activities;  ///< sorted by start, duplicates merged
  std::vector<Skipped> skipped;      ///< files skipped inside directories and exports
};

/// Reads every PATH: a file (.fit, .gpx, .tcx or .jsonl, each possibly .gz, or a Strava
/// export .zip) or a directory searched recursively for those. A directory holding
/// activities.csv is a Strava export: each row is an activity, and the file its Filename
/// names fills in what the row lacks (heart rate, distance, time) and is not counted again.
/// Inside a directory or an export, a file that cannot be read or parsed is skipped and
/// listed in `skipped`; a PATH given directly that cannot be read throws IoError, one that
/// does not parse DataError. More than `limits.max_files` activity files under one PATH is
/// a DataError. The same activity found twice (starts within 60 s, same sport, different
/// files) is kept once, its missing values filled from the other copy.
HistoryResult load_history(const std::vector<std::string>& paths, const HistoryOptions& options);

}  // namespace runmassage
