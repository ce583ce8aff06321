// Times reading a synthetic training history: 1,000 FIT files, a 1,000-row Strava
// activities.csv, and GPX/TCX against pugixml's bare parse of the same bytes. See README.md.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <pugixml.hpp>
#include <random>
#include <string>
#include <vector>

#include "../tests/fit_writer.hpp"
#include "runmassage/history.hpp"
#include "runmassage/xml_activity.hpp"

using namespace runmassage;
namespace fs = std::filesystem;
namespace ft = runmassage::test::fit_type;

namespace {

constexpr int activities = 1000;
constexpr std::int64_t first_start = 1609488000;  // 2021-01-01T08:00:00Z
constexpr int default_xml_files = 40;             // one-hour runs, a point a second

void write(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

// A run as a watch writes it: file_id, one record a second (time, position, distance,
// altitude, speed, heart rate, cadence), a lap every kilometre-ish and the session.
std::string fit_run(std::int64_t start, int seconds, std::mt19937& random) {
  std::uniform_int_distribution<int> wobble(-3, 3);
  std::uint64_t t = test::fit_time(start);
  test::FitWriter w;
  w.define(0, 0, {{0, 1, ft::enum_}, {1, 2, ft::uint16}, {4, 4, ft::uint32}}).data(0, {4, 1, t});
  w.define(1, 20,
           {{253, 4, ft::uint32},
            {0, 4, ft::sint32},
            {1, 4, ft::sint32},
            {5, 4, ft::uint32},
            {2, 2, ft::uint16},
            {6, 2, ft::uint16},
            {3, 1, ft::uint8},
            {4, 1, ft::uint8}});
  w.define(2, 19,
           {{253, 4, ft::uint32},
            {2, 4, ft::uint32},
            {7, 4, ft::uint32},
            {9, 4, ft::uint32},
            {15, 1, ft::uint8}});
  double metres = 0;
  std::uint64_t lap_start = t;
  double lap_metres = 0;
  for (int s = 0; s < seconds; ++s) {
    metres += 3.0 + wobble(random) * 0.05;
    std::uint64_t hr = 150u + static_cast<std::uint64_t>(3 + wobble(random)) - 3u;
    w.data(1, {t + static_cast<std::uint64_t>(s), 0x1C000000u + static_cast<std::uint64_t>(s),
               0x02000000u + static_cast<std::uint64_t>(s),
               static_cast<std::uint64_t>(metres * 100), 2500, 3000, hr, 88});
    if (metres - lap_metres >= 1000 || s + 1 == seconds) {
      std::uint64_t now = t + static_cast<std::uint64_t>(s) + 1;
      w.data(2, {now, lap_start, (now - lap_start) * 1000,
                 static_cast<std::uint64_t>((metres - lap_metres) * 100), 150});
      lap_start = now;
      lap_metres = metres;
    }
  }
  w.define(3, 18,
           {{253, 4, ft::uint32},
            {2, 4, ft::uint32},
            {5, 1, ft::enum_},
            {7, 4, ft::uint32},
            {9, 4, ft::uint32},
            {16, 1, ft::uint8}});
  w.data(3,
         {t + static_cast<std::uint64_t>(seconds), t, 1, static_cast<std::uint64_t>(seconds) * 1000,
          static_cast<std::uint64_t>(metres * 100), 150});
  return w.file();
}

std::string iso(std::int64_t unix_time) {
  std::time_t time = unix_time;
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&time));
  return text;
}

std::string gpx_run(std::int64_t start, int seconds) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"bench\" "
      "xmlns=\"http://www.topografix.com/GPX/1/1\" "
      "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n<trk>"
      "<name>Run</name><type>running</type><trkseg>\n";
  char line[512];
  for (int s = 0; s < seconds; ++s) {
    std::snprintf(line, sizeof line,
                  "<trkpt lat=\"%.7f\" lon=\"%.7f\"><ele>%.1f</ele><time>%s</time><extensions>"
                  "<gpxtpx:TrackPointExtension><gpxtpx:hr>%d</gpxtpx:hr><gpxtpx:cad>88</gpxtpx:cad>"
                  "</gpxtpx:TrackPointExtension></extensions></trkpt>\n",
                  51.5 + s * 0.000027, -0.12 + s * 0.00001, 30 + std::sin(s / 60.0) * 5,
                  iso(start + s).c_str(), 145 + s % 10);
    out += line;
  }
  return out + "</trkseg></trk></gpx>\n";
}

