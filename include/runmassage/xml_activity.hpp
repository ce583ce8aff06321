// Reading GPX 1.1 tracks and TCX activities (both XML, through pugixml).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runmassage/activity.hpp"

namespace runmassage {

/// One activity per GPX track (trk): its name as title, its type as sport (a track without a
/// type counts as a run), the first and last trkpt times as start and duration, distance
/// summed along each segment (haversine), average heart rate from the points' gpxtpx:hr.
/// A file with no track gives none. Throws DataError "FILE: byte N: …" for bad XML, a root
/// that is not gpx, a track with no time, a bad time or coordinate, or more than
/// `limits.max_records` points.
std::vector<Activity> read_gpx(std::string_view text, const std::string& file,
                               const UtcOffset& offset, const ReadLimits& limits);

/// One activity per TCX Activity: Sport="Running" is a run, anything else is not; Id (or the
/// first Lap's StartTime) is the start; TotalTimeSeconds and DistanceMeters summed over laps;
/// AverageHeartRateBpm/Value weighted by lap time; Notes as the title. Throws DataError
/// "FILE: byte N: …" as read_gpx does.
std::vector<Activity> read_tcx(std::string_view text, const std::string& file,
                               const UtcOffset& offset, const ReadLimits& limits);

}  // namespace runmassage
