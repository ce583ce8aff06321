// FIT decoding: sessions, laps, records, compressed timestamps, developer fields, bad files.
#include "catch.hpp"

#include "fit_writer.hpp"
#include "runmassage/error.hpp"
#include "runmassage/fit.hpp"
#include "support.hpp"

using namespace runmassage;
using runmassage::test::FitWriter;
namespace ft = runmassage::test::fit_type;

namespace {

// 2024-05-03 06:00:00 UTC: Unix 1714716000, FIT 1714716000 - 631065600 = 1083650400.
constexpr std::int64_t may3_six = 1714716000;

std::vector<Activity> read(const std::string& bytes, ReadLimits limits = {},
                           const UtcOffset& offset = utc_offset_zero()) {
  return read_fit(bytes, "t.fit", offset, limits);
}

std::string error_of(const std::string& bytes, ReadLimits limits = {}) {
  try {
    read(bytes, limits);
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("fit_crc is the CRC-16/ARC of the FIT protocol", "[fit]") {
  CHECK(fit_crc("123456789") == 0xBB3D);  // the catalogued check value of CRC-16/ARC
  CHECK(fit_crc("") == 0);
  std::string file = test::fit_session_file(may3_six, 3'600'000, 1'000'000, 150);
  CHECK(fit_crc(file) == 0);  // a file followed by its own CRC sums to zero
}

TEST_CASE("fit_crc agrees with the protocol's nibble-at-a-time CRC at every length", "[fit]") {
  // The reference as the protocol describes it: a 16-entry table, low nibble then high.
  const std::uint16_t table[16] = {0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
                                   0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400};
  auto reference = [&](const std::string& bytes) {
    std::uint16_t crc = 0;
    for (char c : bytes) {
      auto byte = static_cast<unsigned char>(c);
      for (unsigned nibble : {byte & 0xFu, static_cast<unsigned>(byte >> 4)}) {
        std::uint16_t tmp = table[crc & 0xF];
        crc = static_cast<std::uint16_t>(((crc >> 4) & 0x0FFF) ^ tmp ^ table[nibble]);
      }
    }
    return crc;
  };
  std::string bytes;
  for (int i = 0; i < 100; ++i) {
    CHECK(fit_crc(bytes) == reference(bytes));
    bytes += static_cast<char>((i * 151 + 7) & 0xFF);
  }
  // Continuing from a CRC is the same as computing over both parts.
  CHECK(fit_crc(bytes.substr(37), fit_crc(bytes.substr(0, 37))) == fit_crc(bytes));
}

TEST_CASE("a session gives start, sport, time, distance and heart rate", "[fit]") {
  auto activities = read(test::fit_session_file(may3_six, 3'600'000, 1'000'000, 150));
  REQUIRE(activities.size() == 1);
  const Activity& a = activities[0];
  CHECK(a.start_utc == may3_six);
  CHECK(to_iso(a.day) == "2024-05-03");
  CHECK(a.sport == Sport::run);
  CHECK(*a.minutes == 60.0);  // 3,600,000 ms
  CHECK(*a.km == 10.0);       // 1,000,000 cm
  CHECK(*a.avg_hr == 150.0);
  CHECK(a.source == "t.fit");
  CHECK(a.title.empty());
}

TEST_CASE("the local day comes from the caller's offset", "[fit]") {
  // 06:00 UTC is 23:00 the day before at UTC-7.
  auto activities = read(test::fit_session_file(may3_six, 60'000, 100, 120), {},
                         [](std::int64_t) { return -7 * 3600; });
  CHECK(to_iso(activities.at(0).day) == "2024-05-02");
}

TEST_CASE("invalid values are absent and other sports are not runs", "[fit]") {
  // 0xFF is uint8's invalid value, 0xFFFFFFFF uint32's; sport 2 is cycling.
  auto activities = read(test::fit_session_file(may3_six, 0xFFFFFFFF, 0xFFFFFFFF, 0xFF, 2));
  REQUIRE(activities.size() == 1);
  CHECK(activities[0].sport == Sport::other);
  CHECK_FALSE(activities[0].minutes);
  CHECK_FALSE(activities[0].km);
  CHECK_FALSE(activities[0].avg_hr);
}

TEST_CASE("records with compressed timestamps, big-endian fields and developer fields", "[fit]") {
  // T0 = FIT 1083650410, whose low five bits are 10 (1083650410 = 33864075 × 32 + 10).
  // Offsets: 20 ≥ 10 → 1083650400 + 20 = 1083650420; 5 < 20 rolls over → 1083650400 + 32 + 5
  // = 1083650437; 5 again → 1083650437; 30 → 1083650432 + 30 = 1083650462.
  // Duration 1083650462 − 1083650410 = 52 s; last distance 20000 cm = 0.2 km;
  // heart rate (140 + 150 + 160 + 150 + 160) / 5 = 152.
  FitWriter writer;
  writer.define(0, 0, {{0, 1, ft::enum_}}).data(0, {4});
  writer.define(1, 20, {{253, 4, ft::uint32}, {3, 1, ft::uint8}, {5, 4, ft::uint32}}, true,
                {{0, 2, 0}, {1, 3, 0}});
  writer.define(2, 20, {{3, 1, ft::uint8}, {5, 4, ft::uint32}}, true, {{0, 2, 0}});
  writer.data(1, {1083650410, 140, 0});
  writer.compressed(2, 20, {150, 5000});
  writer.compressed(2, 5, {160, 10000});
  writer.compressed(2, 5, {150, 15000});
  writer.compressed(2, 30, {160, 20000});
  auto activities = read(writer.file(12));
  REQUIRE(activities.size() == 1);
  const Activity& a = activities[0];
  CHECK(a.start_utc == 1083650410 + fit_epoch_unix);
  CHECK(a.start_utc == 1714716010);
  CHECK(*a.minutes == Approx(52.0 / 60.0));
  CHECK(*a.km == Approx(0.2));
  CHECK(*a.avg_hr == 152.0);
  CHECK(a.sport == Sport::run);  // the file does not say: a runner's history
}

TEST_CASE("laps make the activity when there is no session", "[fit]") {
  // 600 s + 900 s = 25 min; 2000 m + 3000 m = 5 km; (140·600 + 160·900) / 1500 = 152 bpm.
  std::uint64_t t = test::fit_time(may3_six);
  FitWriter writer;
  writer.define(0, 19,
                {{253, 4, ft::uint32},
                 {2, 4, ft::uint32},
                 {7, 4, ft::uint32},
                 {9, 4, ft::uint32},
                 {15, 1, ft::uint8},
                 {25, 1, ft::enum_}});
  writer.data(0, {t + 600, t, 600'000, 200'000, 140, 1});
  writer.data(0, {t + 1500, t + 600, 900'000, 300'000, 160, 1});
  auto activities = read(writer.file(14, false));
  REQUIRE(activities.size() == 1);
  CHECK(activities[0].start_utc == may3_six);
  CHECK(*activities[0].minutes == 25.0);
  CHECK(*activities[0].km == 5.0);
  CHECK(*activities[0].avg_hr == 152.0);
}

TEST_CASE("two sessions give two activities; a course file gives none", "[fit]") {
  std::uint64_t t = test::fit_time(may3_six);
  FitWriter writer;
  writer.define(0, 18, {{2, 4, ft::uint32}, {5, 1, ft::enum_}, {7, 4, ft::uint32}});
  writer.data(0, {t, 2, 1'800'000}).data(0, {t + 3600, 1, 1'200'000});
  auto activities = read(writer.file());
  REQUIRE(activities.size() == 2);
  CHECK(activities[0].sport == Sport::other);
  CHECK(activities[1].sport == Sport::run);
  CHECK(*activities[1].minutes == 20.0);
  CHECK(activities[1].start_utc == may3_six + 3600);

  FitWriter course;
  course.define(0, 0, {{0, 1, ft::enum_}}).data(0, {6});  // file type 6: course
  CHECK(read(course.file()).empty());
}

TEST_CASE("chained FIT files are read in turn", "[fit]") {
  std::string one = test::fit_session_file(may3_six, 60'000, 100'000, 140);
  std::string two = test::fit_session_file(may3_six + 86400, 120'000, 200'000, 150);
  auto activities = read(one + two);
  REQUIRE(activities.size() == 2);
  CHECK(to_iso(activities[1].day) == "2024-05-04");
  CHECK(*activities[1].km == 2.0);
}

TEST_CASE("bad FIT files are refused with the byte where it went wrong", "[fit]") {
  std::string good = test::fit_session_file(may3_six, 3'600'000, 1'000'000, 150);
  std::string bad_crc = good;
  bad_crc[20] = static_cast<char>(bad_crc[20] ^ 0x01);
  // The file CRC sits after the 14-byte header and the records: at good.size() - 2.
  CHECK(error_of(bad_crc) == "t.fit: byte " + std::to_string(good.size() - 2) +
                                 ": file CRC does not match: the file is corrupt");
  std::string bad_header_crc = good;
  bad_header_crc[12] = static_cast<char>(bad_header_crc[12] ^ 0x01);
  CHECK(error_of(bad_header_crc) == "t.fit: byte 12: header CRC does not match");
  CHECK(error_of(good.substr(0, good.size() - 5)) ==
        "t.fit: byte 4: data size " + std::to_string(good.size() - 16) +
            " runs past the end of the file (" + std::to_string(good.size() - 5) + " bytes)");
  CHECK(error_of("short") == "t.fit: byte 0: too short for a FIT file header");
  CHECK(error_of(std::string("\x0e\x20\x08\x08\0\0\0\0.FOO\0\0\0\0", 16)) ==
        "t.fit: byte 8: no .FIT signature");
  CHECK(error_of(std::string("\x0d\x20\x08\x08\0\0\0\0.FIT\0\0\0\0", 16)) ==
        "t.fit: byte 0: FIT header size 13 is neither 12 nor 14");

  FitWriter undefined;
  undefined.raw(std::string("\x03\x01\x02", 3));
  CHECK(error_of(undefined.file()) == "t.fit: byte 14: data message of local type 3 never defined");

  FitWriter early;
  early.define(0, 20, {{3, 1, ft::uint8}}).compressed(0, 4, {150});
  // Definition: header, reserved, architecture, 2-byte number, count, one 3-byte field = 9.
  CHECK(error_of(early.file()) == "t.fit: byte 23: compressed timestamp before any timestamp");

  FitWriter cut;
  cut.define(0, 20, {{3, 1, ft::uint8}, {5, 4, ft::uint32}}).raw(std::string("\x00\x01", 2));
  CHECK(error_of(cut.file()) == "t.fit: byte 27: data message runs past the end of the data");

  FitWriter empty;
  CHECK(error_of(empty.file()) == "t.fit: no session, lap or timed record: not an activity");
}

TEST_CASE("the message limit is enforced", "[fit]") {
  // 4 messages: definition (14–25), data (26–31), definition (32–55), data (56–).
  std::string file = test::fit_session_file(may3_six, 60'000, 100, 120);
  ReadLimits limits;
  limits.max_records = 3;
  CHECK(error_of(file, limits) == "t.fit: byte 56: more than the limit of 3 messages");
  limits.max_records = 4;
  CHECK(read(file, limits).size() == 1);
}

TEST_CASE("fields of odd base types decode, and impossible values count as absent", "[fit]") {
  // sport as sint8 −1, elapsed time as sint32 −5000 ms, heart rate as uint16 400: all absent;
  // distance as uint16 big-endian 0x1388 = 5000 cm = 0.05 km.
  std::uint64_t t = test::fit_time(may3_six);
  FitWriter writer;
  writer.define(0, 18,
                {{2, 4, ft::uint32},
                 {5, 1, 0x01},
                 {7, 4, ft::sint32},
                 {9, 2, ft::uint16},
                 {16, 2, ft::uint16}},
                true);
  writer.data(0, {t, 0xFF, 0xFFFFEC78, 0x1388, 400});
  auto activities = read(writer.file());
  REQUIRE(activities.size() == 1);
  CHECK(activities[0].sport == Sport::run);
  CHECK_FALSE(activities[0].minutes);
  CHECK(*activities[0].km == 0.05);
  CHECK_FALSE(activities[0].avg_hr);
}
