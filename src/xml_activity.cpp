// GPX and TCX through pugixml: elements matched by local name, so any namespace prefix works.
#include "runmassage/xml_activity.hpp"

#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <pugixml.hpp>

#include "runmassage/error.hpp"

namespace runmassage {
namespace {

// The element's name without its namespace prefix.
std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& parent, std::string_view name) {
  for (pugi::xml_node node = parent.first_child(); node; node = node.next_sibling()) {
    if (node.type() == pugi::node_element && local_name(node) == name) return node;
  }
  return {};
}

std::string trimmed(const char* text) {
  std::string_view view = text;
  auto first = view.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return std::string(view.substr(first, view.find_last_not_of(" \t\r\n") - first + 1));
}

class XmlFile {
 public:
  XmlFile(std::string_view text, const std::string& file) : file_(file) {
    pugi::xml_parse_result result = document_.load_buffer(text.data(), text.size());
    if (!result) fail(static_cast<std::size_t>(result.offset), result.description());
  }

  [[noreturn]] void fail(std::size_t at, const std::string& why) const {
    throw DataError(file_ + ": byte " + std::to_string(at) + ": " + why);
  }
  [[noreturn]] void fail(const pugi::xml_node& node, const std::string& why) const {
    fail(static_cast<std::size_t>(std::max<std::ptrdiff_t>(node.offset_debug(), 0)), why);
  }

  pugi::xml_node root(std::string_view expected, const char* format) const {
    pugi::xml_node root = document_.document_element();
    if (!root || local_name(root) != expected) {
      fail(root ? root : document_.first_child(),
           std::string("not a ") + format + " file (the root element is <" +
               (root ? root.name() : "") + ">, not <" + std::string(expected) + ">)");
    }
    return root;
  }

  // A time element's instant, in seconds since 1970; fails on anything but ISO 8601.
  std::int64_t time(const pugi::xml_node& node) const {
    std::string text = trimmed(node.child_value());
    auto instant = parse_utc_timestamp(text);
    if (!instant) fail(node, "\"" + text + "\" is not an ISO 8601 time");
    return *instant;
  }

