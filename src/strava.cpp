// Strava's activities.csv: duplicated column names, US-style dates, types in words.
#include "runmassage/strava.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include "runmassage/error.hpp"
#include "runmassage/readers.hpp"

namespace runmassage {
namespace {

std::optional<int> number_at(std::string_view text, std::size_t& pos, std::size_t max_digits) {
  std::size_t start = pos;
  int value = 0;
  while (pos < text.size() && pos - start < max_digits && text[pos] >= '0' && text[pos] <= '9') {
    value = value * 10 + (text[pos++] - '0');
  }
  if (pos == start) return std::nullopt;
  return value;
}

bool literal(std::string_view text, std::size_t& pos, std::string_view expected) {
  if (text.substr(pos, expected.size()) != expected) return false;
  pos += expected.size();
  return true;
}

// A cell as a number; empty means absent.
std::optional<double> cell_number(const std::string& cell, const std::string& where,
                                  const char* column) {
  if (cell.empty()) return std::nullopt;
  double value = 0;
  auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
  if (error != std::errc() || end != cell.data() + cell.size() || !std::isfinite(value) ||
      value < 0) {
    throw DataError(where + column + " \"" + cell + "\" is not a number of 0 or more");
  }
  return value;
}

}  // namespace

std::optional<std::int64_t> parse_strava_date(std::string_view text) {
  static constexpr std::array<std::string_view, 12> months{
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::size_t pos = 0;
  unsigned month = 0;
  for (unsigned i = 0; i < months.size(); ++i) {
    if (text.substr(0, 3) == months[i]) month = i + 1;
  }
  if (month == 0) return std::nullopt;
  pos = 3;
  if (!literal(text, pos, " ")) return std::nullopt;
  auto mday = number_at(text, pos, 2);
  if (!mday || !literal(text, pos, ", ")) return std::nullopt;
  // Four digits, from year 1: "May 1, 24" is no date, not the year 24.
  const std::size_t year_at = pos;
  auto year = number_at(text, pos, 4);
  if (!year || pos - year_at != 4 || *year < 1 || !literal(text, pos, ", ")) return std::nullopt;
  auto hour = number_at(text, pos, 2);
  if (!hour || !literal(text, pos, ":")) return std::nullopt;
  auto minute = number_at(text, pos, 2);
  if (!minute || !literal(text, pos, ":")) return std::nullopt;
  auto second = number_at(text, pos, 2);
  if (!second || !literal(text, pos, " ")) return std::nullopt;
  bool pm = false;
  if (literal(text, pos, "PM")) {
    pm = true;
  } else if (!literal(text, pos, "AM")) {
    return std::nullopt;
  }
  if (pos != text.size() || *hour < 1 || *hour > 12 || *minute > 59 || *second > 59) {
    return std::nullopt;
  }
  Date day{date::year{*year}, date::month{month}, date::day{static_cast<unsigned>(*mday)}};
  if (!day.ok()) return std::nullopt;
  int hour24 = *hour % 12 + (pm ? 12 : 0);  // 12:xx AM is just after midnight
  return utc_midnight(day) + hour24 * 3600 + *minute * 60 + *second;
}

std::vector<StravaRow> read_strava_csv(std::string_view text, const std::string& file,
                                       const UtcOffset& offset, const ReadLimits& limits) {
  CsvTable table = readers().parse_csv(text, file, limits.max_records);
  auto require = [&](const char* name) {
    auto index = table.column(name);
    if (!index) throw DataError(file + ": line 1: no \"" + name + "\" column");
    return *index;
  };
  std::size_t date_column = require("Activity Date");
  std::size_t type_column = require("Activity Type");
  auto name_column = table.column("Activity Name");
  auto file_column = table.column("Filename");
  auto hr_column = table.column("Average Heart Rate");
  // The second Elapsed Time and Distance are the precise ones, the Distance in metres.
  auto elapsed_column = table.column("Elapsed Time", 1);
  if (!elapsed_column) elapsed_column = table.column("Elapsed Time");
  auto metres_column = table.column("Distance", 1);
  auto km_column = metres_column ? std::nullopt : table.column("Distance");

  std::vector<StravaRow> out;
  out.reserve(table.rows.size());
  for (const CsvRow& row : table.rows) {
    std::string where = file + ": line " + std::to_string(row.line) + ": ";
    auto cell = [&](std::optional<std::size_t> column) -> std::string {
      if (!column || *column >= row.fields.size()) return {};
      return row.fields[*column];
    };
    StravaRow result;
    Activity& activity = result.activity;
    std::string when = cell(date_column);
    auto start = parse_strava_date(when);
    if (!start) {
      throw DataError(where + "Activity Date \"" + when +
                      "\" is not a date like \"Oct 7, 2020, 2:43:11 PM\"");
    }
    activity.start_utc = *start;
    activity.day = local_day(*start, offset);
    std::string type = cell(type_column);
    activity.sport = type.empty() ? Sport::other : sport_from_words(type);
    activity.title = cell(name_column);
    activity.source = file;
    if (auto seconds = cell_number(cell(elapsed_column), where, "Elapsed Time")) {
      activity.minutes = *seconds / 60.0;
    }
    if (auto metres = cell_number(cell(metres_column), where, "Distance")) {
      activity.km = *metres / 1000.0;
    } else if (auto km = cell_number(cell(km_column), where, "Distance")) {
      activity.km = *km;
    }
    if (auto hr = cell_number(cell(hr_column), where, "Average Heart Rate")) {
      if (*hr > 0) activity.avg_hr = *hr;
    }
    result.filename = cell(file_column);
    out.push_back(std::move(result));
  }
  return out;
}

}  // namespace runmassage
