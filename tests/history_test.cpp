// load_history: folders, Strava exports (folder and zip), gzip, skipping bad files, errors.
#include "catch.hpp"

#include "fit_writer.hpp"
#include "history_files.hpp"
#include "runmassage/error.hpp"
#include "runmassage/history.hpp"

using namespace runmassage;

namespace {

// The Chicago Marathon of the Strava fixture, as its FIT file: 2020-10-07T14:43:11Z,
// 12,660,500 ms, 4,239,030 cm, 158 bpm.
std::string marathon_fit() {
  return test::fit_session_file(1602081791, 12'660'500, 4'239'030, 158);
}

// A Strava export folder: activities.csv and the one activity file it names that exists.
void write_export(const test::ScratchDir& dir, const std::string& under) {
  dir.write(under + "activities.csv", test::fixture("activities.csv"));
  dir.write(under + "activities/111.fit.gz", test::gzip(marathon_fit()));
}

std::vector<std::string> titles(const HistoryResult& result) {
  std::vector<std::string> out;
  for (const Activity& a : result.activities) out.push_back(a.title);
  return out;
}

template <typename E>
std::string error_of(const std::vector<std::string>& paths, const HistoryOptions& options = {}) {
  try {
    load_history(paths, options);
  } catch (const E& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("history_format looks through .gz, any case", "[history]") {
  CHECK(history_format("a.FIT") == HistoryFormat::fit);
  CHECK(history_format("a.fit.gz") == HistoryFormat::fit);
  CHECK(history_format("a.gpx.GZ") == HistoryFormat::gpx);
  CHECK(history_format("a.tcx") == HistoryFormat::tcx);
  CHECK(history_format("log.jsonl") == HistoryFormat::log);
  CHECK(history_format("export.zip") == HistoryFormat::strava_zip);
  CHECK_FALSE(history_format("notes.txt"));
  CHECK_FALSE(history_format("a.gz"));
}

TEST_CASE("a folder of every format, a corrupt file skipped, oldest first", "[history]") {
  test::ScratchDir dir;
  dir.write("garmin/run.fit", test::fit_session_file(1714716000, 3'600'000, 1'000'000, 150));
  dir.write("gpx/morning.gpx.gz", test::gzip(test::fixture("morning.gpx")));
  dir.write("tempo.tcx", test::fixture("tempo.tcx"));
  dir.write("log.jsonl", test::fixture("log.jsonl"));
  std::string broken = test::fit_session_file(1714716000, 60'000, 100, 120);
  broken[20] = static_cast<char>(broken[20] ^ 1);
  dir.write("garmin/broken.fit", broken);
  dir.write("notes.txt", "not history");

  HistoryResult result = load_history({dir / ""}, {});
  CHECK(titles(result) == std::vector<std::string>{"", "Morning Run", "Ride home",
                                                   "Chicago Marathon tune-up", "", "Easy loop", "",
                                                   ""});
  CHECK(result.activities.at(0).source == dir / "garmin/run.fit");
  CHECK(result.activities.at(1).source == dir / "gpx/morning.gpx.gz");
  CHECK(*result.activities.at(1).avg_hr == 130.0);
  REQUIRE(result.skipped.size() == 1);
  CHECK(result.skipped[0].file == dir / "garmin/broken.fit");
  CHECK(result.skipped[0].reason == "byte " + std::to_string(broken.size() - 2) +
                                        ": file CRC does not match: the file is "
                                        "corrupt");

  // The same broken file given directly is an error; a missing one an I/O error.
  CHECK(error_of<DataError>({dir / "garmin/broken.fit"}) ==
        dir / "garmin/broken.fit" + ": byte " + std::to_string(broken.size() - 2) +
            ": file CRC does not match: the file is corrupt");
  CHECK(error_of<IoError>({dir / "nothing.fit"}) ==
        "cannot read " + (dir / "nothing.fit") + ": No such file or directory");
  CHECK(error_of<DataError>({dir / "notes.txt"}).rfind(dir / "notes.txt: not a history file", 0) ==
        0);
}

TEST_CASE("a Strava export folder: rows filled in from their files, not counted twice",
          "[history][strava]") {
  test::ScratchDir dir;
  write_export(dir, "export/");
  HistoryResult result = load_history({dir / "export"}, {});
  REQUIRE(result.activities.size() == 3);
  const Activity& marathon = result.activities[0];
  CHECK(marathon.title == "Chicago Marathon");
  CHECK(*marathon.avg_hr == 158.0);                              // from activities/111.fit.gz
  CHECK(*marathon.km == Approx(42.39030078125).epsilon(1e-12));  // the CSV's own value
  CHECK(marathon.source == dir / "export/activities.csv");
  CHECK(result.activities[1].sport == Sport::other);
  CHECK(*result.activities[2].avg_hr == 151.5);
  // Row 112 names activities/112.gpx, which the export lacks.
  REQUIRE(result.skipped.size() == 1);
  CHECK(result.skipped[0].file == dir / "export/activities/112.gpx");
  CHECK(result.skipped[0].reason ==
        "cannot read " + (dir / "export/activities/112.gpx") + ": No such file or directory");
}

TEST_CASE("a Strava export zip, and the same activity found twice kept once", "[history][strava]") {
  test::ScratchDir dir;
  std::string zip = dir / "export_123.zip";
  test::write_zip(zip, {{"activities.csv", test::fixture("activities.csv")},
                        {"activities/111.fit.gz", test::gzip(marathon_fit())}});
  // The watch's own copy of the marathon, 30 s apart from Strava's start.
  std::string watch = dir.write("watch/marathon.fit",
                                test::fit_session_file(1602081821, 12'600'000, 4'220'000, 160));
  HistoryResult result = load_history({zip, watch}, {});
  REQUIRE(result.activities.size() == 3);
  CHECK(result.activities[0].title == "Chicago Marathon");
  CHECK(*result.activities[0].avg_hr == 158.0);
  CHECK(result.skipped.size() == 1);
  CHECK(result.skipped[0].file == zip + ":activities/112.gpx");

  CHECK(error_of<DataError>({dir.write("other.zip", "")}).find("not a readable zip file") !=
        std::string::npos);
  std::string plain = dir / "plain.zip";
  test::write_zip(plain, {{"readme.txt", "hi"}});
  CHECK(error_of<DataError>({plain}) == plain + ": no activities.csv: not a Strava export");
}

TEST_CASE("the same activity: the latest of its sport from another file, within a minute",
          "[history]") {
  test::ScratchDir dir;
  // Two runs and a ride in one file starting together, then the watch's copies in another.
  // Logs give a date only, so everything starts at the day's midnight UTC.
  std::string log = dir.write("log.jsonl", R"({"date":"2024-05-01","km":5,"title":"a"}
{"date":"2024-05-01","km":6,"title":"b"}
{"date":"2024-05-01","kind":"ride","km":20,"title":"ride"}
)");
  std::string watch = dir.write("watch.jsonl", R"({"date":"2024-05-01","title":"w1","avg_hr":150}
{"date":"2024-05-01","title":"w2","avg_hr":151}
{"date":"2024-05-02","title":"next day"}
)");
  HistoryResult result = load_history({log, watch}, {});
  // Both watch runs are the latest run from the other file ("b"); the ride stays alone.
  CHECK(titles(result) == std::vector<std::string>{"a", "b", "ride", "next day"});
  CHECK_FALSE(result.activities[0].avg_hr);
  CHECK(result.activities[1].avg_hr == 150.0);  // filled from w1; w2 finds it filled
  // Many activities at one start from one file are all kept (and quickly: a scan of every pair
  // took half a minute on 80,000).
  std::string many;
  for (int i = 0; i < 50000; ++i)
    many += R"({"date":"2024-05-01","km":5})"
            "\n";
  HistoryResult crowded = load_history({dir.write("many.jsonl", many), watch}, {});
  CHECK(crowded.activities.size() == 50001);
}

TEST_CASE("figures no activity holds are left out, the activity kept", "[history]") {
  test::ScratchDir dir;
  // 71,582 minutes and 42,949.67 km (just under the fields' "no value", 0xFFFFFFFF), 254 bpm.
  std::string glitch = dir.write(
      "glitch.fit", test::fit_session_file(1602081791, 4'294'967'000, 4'294'967'000, 254));
  // At the limits: 1,000 km in a week; and an average heart rate of 19 bpm, under them.
  std::string edge =
      dir.write("edge.fit", test::fit_session_file(1602281791, 604'800'000, 100'000'000, 19));
  // Just over them: a millisecond more than a week, a metre more than 1,000 km; and 20 bpm, the
  // lowest heart rate kept (a FIT session's byte holds no more than 254).
  std::string over =
      dir.write("over.fit", test::fit_session_file(1602481791, 604'800'001, 100'000'100, 20));
  HistoryResult result = load_history({glitch, edge, over}, {});
  REQUIRE(result.activities.size() == 3);
  CHECK_FALSE(result.activities[0].km);
  CHECK_FALSE(result.activities[0].minutes);
  CHECK(result.activities[0].avg_hr == 254.0);
  CHECK(result.activities[1].km == 1000.0);
  CHECK(result.activities[1].minutes == 10080.0);
  CHECK_FALSE(result.activities[1].avg_hr);
  CHECK_FALSE(result.activities[2].km);
  CHECK_FALSE(result.activities[2].minutes);
  CHECK(result.activities[2].avg_hr == 20.0);
}

TEST_CASE("limits: files per path, file size", "[history]") {
  test::ScratchDir dir;
  dir.write("a.jsonl", "{\"date\": \"2024-05-06\"}\n");
  dir.write("b.jsonl", "{\"date\": \"2024-05-07\"}\n");
  HistoryOptions options;
  options.limits.max_files = 1;
  CHECK(error_of<DataError>({dir / ""}, options) ==
        (dir / "") + ": more than the limit of 1 activity files");
  options.limits.max_files = 2;
  options.limits.max_file_bytes = 10;
  HistoryResult result = load_history({dir / ""}, options);
  CHECK(result.activities.empty());
  REQUIRE(result.skipped.size() == 2);
  CHECK(result.skipped[0].reason == "larger than the limit of 10 bytes");
}