std::string tcx_run(std::int64_t start, int seconds) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase "
      "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities>"
      "<Activity Sport=\"Running\"><Id>" +
      iso(start) + "</Id>";
  char line[512];
  for (int lap = 0; lap * 600 < seconds; ++lap) {
    std::int64_t lap_start = start + lap * 600;
    out += "<Lap StartTime=\"" + iso(lap_start) +
           "\"><TotalTimeSeconds>600</TotalTimeSeconds><DistanceMeters>1800</DistanceMeters>"
           "<AverageHeartRateBpm><Value>150</Value></AverageHeartRateBpm><Track>\n";
    for (int s = 0; s < 600; ++s) {
      std::snprintf(
          line, sizeof line,
          "<Trackpoint><Time>%s</Time><Position><LatitudeDegrees>%.7f</LatitudeDegrees>"
          "<LongitudeDegrees>%.7f</LongitudeDegrees></Position><DistanceMeters>%.1f"
          "</DistanceMeters><HeartRateBpm><Value>%d</Value></HeartRateBpm></Trackpoint>\n",
          iso(lap_start + s).c_str(), 51.5 + s * 0.000027, -0.12 + s * 0.00001, s * 3.0,
          145 + s % 10);
      out += line;
    }
    out += "</Track></Lap>\n";
  }
  return out + "</Activity></Activities></TrainingCenterDatabase>\n";
}

// The fastest of `runs` timings of `work`, in seconds, and the median.
std::pair<double, double> time_it(int runs, const std::function<void()>& work) {
  std::vector<double> seconds;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    work();
    seconds.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(seconds.begin(), seconds.end());
  return {seconds.front(), seconds[seconds.size() / 2]};
}

std::size_t found = 0;  // results are kept so the work cannot be optimised away

template <typename Reader>
void read_xml(const std::vector<std::string>& files, Reader reader) {
  for (const auto& text : files) found += reader(text, "bench", utc_offset_zero(), {}).size();
}

void bare_parse(const std::vector<std::string>& files) {
  for (const auto& text : files) {
    pugi::xml_document document;
    found += document.load_buffer(text.data(), text.size()) ? 1 : 0;
  }
}

}  // namespace

