// GPX and TCX files: the committed fixtures, exact values, and bad files.
#include "catch.hpp"

#include "history_files.hpp"
#include "runmassage/error.hpp"
#include "runmassage/xml_activity.hpp"

using namespace runmassage;

namespace {
template <typename Reader>
std::string error_of(Reader reader, const std::string& text, ReadLimits limits = {}) {
  try {
    reader(text, "x.xml", utc_offset_zero(), limits);
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("gpx: tracks, segments, times with offsets and fractions, heart rate", "[gpx]") {
  auto activities = read_gpx(test::fixture("morning.gpx"), "morning.gpx", utc_offset_zero(), {});
  REQUIRE(activities.size() == 2);
  const Activity& run = activities[0];
  CHECK(run.title == "Morning Run");
  CHECK(run.sport == Sport::run);
  CHECK(run.start_utc == 1714806000);  // 2024-05-04T07:00:00Z
  CHECK(to_iso(run.day) == "2024-05-04");
  CHECK(*run.minutes == 10.0);  // the last point, 09:10:00+02:00, is 07:10:00Z
  // Two steps of 0.01° along the meridian (segments are not joined): 2 × 1111.9508 m.
  CHECK(*run.km == Approx(2.2239016046706586).epsilon(1e-12));
  CHECK(*run.avg_hr == 130.0);  // (120 + 130 + 140) / 3; a point without hr does not count
  CHECK(run.source == "morning.gpx");
  const Activity& ride = activities[1];
  CHECK(ride.sport == Sport::other);
  CHECK(ride.title == "Ride home");
  CHECK(*ride.minutes == 30.0);
  CHECK_FALSE(ride.avg_hr);
}

TEST_CASE("tcx: laps summed, heart rate weighted by lap time, notes as title", "[tcx]") {
  auto activities = read_tcx(test::fixture("tempo.tcx"), "tempo.tcx", utc_offset_zero(), {});
  REQUIRE(activities.size() == 2);
  const Activity& run = activities[0];
  CHECK(run.sport == Sport::run);
  CHECK(run.title == "Chicago Marathon tune-up");
  CHECK(run.start_utc == 1714896000);                // 2024-05-05T08:00:00Z
  CHECK(*run.minutes == 50.0);                       // (1800 + 1200) / 60
  CHECK(*run.km == Approx(9.00025).epsilon(1e-12));  // (5000 + 4000.25) / 1000
  CHECK(*run.avg_hr == 146.0);                       // (140 × 1800 + 155 × 1200) / 3000
  CHECK(activities[1].sport == Sport::other);
  CHECK(*activities[1].km == 25.0);
}

TEST_CASE("gpx and tcx: bad files name the byte", "[gpx][tcx]") {
  CHECK(error_of(read_gpx, "<gpx><trk>") == "x.xml: byte 9: Start-end tags mismatch");
  CHECK(error_of(read_gpx, "<kml/>") ==
        "x.xml: byte 1: not a GPX file (the root element is <kml>, not <gpx>)");
  CHECK(error_of(read_tcx, "<gpx/>") ==
        "x.xml: byte 1: not a TCX file (the root element is <gpx>, not "
        "<TrainingCenterDatabase>)");
  CHECK(error_of(read_gpx, "<gpx><trk><trkseg><trkpt lat='1' lon='2'/></trkseg></trk></gpx>") ==
        "x.xml: byte 6: track has no point with a time");
  CHECK(error_of(read_gpx,
                 "<gpx><trk><trkseg><trkpt lat='x' lon='2'><time>2024-05-04T07:00:00Z</time>"
                 "</trkpt></trkseg></trk></gpx>") ==
        "x.xml: byte 19: latitude \"x\" is not a number");
  CHECK(error_of(read_gpx,
                 "<gpx><trk><trkseg><trkpt lat='1' lon='2'><time>yesterday</time>"
                 "</trkpt></trkseg></trk></gpx>") ==
        "x.xml: byte 42: \"yesterday\" is not an ISO 8601 time");
  ReadLimits limits;
  limits.max_records = 3;
  CHECK(error_of(read_gpx, test::fixture("morning.gpx"), limits)
            .find("more than the limit of 3 records") != std::string::npos);
  CHECK(error_of(read_tcx,
                 "<TrainingCenterDatabase><Activities><Activity Sport='Running'><Lap>"
                 "<TotalTimeSeconds>60</TotalTimeSeconds></Lap></Activity></Activities>"
                 "</TrainingCenterDatabase>") ==
        "x.xml: byte 37: activity has neither an Id nor a Lap StartTime");
  CHECK(read_gpx("<gpx version='1.1'/>", "x.gpx", utc_offset_zero(), {}).empty());
  CHECK(error_of(read_gpx,
                 "<gpx><trk><trkseg><trkpt lat='1' lon='2'><time>2024-05-04T07:00:00Z</time>"
                 "</trkpt><trkpt lat='1' lon='2'><time>2024-05-04T06:00:00Z</time></trkpt>"
                 "</trkseg></trk></gpx>") ==
        "x.xml: byte 106: the track's last time is before its first");
}

TEST_CASE("tcx: Strava's blank lines before the XML declaration are accepted", "[tcx]") {
  auto activities =
      read_tcx("\n\n     " + test::fixture("tempo.tcx"), "t.tcx", utc_offset_zero(), {});
  REQUIRE(activities.size() == 2);
  CHECK(*activities[0].minutes == 50.0);
}
