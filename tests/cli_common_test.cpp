// The CLI's shared option readers: the day --today names (the clock read only when the text
// needs it), whole-number options, the day a week starts on, and the width of a table.
#include "catch.hpp"

#include <date/date.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "cli_common.hpp"
#include "runmassage/error.hpp"

using runmassage::Date;
using runmassage::Direction;
using runmassage::cli::known_time_zone;
using runmassage::cli::local_today;
using runmassage::cli::parse_week_start;
using runmassage::cli::table_columns;
using runmassage::cli::today_option;
using runmassage::cli::whole_number;

TEST_CASE("today_option: a date is the day it names", "[cli]") {
  using namespace date::literals;
  CHECK(today_option("2024-05-02", Direction::on_or_after) == 2024_y / 5 / 2);
  CHECK(today_option("1999-12-31", Direction::on_or_before) == 1999_y / 12 / 31);
}

TEST_CASE("today_option: empty is the clock's day, and words count from it", "[cli]") {
  // The clock may pass midnight while the option is read: either day is right then.
  auto from_clock = [](const std::string& text, Direction direction, int days) {
    const Date before = local_today();
    const Date got = today_option(text, direction);
    const Date after = local_today();
    const auto shift = date::days{days};
    return got == Date{date::sys_days{before} + shift} ||
           got == Date{date::sys_days{after} + shift};
  };
  CHECK(from_clock("", Direction::on_or_after, 0));
  CHECK(from_clock("tomorrow", Direction::on_or_after, 1));
  CHECK(from_clock("-3", Direction::on_or_before, -3));
}

TEST_CASE("today_option: a date that does not exist names the option", "[cli]") {
  CHECK_THROWS_AS(today_option("2024-02-30", Direction::on_or_after), runmassage::UsageError);
  CHECK_THROWS_WITH(today_option("2024-02-30", Direction::on_or_after),
                    "--today: invalid date '2024-02-30': February 2024 has 29 days");
}

TEST_CASE("whole_number: digits within the bounds, and nothing else", "[cli]") {
  CHECK(whole_number("1", 1, 64) == 1);
  CHECK(whole_number("64", 1, 64) == 64);
  CHECK(whole_number("008", 1, 520) == 8);
  CHECK(whole_number("999999999", 1, 999999999) == 999999999);
  CHECK_FALSE(whole_number("0", 1, 64));
  CHECK_FALSE(whole_number("65", 1, 64));
  CHECK_FALSE(whole_number("", 1, 64));
  CHECK_FALSE(whole_number("-1", 1, 64));
  CHECK_FALSE(whole_number("+1", 1, 64));
  CHECK_FALSE(whole_number(" 1", 1, 64));
  CHECK_FALSE(whole_number("1.0", 1, 64));
  CHECK_FALSE(whole_number("1e2", 1, 520));
  CHECK_FALSE(whole_number("1000000000", 1, 2000000000));  // ten digits: refused, never overflows
  CHECK_FALSE(whole_number("99999999999999999999", 1, 520));
}

TEST_CASE("table_columns: COLUMNS when a number, never for a file", "[cli]") {
  const char* before = std::getenv("COLUMNS");
  const std::string saved = before != nullptr ? before : "";
  ::setenv("COLUMNS", "132", 1);
  CHECK(table_columns() == 132);
  CHECK(table_columns(false) == 0);  // --output FILE: the narrowest table
  ::setenv("COLUMNS", "5000", 1);
  CHECK(table_columns() == 1000);
  // Not a number: as if unset (the terminal's width, or 0 for a pipe).
  ::unsetenv("COLUMNS");
  const std::size_t unset = table_columns();
  for (const char* value : {"", "wide", "-100", "100x", "9999999"}) {
    INFO(value);
    ::setenv("COLUMNS", value, 1);
    CHECK(table_columns() == unset);
  }
  if (before != nullptr) {
    ::setenv("COLUMNS", saved.c_str(), 1);
  } else {
    ::unsetenv("COLUMNS");
  }
}

TEST_CASE("known_time_zone: zone files of the database only", "[cli]") {
  char pattern[] = "/tmp/runmassage-tzdir-XXXXXX";
  const char* made = ::mkdtemp(pattern);
  REQUIRE(made != nullptr);
  const std::string dir = made;
  auto write = [&](const std::string& name, const std::string& bytes) {
    std::ofstream(dir + "/" + name, std::ios::binary) << bytes;
  };
  write("Good", std::string("TZif2\0\0\0", 8));
  write("zone.tab", "# tz zone descriptions\n");
  write("Tiny", "TZ");
  ::mkdir((dir + "/Europe").c_str(), 0700);
  const char* before = std::getenv("TZDIR");
  const std::string saved = before != nullptr ? before : "";
  ::setenv("TZDIR", dir.c_str(), 1);
  CHECK(known_time_zone("Good"));
  CHECK_FALSE(known_time_zone("zone.tab"));  // a table of the database, not a zone
  CHECK_FALSE(known_time_zone("Tiny"));
  CHECK_FALSE(known_time_zone("Europe"));  // a directory
  CHECK_FALSE(known_time_zone("Nowhere"));
  CHECK_FALSE(known_time_zone("../Good"));
  CHECK_FALSE(known_time_zone(""));
  if (before != nullptr) {
    ::setenv("TZDIR", saved.c_str(), 1);
  } else {
    ::unsetenv("TZDIR");
  }
  for (const char* name : {"Good", "zone.tab", "Tiny"}) std::remove((dir + "/" + name).c_str());
  ::rmdir((dir + "/Europe").c_str());
  ::rmdir(dir.c_str());
}

TEST_CASE("parse_week_start: Monday or Sunday only", "[cli]") {
  CHECK(parse_week_start("mon") == date::Monday);
  CHECK(parse_week_start("sun") == date::Sunday);
  CHECK(parse_week_start("sunday") == date::Sunday);
  CHECK_FALSE(parse_week_start("wed"));
  CHECK_FALSE(parse_week_start(""));
}
