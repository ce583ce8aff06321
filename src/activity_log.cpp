// The JSON Lines activity log, checked line by line with nlohmann::json.
#include "runmassage/activity_log.hpp"

#include <array>
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "runmassage/error.hpp"
#include "runmassage/json_node.hpp"

namespace runmassage {
namespace {

constexpr std::array<std::string_view, 9> other_sports{
    "ride", "bike", "cycling", "swim", "walk", "hike", "strength", "yoga", "other"};
constexpr std::array<std::string_view, 6> keys{"date", "kind", "km", "minutes", "avg_hr", "title"};

}  // namespace

std::vector<Activity> read_activity_log(std::string_view text, const std::string& file,
                                        const ReadLimits& limits) {
  std::vector<Activity> out;
  std::size_t line_number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    ++line_number;
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    std::string where = file + ": line " + std::to_string(line_number) + ": ";
    if (out.size() >= limits.max_records) {
      throw DataError(where + "more than the limit of " + std::to_string(limits.max_records) +
                      " activities");
    }
    nlohmann::json entry;
    try {
      entry = detail::parse_json_line(line);
    } catch (const DataError& e) {
      throw DataError(where + e.what());
    }
    if (!entry.is_object()) throw DataError(where + "expected a JSON object");
    for (const auto& item : entry.items()) {
      bool known = false;
      for (auto key : keys) known = known || key == item.key();
      if (!known) throw DataError(where + "unknown key \"" + item.key() + "\"");
    }
    auto text_of = [&](const char* key) -> std::string {
      if (!entry.contains(key)) return {};
      const auto& value = entry[key];
      if (!value.is_string()) throw DataError(where + "\"" + key + "\" must be a string");
      return value.get<std::string>();
    };
    auto number_of = [&](const char* key, double min, double max) -> std::optional<double> {
      if (!entry.contains(key)) return std::nullopt;
      const auto& value = entry[key];
      if (!value.is_number()) throw DataError(where + "\"" + key + "\" must be a number");
      auto number = value.get<double>();
      if (!std::isfinite(number) || number < min || number > max) {
        throw DataError(where + "\"" + key + "\" must be from " +
                        std::to_string(static_cast<long long>(min)) + " to " +
                        std::to_string(static_cast<long long>(max)));
      }
      return number;
    };
    if (!entry.contains("date")) throw DataError(where + "missing \"date\"");
    std::string day_text = text_of("date");
    auto day = parse_iso_date(day_text);
    if (!day) throw DataError(where + "\"date\" \"" + day_text + "\" is not a YYYY-MM-DD date");
    Activity activity;
    activity.day = *day;
    activity.start_utc = utc_midnight(*day);
    activity.kind = text_of("kind");
    activity.sport = Sport::run;
    for (auto other : other_sports) {
      if (activity.kind == other) activity.sport = Sport::other;
    }
    activity.title = text_of("title");
    activity.km = number_of("km", 0, max_activity_km);
    activity.minutes = number_of("minutes", 0, max_activity_minutes);
    activity.avg_hr = number_of("avg_hr", min_activity_avg_hr, max_activity_avg_hr);
    activity.source = file;
    out.push_back(std::move(activity));
  }
  return out;
}

}  // namespace runmassage
