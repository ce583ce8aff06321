// Reading the runner's own hand-kept log of activities (JSON Lines).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runmassage/activity.hpp"

namespace runmassage {

/// One activity per non-blank line, each an object {"date": "YYYY-MM-DD", "kind"?: text,
/// "km"?: number, "minutes"?: number, "avg_hr"?: number, "title"?: text}. The date is the
/// local day as written (start_utc is its midnight UTC: a log has no clock times). A kind of
/// ride, bike, cycling, swim, walk, hike, strength, yoga or other is not a run; any other
/// kind (easy, long, hard, race, …) or none is. Throws DataError "FILE: line N: …" for bad
/// JSON, a bad or missing date, an unknown key, a wrong type, a negative number, a heart rate
/// outside 20–260, or more than `limits.max_records` lines.
std::vector<Activity> read_activity_log(std::string_view text, const std::string& file,
                                        const ReadLimits& limits);

}  // namespace runmassage
