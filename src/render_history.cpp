// The weekly history summary as text (a table with bar charts) and as JSON.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "runmassage/history_summary.hpp"
#include "runmassage/render.hpp"

namespace runmassage {
namespace {

constexpr int bar_cells = 16;

// "4:05" for 245 minutes.
std::string hours_minutes(double minutes) {
  const long total = std::lround(minutes);
  char out[32];
  std::snprintf(out, sizeof out, "%ld:%02ld", total / 60, total % 60);
  return out;
}

std::string fixed(const std::optional<double>& value, int width, int decimals) {
  char out[64];
  if (!value) {
    std::snprintf(out, sizeof out, "%*s", width, "-");
  } else {
    // Never "-0.0": a value that rounds to zero is zero.
    double shown = std::abs(*value) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : *value;
    std::snprintf(out, sizeof out, "%*.*f", width, decimals, shown);
  }
  return out;
}

// A bar of `value` out of `max` in bar_cells cells: Unicode eighth blocks, or one `#` a cell.
std::string bar(double value, double max, bool ascii) {
  if (max <= 0 || value <= 0) return "";
  const double share = std::min(value / max, 1.0);
  if (ascii) return std::string(static_cast<std::size_t>(std::lround(share * bar_cells)), '#');
  static const char* const partial[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  const long eighths = std::lround(share * bar_cells * 8);
  std::string out;
  for (long i = 0; i < eighths / 8; ++i) out += "█";
  out += partial[eighths % 8];
  return out;
}

// Pads a bar to bar_cells columns (each block is one column, several bytes).
std::string padded_bar(const std::string& text, double value, double max, bool ascii) {
  long cells = 0;
  if (max > 0 && value > 0) {
    const double share = std::min(value / max, 1.0);
    cells = ascii ? std::lround(share * bar_cells) : (std::lround(share * bar_cells * 8) + 7) / 8;
  }
  return text + std::string(static_cast<std::size_t>(bar_cells - cells), ' ');
}

double rounded(double value) {
  const double out = std::round(value * 10) / 10;
  return out == 0 ? 0 : out;  // no -0
}

nlohmann::ordered_json optional_number(const std::optional<double>& value) {
  return value ? nlohmann::ordered_json(rounded(*value)) : nlohmann::ordered_json(nullptr);
}

}  // namespace

std::string history_to_text(const HistorySummary& summary, bool ascii_bars) {
  std::string out =
      std::to_string(summary.activities) + " activities, " + std::to_string(summary.runs) + " runs";
  if (summary.first && summary.last) {
    out += ", " + to_iso(*summary.first) + " to " + to_iso(*summary.last);
  }
  out += "\n\n";
  double max_km = 0;
  double max_load = 0;
  for (const auto& week : summary.weeks) {
    max_km = std::max(max_km, week.km);
    max_load = std::max(max_load, week.load.value_or(0));
  }
  char line[256];
  std::snprintf(line, sizeof line, "%-10s  %4s %6s %6s %5s %6s  %-16s  %s\n", "Week of", "Runs",
                "km", "Time", "Load", "Form", "km", "load");
  out += line;
  for (const auto& week : summary.weeks) {
    std::snprintf(line, sizeof line, "%-10s  %4d %s %6s %s %s  ", to_iso(week.start).c_str(),
                  week.runs, fixed(week.km, 6, 1).c_str(), hours_minutes(week.minutes).c_str(),
                  fixed(week.load, 5, 0).c_str(), fixed(week.form, 6, 1).c_str());
    out += line;
    out += padded_bar(bar(week.km, max_km, ascii_bars), week.km, max_km, ascii_bars);
    out += "  " + bar(week.load.value_or(0), max_load, ascii_bars);
    while (out.back() == ' ') out.pop_back();
    out += "\n";
  }
  if (summary.last_workout && summary.last_run) {
    const Activity& run = *summary.last_run;
    std::string said = weekday_short(run.day) + " " + to_iso(run.day) + ", " +
                       describe_workout(*summary.last_workout);
    if (run.minutes) said += ", " + hours_minutes(*run.minutes);
    if (run.avg_hr) said += ", average heart rate " + std::to_string(std::lround(*run.avg_hr));
    if (!run.title.empty()) said += " (\"" + run.title + "\")";
    out += "\n" + wrap(said, "Last run: ", "          ");
  }
  return out;
}

nlohmann::ordered_json history_to_json(const HistorySummary& summary) {
  using json = nlohmann::ordered_json;
  json out;
  out["schema"] = schema_id("history");
  out["activities"] = summary.activities;
  out["runs"] = summary.runs;
  out["first"] = summary.first ? json(to_iso(*summary.first)) : json(nullptr);
  out["last"] = summary.last ? json(to_iso(*summary.last)) : json(nullptr);
  out["weeks"] = json::array();
  for (const auto& week : summary.weeks) {
    out["weeks"].push_back({{"start", to_iso(week.start)},
                            {"runs", week.runs},
                            {"km", rounded(week.km)},
                            {"minutes", rounded(week.minutes)},
                            {"load", optional_number(week.load)},
                            {"form", optional_number(week.form)}});
  }
  if (summary.last_run && summary.last_workout) {
    const Activity& run = *summary.last_run;
    out["last_run"] = {{"date", to_iso(run.day)},
                       {"kind", kind_name(summary.last_workout->kind)},
                       {"km", optional_number(summary.last_workout->km)},
                       {"title", run.title},
                       {"minutes", optional_number(run.minutes)},
                       {"avg_hr", optional_number(run.avg_hr)}};
  } else {
    out["last_run"] = nullptr;
  }
  return out;
}

}  // namespace runmassage
