// Strava's activities.csv: duplicated columns, quoted dates, run types, errors by line.
#include "catch.hpp"

#include "history_files.hpp"
#include "runmassage/error.hpp"
#include "runmassage/strava.hpp"

using namespace runmassage;

namespace {
std::string error_of(const std::string& text) {
  try {
    read_strava_csv(text, "activities.csv", utc_offset_zero(), {});
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("parse_strava_date: 12-hour clock, UTC", "[strava]") {
  CHECK(parse_strava_date("Oct 7, 2020, 2:43:11 PM") == 1602081791);   // 2020-10-07T14:43:11Z
  CHECK(parse_strava_date("Oct 9, 2020, 12:05:00 AM") == 1602201900);  // 00:05, not 12:05
  CHECK(parse_strava_date("Oct 9, 2020, 12:05:00 PM") == 1602201900 + 12 * 3600);
  CHECK_FALSE(parse_strava_date("Feb 30, 2020, 1:00:00 PM"));
  CHECK_FALSE(parse_strava_date("Oct 7, 2020, 13:43:11 PM"));
  CHECK_FALSE(parse_strava_date("2020-10-07 14:43:11"));
  CHECK_FALSE(parse_strava_date("Oct 7, 2020, 2:43:11 PM "));
  // The year has four digits and is 1 or later.
  CHECK_FALSE(parse_strava_date("Jan 1, 0, 7:00:00 AM"));
  CHECK_FALSE(parse_strava_date("Jan 1, 0000, 7:00:00 AM"));
  CHECK_FALSE(parse_strava_date("May 1, 24, 7:00:00 AM"));
  CHECK(parse_strava_date("Jan 1, 0001, 12:00:00 AM") == -62135596800);
}

TEST_CASE("activities.csv: the second Elapsed Time and Distance are used", "[strava]") {
  auto rows =
      read_strava_csv(test::fixture("activities.csv"), "activities.csv", utc_offset_zero(), {});
  REQUIRE(rows.size() == 3);
  const Activity& marathon = rows[0].activity;
  CHECK(marathon.title == "Chicago Marathon");
  CHECK(marathon.sport == Sport::run);
  CHECK(marathon.start_utc == 1602081791);
  CHECK(to_iso(marathon.day) == "2020-10-07");
  CHECK(*marathon.minutes == Approx(12660.5 / 60).epsilon(1e-12));  // not the first 12661
  CHECK(*marathon.km == Approx(42.39030078125).epsilon(1e-12));     // 42390.30078125 m
  CHECK_FALSE(marathon.avg_hr);  // empty in the CSV: the activity file fills it in
  CHECK(rows[0].filename == "activities/111.fit.gz");

  CHECK(rows[1].activity.sport == Sport::other);  // Ride
  CHECK(to_iso(rows[1].activity.day) == "2020-10-09");
  CHECK(*rows[1].activity.km == 20.0);

  const Activity& trail = rows[2].activity;
  CHECK(trail.title == "Trail \"Hill\" Repeats");
  CHECK(trail.sport == Sport::run);
  CHECK(*trail.avg_hr == 151.5);
  CHECK(*trail.minutes == 45.0);
  CHECK(rows[2].filename.empty());
}

TEST_CASE("activities.csv: one Distance column is in kilometres", "[strava]") {
  auto rows = read_strava_csv(
      "Activity Date,Activity Type,Elapsed Time,Distance\n\"Jan 2, 2021, 7:00:00 AM\",Run,1800,"
      "5.2\n",
      "a.csv", utc_offset_zero(), {});
  REQUIRE(rows.size() == 1);
  CHECK(*rows[0].activity.km == 5.2);
  CHECK(*rows[0].activity.minutes == 30.0);
}

TEST_CASE("activities.csv: errors name the line", "[strava]") {
  CHECK(error_of("Activity Type\nRun\n") == "activities.csv: line 1: no \"Activity Date\" column");
  CHECK(error_of("Activity Date,Activity Type\n\"2021-01-02\",Run\n") ==
        "activities.csv: line 2: Activity Date \"2021-01-02\" is not a date like \"Oct 7, 2020, "
        "2:43:11 PM\"");
  CHECK(error_of("Activity Date,Activity Type,Distance\n\"Jan 2, 2021, 7:00:00 AM\",Run,"
                 "\"5,2\"\n") ==
        "activities.csv: line 2: Distance \"5,2\" is not a number of 0 or more");
}