int main(int argc, char** argv) {
  int xml_files = default_xml_files;
  if (const char* count = std::getenv("BENCH_XML_FILES")) xml_files = std::stoi(count);
  // A mode as the fourth argument only builds the GPX or TCX files in memory and runs one
  // loop once, for counting instructions under callgrind (README.md).
  std::string mode = argc > 4 ? argv[4] : "";
  if (!mode.empty()) {
    std::vector<std::string> files;
    for (int i = 0; i < xml_files; ++i) {
      files.push_back(mode.rfind("gpx", 0) == 0 ? gpx_run(first_start + i * 86'400, 3600)
                                                : tcx_run(first_start + i * 86'400, 3600));
    }
    if (mode == "gpx-reader") read_xml(files, read_gpx);
    if (mode == "tcx-reader") read_xml(files, read_tcx);
    if (mode == "gpx-bare" || mode == "tcx-bare") bare_parse(files);
    return 0;
  }
  fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "runmassage-history";
  int runs = argc > 2 ? std::stoi(argv[2]) : 5;
  std::mt19937 random(12);  // fixed seed: every run reads the same files
  std::uniform_int_distribution<int> minutes(30, 120);

  // 1,000 activities over three years: one every 26 hours or so.
  std::uintmax_t fit_bytes = 0;
  std::string csv =
      "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed "
      "Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Gear,Filename,Elapsed "
      "Time,Moving Time,Distance,Average Heart Rate\n";
  // "reuse" as a third argument keeps the FIT files and the CSV of an earlier run (profiling).
  bool reuse = argc > 3 && std::string(argv[3]) == "reuse" && fs::exists(dir / "fit");
  if (!reuse) fs::remove_all(dir);
  for (int i = 0; i < activities; ++i) {
    std::int64_t start = first_start + static_cast<std::int64_t>(i) * 94'000;
    int seconds = minutes(random) * 60;
    fs::path fit_path = dir / "fit" / ("run" + std::to_string(i) + ".fit");
    if (reuse) {
      fit_bytes += fs::file_size(fit_path);
    } else {
      std::string fit = fit_run(start, seconds, random);
      fit_bytes += fit.size();
      write(fit_path, fit);
    }
    std::time_t time = start;
    std::tm parts = *std::gmtime(&time);
    char month[8];
    std::strftime(month, sizeof month, "%b", &parts);
    char when[64];  // "Oct 7, 2020, 2:43:11 PM"
    std::snprintf(when, sizeof when, "%s %d, %d, %d:%02d:%02d %s", month, parts.tm_mday,
                  parts.tm_year + 1900, (parts.tm_hour + 11) % 12 + 1, parts.tm_min, parts.tm_sec,
                  parts.tm_hour < 12 ? "AM" : "PM");
    csv += std::to_string(1000 + i) + ",\"" + when + "\",Morning Run,Run,,\"" +
           std::to_string(seconds) + "\",10.5,170,50,false,,,\"" + std::to_string(seconds) +
           ".0\",0," + std::to_string(seconds * 3) + ".0,150.0\n";
  }
  write(dir / "strava" / "activities.csv", csv);
  std::vector<std::string> gpx;
  std::vector<std::string> tcx;
  for (int i = 0; i < xml_files; ++i) {
    gpx.push_back(gpx_run(first_start + i * 86'400, 3600));
    tcx.push_back(tcx_run(first_start + i * 86'400, 3600));
    write(dir / "gpx" / ("run" + std::to_string(i) + ".gpx"), gpx.back());
  }
  std::size_t gpx_bytes = 0;
  std::size_t tcx_bytes = 0;
  for (const auto& g : gpx) gpx_bytes += g.size();
  for (const auto& t : tcx) tcx_bytes += t.size();

  auto fit =
      time_it(runs, [&] { found = load_history({(dir / "fit").string()}, {}).activities.size(); });
  std::printf("FIT: %d files, %.1f MB: %zu activities; best %.3f s, median %.3f s\n", activities,
              static_cast<double>(fit_bytes) / 1e6, found, fit.first, fit.second);
  auto strava = time_it(
      runs, [&] { found = load_history({(dir / "strava").string()}, {}).activities.size(); });
  std::printf("Strava activities.csv: %zu rows, %.1f KB: best %.4f s, median %.4f s\n", found,
              static_cast<double>(csv.size()) / 1e3, strava.first, strava.second);

  // Parsing only: the same bytes, already in memory, through our reader and through a bare
  // pugixml load_buffer (what any reader must at least do).
  auto compare = [&](const char* name, const std::vector<std::string>& files, std::size_t bytes,
                     auto reader) {
    // Interleaved, so both see the same machine: on a shared one, load comes and goes.
    double ours = 1e9;
    double bare = 1e9;
    for (int i = 0; i < runs; ++i) {
      ours = std::min(ours, time_it(1, [&] { read_xml(files, reader); }).first);
      bare = std::min(bare, time_it(1, [&] { bare_parse(files); }).first);
    }
    std::printf(
        "%s: %d files, %.1f MB: reader %.3f s, bare pugixml parse %.3f s: ratio %.2f "
        "(best of %d, interleaved)\n",
        name, xml_files, static_cast<double>(bytes) / 1e6, ours, bare, ours / bare, runs);
  };
  compare("GPX", gpx, gpx_bytes, read_gpx);
  compare("TCX", tcx, tcx_bytes, read_tcx);
  auto gpx_files =
      time_it(runs, [&] { found = load_history({(dir / "gpx").string()}, {}).activities.size(); });
  std::printf("GPX via load_history (files on disk): best %.3f s\n", gpx_files.first);
  return 0;
}
