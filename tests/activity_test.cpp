// Shared activity helpers: ISO 8601 instants, local days, sports in words, haversine.
#include "catch.hpp"

#include "runmassage/activity.hpp"

using namespace runmassage;

TEST_CASE("parse_utc_timestamp: Z, offsets, fractions", "[activity]") {
  // 2024-05-04T07:00:00Z = 1714806000 (19847 days × 86400 + 7 × 3600).
  CHECK(parse_utc_timestamp("2024-05-04T07:00:00Z") == 1714806000);
  CHECK(parse_utc_timestamp("2024-05-04T07:00:00.999Z") == 1714806000);
  CHECK(parse_utc_timestamp("2024-05-04T09:00:00+02:00") == 1714806000);
  CHECK(parse_utc_timestamp("2024-05-04T01:30:00-0530") == 1714806000);
  CHECK(parse_utc_timestamp("2024-05-04T07:00:00") == 1714806000);  // no offset: UTC
  CHECK(parse_utc_timestamp("1969-12-31T23:59:59Z") == -1);
  CHECK_FALSE(parse_utc_timestamp("2024-02-30T07:00:00Z"));
  CHECK_FALSE(parse_utc_timestamp("2024-05-04T24:00:00Z"));
  CHECK_FALSE(parse_utc_timestamp("2024-05-04 07:00"));
  CHECK_FALSE(parse_utc_timestamp("2024-05-04T07:00:00Zjunk"));
  CHECK_FALSE(parse_utc_timestamp("2024-05-04T07:00:00+2"));
  CHECK_FALSE(parse_utc_timestamp(""));
}

TEST_CASE("local_day applies the caller's offset", "[activity]") {
  CHECK(to_iso(local_day(1714806000, utc_offset_zero())) == "2024-05-04");
  CHECK(to_iso(local_day(1714806000, [](std::int64_t) { return -8 * 3600; })) == "2024-05-03");
  CHECK(to_iso(local_day(1714806000, [](std::int64_t) { return 17 * 3600; })) == "2024-05-05");
  CHECK(to_iso(local_day(-1, utc_offset_zero())) == "1969-12-31");
  CHECK(utc_midnight(*parse_iso_date("2024-05-04")) == 1714780800);
}

TEST_CASE("sport_from_words: runs by name, the rest other, unstated a run", "[activity]") {
  CHECK(sport_from_words("Run") == Sport::run);
  CHECK(sport_from_words("Trail Run") == Sport::run);
  CHECK(sport_from_words("Virtual Run") == Sport::run);
  CHECK(sport_from_words("running") == Sport::run);
  CHECK(sport_from_words(" 9 ") == Sport::run);
  CHECK(sport_from_words("") == Sport::run);
  CHECK(sport_from_words("Ride") == Sport::other);
  CHECK(sport_from_words("cycling") == Sport::other);
  CHECK(sport_from_words("Walk") == Sport::other);
  CHECK(sport_from_words("1") == Sport::other);
}

TEST_CASE("haversine_metres along a meridian", "[activity]") {
  // 0.01° of latitude: 6371008.8 × 0.01 × π / 180 = 1111.9508023 m.
  CHECK(haversine_metres(0, 0, 0.01, 0) == Approx(1111.9508023353292).epsilon(1e-12));
  CHECK(haversine_metres(10, 20, 10, 20) == 0.0);
  // Half the world: π × 6371008.8 = 20015114.442 m.
  CHECK(haversine_metres(0, 0, 0, 180) == Approx(20015114.44203592).epsilon(1e-12));
}
