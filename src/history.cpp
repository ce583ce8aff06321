// Walking PATHs, dispatching files to their readers, joining Strava rows to their files.
#include "runmassage/history.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <functional>
#include <set>
#include <system_error>

#include "runmassage/activity_log.hpp"
#include "runmassage/error.hpp"
#include "runmassage/file_io.hpp"
#include "runmassage/fit.hpp"
#include "runmassage/readers.hpp"
#include "runmassage/strava.hpp"
#include "runmassage/zip_archive.hpp"

namespace runmassage {
namespace {

namespace fs = std::filesystem;

constexpr std::int64_t same_activity_seconds = 60;
constexpr std::string_view strava_csv = "activities.csv";

std::string lower(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The error's message without a leading "FILE: ", which Skipped keeps apart.
Skipped skipped(const std::string& file, const Error& error) {
  std::string reason = error.what();
  if (reason.compare(0, file.size() + 2, file + ": ") == 0) reason.erase(0, file.size() + 2);
  return Skipped{file, reason};
}

// Fills what `into` lacks from `from`.
void fill_missing(Activity& into, const Activity& from) {
  if (!into.km) into.km = from.km;
  if (!into.minutes) into.minutes = from.minutes;
  if (!into.avg_hr) into.avg_hr = from.avg_hr;
  if (into.title.empty()) into.title = from.title;
  if (into.kind.empty()) into.kind = from.kind;
}

class Loader {
 public:
  explicit Loader(const HistoryOptions& options) : options_(options) {}

  void path(const std::string& path) {
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (error) throw IoError("cannot read " + path + ": " + error.message());
    if (fs::is_directory(status)) {
      directory(path);
    } else {
      file(path);  // errors propagate: a file given directly must be good
    }
  }

  HistoryResult finish() {
    auto& list = result_.activities;
    // What no activity holds is a glitch of the file's, not a figure to count.
    for (Activity& activity : list) {
      if (activity.km && *activity.km > max_activity_km) activity.km.reset();
      if (activity.minutes && *activity.minutes > max_activity_minutes) activity.minutes.reset();
      if (activity.avg_hr &&
          (*activity.avg_hr < min_activity_avg_hr || *activity.avg_hr > max_activity_avg_hr)) {
        activity.avg_hr.reset();
      }
    }
    std::stable_sort(list.begin(), list.end(), [](const Activity& a, const Activity& b) {
      return a.start_utc < b.start_utc;
    });
    // An activity is the same as the latest one kept of its sport from another file, if that
    // started within a minute. Per sport, the latest kept and the latest kept from another file
    // than it are remembered, so each activity costs one look, however many share a start.
    struct Latest {
      std::optional<std::size_t> any;        // the latest kept of the sport
      std::optional<std::size_t> elsewhere;  // the latest kept from another file than `any`'s
    };
    std::array<Latest, 2> latest;  // by Sport
    std::vector<Activity> kept;
    kept.reserve(list.size());
    for (Activity& activity : list) {
      Latest& sport = latest[static_cast<std::size_t>(activity.sport)];
      const std::optional<std::size_t> other =
          sport.any && kept[*sport.any].source != activity.source ? sport.any : sport.elsewhere;
      if (other && activity.start_utc - kept[*other].start_utc <= same_activity_seconds) {
        fill_missing(kept[*other], activity);
        continue;
      }
      if (sport.any && kept[*sport.any].source != activity.source) sport.elsewhere = sport.any;
      sport.any = kept.size();
      kept.push_back(std::move(activity));
    }
    list = std::move(kept);
    return std::move(result_);
  }

 private:
  void file(const std::string& path) {
    auto format = history_format(path);
    if (!format) {
      throw DataError(path +
                      ": not a history file (expected .fit, .gpx, .tcx or .jsonl, each "
                      "possibly .gz, a Strava export .zip, or a directory)");
    }
    if (*format == HistoryFormat::strava_zip) {
      strava_zip(path);
      return;
    }
    std::string bytes = read_file(path, options_.limits.max_file_bytes);
    add(read_activity_file(bytes, path, options_.utc_offset, options_.limits));
  }

  void directory(const std::string& root) {
    std::vector<std::string> candidates;
    std::error_code error;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
    if (error) throw IoError("cannot read " + root + ": " + error.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
      if (error) break;
      std::error_code kind_error;
      if (!it->is_regular_file(kind_error)) continue;
      std::string name = it->path().filename().string();
      if (!history_format(name) && lower(name) != strava_csv) continue;
      if (candidates.size() >= options_.limits.max_files) {
        throw DataError(root + ": more than the limit of " +
                        std::to_string(options_.limits.max_files) + " activity files");
      }
      candidates.push_back(it->path().string());
    }
    if (error) throw IoError("cannot read " + root + ": " + error.message());
    std::sort(candidates.begin(), candidates.end());
    // Strava exports first, so the files their rows name are not read twice.
    std::set<std::string> consumed;
    for (const std::string& candidate : candidates) {
      fs::path path(candidate);
      if (lower(path.filename().string()) != strava_csv) continue;
      fs::path export_root = path.parent_path();
      try {
        std::string csv = read_file(candidate, options_.limits.max_file_bytes);
        strava(csv, candidate, [&](const std::string& filename, std::string& shown) {
          fs::path named = (export_root / filename).lexically_normal();
          shown = named.string();
          consumed.insert(shown);
          return read_file(shown, options_.limits.max_file_bytes);
        });
      } catch (const Error& e) {
        result_.skipped.push_back(skipped(candidate, e));
      }
    }
    for (const std::string& candidate : candidates) {
      if (lower(fs::path(candidate).filename().string()) == strava_csv) continue;
      if (consumed.count(fs::path(candidate).lexically_normal().string()) != 0) continue;
      try {
        file(candidate);
      } catch (const Error& e) {
        result_.skipped.push_back(skipped(candidate, e));
      }
    }
  }

  void strava_zip(const std::string& path) {
    ZipArchive zip(path);
    std::vector<std::string> names = zip.names();
    // activities.csv at the top, or inside the one folder the export was zipped from.
    auto csv_name = std::find_if(names.begin(), names.end(), [](const std::string& name) {
      std::string low = lower(name);
      return low == strava_csv ||
             (ends_with(low, "/activities.csv") && std::count(low.begin(), low.end(), '/') == 1);
    });
    if (csv_name == names.end()) {
      throw DataError(path + ": no activities.csv: not a Strava export");
    }
    std::string prefix = csv_name->substr(0, csv_name->size() - strava_csv.size());
    std::string csv = zip.read(*csv_name, options_.limits.max_decompressed_bytes);
    strava(csv, path + ":" + *csv_name, [&](const std::string& filename, std::string& shown) {
      std::string entry = prefix + filename;
      shown = path + ":" + entry;
      return zip.read(entry, options_.limits.max_decompressed_bytes);
    });
  }

  // Reads activities.csv; `fetch(filename, shown)` returns a named file's bytes and sets
  // `shown` to the name it is reported by.
  void strava(const std::string& csv, const std::string& csv_name,
              const std::function<std::string(const std::string&, std::string&)>& fetch) {
    std::vector<StravaRow> rows =
        read_strava_csv(csv, csv_name, options_.utc_offset, options_.limits);
    for (StravaRow& row : rows) {
      if (!row.filename.empty()) {
        std::string shown = row.filename;
        try {
          std::string bytes = fetch(row.filename, shown);
          std::vector<Activity> found =
              read_activity_file(bytes, shown, options_.utc_offset, options_.limits);
          if (!found.empty()) fill_missing(row.activity, found.front());
        } catch (const Error& e) {
          result_.skipped.push_back(skipped(shown, e));
        }
      }
      result_.activities.push_back(std::move(row.activity));
    }
  }

  void add(std::vector<Activity> activities) {
    for (Activity& activity : activities) result_.activities.push_back(std::move(activity));
  }

  const HistoryOptions& options_;
  HistoryResult result_;
};

}  // namespace

std::optional<HistoryFormat> history_format(std::string_view name) {
  std::string low = lower(name);
  if (ends_with(low, ".zip")) return HistoryFormat::strava_zip;
  if (ends_with(low, ".gz")) low.resize(low.size() - 3);
  if (ends_with(low, ".fit")) return HistoryFormat::fit;
  if (ends_with(low, ".gpx")) return HistoryFormat::gpx;
  if (ends_with(low, ".tcx")) return HistoryFormat::tcx;
  if (ends_with(low, ".jsonl")) return HistoryFormat::log;
  return std::nullopt;
}

std::vector<Activity> read_activity_file(std::string_view bytes, const std::string& name,
                                         const UtcOffset& offset, const ReadLimits& limits) {
  auto format = history_format(name);
  if (!format || *format == HistoryFormat::strava_zip) {
    throw DataError(name + ": not an activity file (.fit, .gpx, .tcx or .jsonl)");
  }
  std::string inflated;
  if (ends_with(lower(name), ".gz")) {
    inflated = readers().gunzip(bytes, name, limits.max_decompressed_bytes);
    bytes = inflated;
  }
  switch (*format) {
    case HistoryFormat::fit: return read_fit(bytes, name, offset, limits);
    case HistoryFormat::gpx: return readers().read_gpx(bytes, name, offset, limits);
    case HistoryFormat::tcx: return readers().read_tcx(bytes, name, offset, limits);
    case HistoryFormat::log: return read_activity_log(bytes, name, limits);
    case HistoryFormat::strava_zip: break;
  }
  throw DataError(name + ": not an activity file (.fit, .gpx, .tcx or .jsonl)");
}

HistoryResult load_history(const std::vector<std::string>& paths, const HistoryOptions& options) {
  Loader loader(options);
  for (const std::string& path : paths) loader.path(path);
  return loader.finish();
}

}  // namespace runmassage