  // A number in the element's text or an attribute's value; fails unless the whole text
  // (spaces around it aside) is one. Reads in place: this runs for every track point.
  double number(const pugi::xml_node& where, const char* raw, const char* what) const {
    const char* begin = raw;
    while (*begin == ' ' || *begin == '\t' || *begin == '\r' || *begin == '\n') ++begin;
    const char* end = begin + std::strlen(begin);
    while (end > begin &&
           (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n')) {
      --end;
    }
    const char* digits = begin != end && *begin == '+' ? begin + 1 : begin;
    double value = 0;
    auto [stop, error] = std::from_chars(digits, end, value);
    if (begin == end || error != std::errc() || stop != end || !std::isfinite(value)) {
      fail(where, std::string(what) + " \"" + std::string(begin, end) + "\" is not a number");
    }
    return value;
  }

  [[nodiscard]] const std::string& file() const { return file_; }

 private:
  pugi::xml_document document_;
  std::string file_;
};

// Counts points or laps against the per-file limit.
void count_record(std::size_t& records, const ReadLimits& limits, const XmlFile& xml,
                  const pugi::xml_node& node) {
  if (++records > limits.max_records) {
    xml.fail(node, "more than the limit of " + std::to_string(limits.max_records) + " records");
  }
}

}  // namespace

std::vector<Activity> read_gpx(std::string_view text, const std::string& file,
                               const UtcOffset& offset, const ReadLimits& limits) {
  XmlFile xml(text, file);
  pugi::xml_node gpx = xml.root("gpx", "GPX");
  std::vector<Activity> out;
  std::size_t records = 0;
  for (pugi::xml_node trk = gpx.first_child(); trk; trk = trk.next_sibling()) {
    if (local_name(trk) != "trk") continue;
    Activity activity;
    activity.source = file;
    activity.title = trimmed(child(trk, "name").child_value());
    activity.sport = sport_from_words(child(trk, "type").child_value());
    std::optional<std::int64_t> first;
    pugi::xml_node last;  // only the last point's time is parsed, once, at the end
    double metres = 0;
    double hr_sum = 0;
    std::size_t hr_count = 0;
    std::size_t points = 0;
    for (pugi::xml_node seg = trk.first_child(); seg; seg = seg.next_sibling()) {
      if (local_name(seg) != "trkseg") continue;
      std::optional<std::pair<double, double>> previous;
      for (pugi::xml_node pt = seg.first_child(); pt; pt = pt.next_sibling()) {
        if (local_name(pt) != "trkpt") continue;
        count_record(records, limits, xml, pt);
        ++points;
        double lat = xml.number(pt, pt.attribute("lat").value(), "latitude");
        double lon = xml.number(pt, pt.attribute("lon").value(), "longitude");
        if (std::fabs(lat) > 90 || std::fabs(lon) > 180) {
          xml.fail(pt, "coordinates out of range");
        }
        if (previous) metres += haversine_metres(previous->first, previous->second, lat, lon);
        previous = std::make_pair(lat, lon);
        // One pass over the point's children: this runs for every point of every track.
        bool have_time = false;
        bool have_hr = false;
        for (pugi::xml_node part = pt.first_child(); part; part = part.next_sibling()) {
          std::string_view name = local_name(part);
          if (name == "time" && !have_time) {
            have_time = true;
            if (!first) first = xml.time(part);
            last = part;
          } else if (name == "extensions" && !have_hr) {
            // Garmin's TrackPointExtension/hr, under whatever prefix the writer chose.
            for (pugi::xml_node ext = part.first_child(); ext && !have_hr;
                 ext = ext.next_sibling()) {
              if (pugi::xml_node hr = child(ext, "hr")) {
                hr_sum += xml.number(hr, hr.child_value(), "heart rate");
                ++hr_count;
                have_hr = true;
              }
            }
          }
        }
      }
    }
    if (!first) xml.fail(trk, "track has no point with a time");
    activity.start_utc = *first;
    activity.day = local_day(*first, offset);
    std::int64_t end = xml.time(last);
    if (end < *first) xml.fail(last, "the track's last time is before its first");
    activity.minutes = static_cast<double>(end - *first) / 60.0;
    if (points > 0) activity.km = metres / 1000.0;
    if (hr_count > 0) activity.avg_hr = hr_sum / static_cast<double>(hr_count);
    out.push_back(std::move(activity));
  }
  return out;
}

std::vector<Activity> read_tcx(std::string_view text, const std::string& file,
                               const UtcOffset& offset, const ReadLimits& limits) {
  XmlFile xml(text, file);
  pugi::xml_node root = xml.root("TrainingCenterDatabase", "TCX");
  std::vector<Activity> out;
  std::size_t records = 0;
  pugi::xml_node activities = child(root, "Activities");
  for (pugi::xml_node node = activities.first_child(); node; node = node.next_sibling()) {
    if (local_name(node) != "Activity") continue;
    Activity activity;
    activity.source = file;
    std::string sport = node.attribute("Sport").value();
    activity.sport = sport == "Running" ? Sport::run : Sport::other;
    activity.title = trimmed(child(node, "Notes").child_value());
    std::optional<std::int64_t> start;
    if (pugi::xml_node id = child(node, "Id")) start = xml.time(id);
    double seconds = 0;
    double metres = 0;
    bool have_seconds = false;
    bool have_metres = false;
    double hr_weighted = 0;
    double hr_seconds = 0;
    for (pugi::xml_node lap = node.first_child(); lap; lap = lap.next_sibling()) {
      if (local_name(lap) != "Lap") continue;
      count_record(records, limits, xml, lap);
      if (!start) {
        pugi::xml_attribute lap_start = lap.attribute("StartTime");
        if (lap_start) {
          auto instant = parse_utc_timestamp(trimmed(lap_start.value()));
          if (!instant) xml.fail(lap, "Lap StartTime is not an ISO 8601 time");
          start = instant;
        }
      }
      double lap_seconds = 0;
      if (pugi::xml_node total = child(lap, "TotalTimeSeconds")) {
        lap_seconds = xml.number(total, total.child_value(), "TotalTimeSeconds");
        if (lap_seconds < 0) xml.fail(total, "TotalTimeSeconds is negative");
        seconds += lap_seconds;
        have_seconds = true;
      }
      if (pugi::xml_node distance = child(lap, "DistanceMeters")) {
        double lap_metres = xml.number(distance, distance.child_value(), "DistanceMeters");
        if (lap_metres < 0) xml.fail(distance, "DistanceMeters is negative");
        metres += lap_metres;
        have_metres = true;
      }
      if (pugi::xml_node value = child(child(lap, "AverageHeartRateBpm"), "Value")) {
        double hr = xml.number(value, value.child_value(), "AverageHeartRateBpm");
        if (lap_seconds > 0) {
          hr_weighted += hr * lap_seconds;
          hr_seconds += lap_seconds;
        }
      }
    }
    if (!start) xml.fail(node, "activity has neither an Id nor a Lap StartTime");
    activity.start_utc = *start;
    activity.day = local_day(*start, offset);
    if (have_seconds) activity.minutes = seconds / 60.0;
    if (have_metres) activity.km = metres / 1000.0;
    if (hr_seconds > 0) activity.avg_hr = hr_weighted / hr_seconds;
    out.push_back(std::move(activity));
  }
  return out;
}

}  // namespace runmassage
