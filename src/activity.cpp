// Time, place and sport helpers shared by the activity-file readers.
#include "runmassage/activity.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>

namespace runmassage {
namespace {

constexpr std::int64_t seconds_per_day = 86'400;

// Reads exactly `count` digits at `pos`; nullopt if any is missing.
std::optional<int> digits(std::string_view text, std::size_t& pos, std::size_t count) {
  if (pos + count > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = 0; i < count; ++i) {
    char c = text[pos + i];
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  pos += count;
  return value;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
  if (pos >= text.size() || text[pos] != c) return false;
  ++pos;
  return true;
}

}  // namespace

UtcOffset utc_offset_zero() {
  return [](std::int64_t) { return 0; };
}

Date local_day(std::int64_t utc, const UtcOffset& offset) {
  std::int64_t local = utc + (offset ? offset(utc) : 0);
  // Floor division, so instants before 1970 land on the right day too.
  std::int64_t days = local / seconds_per_day;
  if (local % seconds_per_day < 0) --days;
  return Date{date::sys_days{date::days{days}}};
}

std::int64_t utc_midnight(Date day) {
  return static_cast<std::int64_t>(date::sys_days{day}.time_since_epoch().count()) *
         seconds_per_day;
}

Sport sport_from_words(std::string_view words) {
  std::string lower;
  for (char c : words) {
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  auto first = lower.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return Sport::run;  // unstated: this is a runner's history
  lower = lower.substr(first, lower.find_last_not_of(" \t\r\n") - first + 1);
  if (lower == "9") return Sport::run;  // Strava writes its own type number into GPX: 9 is Run
  return lower.find("run") != std::string::npos ? Sport::run : Sport::other;
}

double haversine_metres(double lat1, double lon1, double lat2, double lon2) {
  constexpr double radius = 6'371'008.8;
  constexpr double to_radians = 3.14159265358979323846 / 180.0;
  double phi1 = lat1 * to_radians;
  double phi2 = lat2 * to_radians;
  double dphi = (lat2 - lat1) * to_radians;
  double dlambda = (lon2 - lon1) * to_radians;
  double h = std::sin(dphi / 2) * std::sin(dphi / 2) +
             std::cos(phi1) * std::cos(phi2) * std::sin(dlambda / 2) * std::sin(dlambda / 2);
  h = std::clamp(h, 0.0, 1.0);
  return 2 * radius * std::asin(std::sqrt(h));
}

std::optional<std::int64_t> parse_utc_timestamp(std::string_view text) {
  std::size_t pos = 0;
  auto year = digits(text, pos, 4);
  if (!year || !expect(text, pos, '-')) return std::nullopt;
  auto month = digits(text, pos, 2);
  if (!month || !expect(text, pos, '-')) return std::nullopt;
  auto mday = digits(text, pos, 2);
  if (!mday) return std::nullopt;
  if (!expect(text, pos, 'T') && !expect(text, pos, 't') && !expect(text, pos, ' ')) {
    return std::nullopt;
  }
  auto hour = digits(text, pos, 2);
  if (!hour || !expect(text, pos, ':')) return std::nullopt;
  auto minute = digits(text, pos, 2);
  if (!minute || !expect(text, pos, ':')) return std::nullopt;
  auto second = digits(text, pos, 2);
  if (!second) return std::nullopt;
  if (expect(text, pos, '.') || expect(text, pos, ',')) {
    std::size_t start = pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
    if (pos == start) return std::nullopt;
  }
  int offset = 0;
  if (pos < text.size()) {
    char sign = text[pos++];
    if (sign == 'Z' || sign == 'z') {
      if (pos != text.size()) return std::nullopt;
    } else if (sign == '+' || sign == '-') {
      auto off_hours = digits(text, pos, 2);
      if (!off_hours) return std::nullopt;
      expect(text, pos, ':');
      auto off_minutes = digits(text, pos, 2);
      if (!off_minutes || pos != text.size() || *off_hours > 23 || *off_minutes > 59) {
        return std::nullopt;
      }
      offset = (*off_hours * 60 + *off_minutes) * 60 * (sign == '-' ? -1 : 1);
    } else {
      return std::nullopt;
    }
  }
  Date day{date::year{*year}, date::month{static_cast<unsigned>(*month)},
           date::day{static_cast<unsigned>(*mday)}};
  // 24:00:00 is not accepted; 23:59:60 (a leap second) counts as the next second.
  if (!day.ok() || *hour > 23 || *minute > 59 || *second > 60) return std::nullopt;
  return utc_midnight(day) + *hour * 3600 + *minute * 60 + *second - offset;
}

}  // namespace runmassage
