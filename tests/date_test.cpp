// Date parsing: ISO dates, every date word, leap days, month and year ends.
#include <cstdio>
#include <string>

#include "catch.hpp"

#include "runmassage/date.hpp"
#include "runmassage/error.hpp"

using runmassage::Date;
using runmassage::Direction;
using runmassage::parse_iso_date;
using runmassage::parse_weekdays;
using runmassage::resolve_date;
using runmassage::to_iso;

namespace {
// 2024-05-02 is a Thursday.
const Date thursday = *parse_iso_date("2024-05-02");

std::string resolve(const char* text, Direction direction = Direction::on_or_after,
                    Date today = thursday) {
  return to_iso(resolve_date(text, today, direction));
}

std::string error_of(const char* text, Direction direction = Direction::on_or_after) {
  try {
    resolve_date(text, thursday, direction);
  } catch (const runmassage::UsageError& e) {
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("parse_iso_date accepts real dates only", "[date]") {
  CHECK(to_iso(*parse_iso_date("2024-02-29")) == "2024-02-29");
  CHECK(to_iso(*parse_iso_date("2000-02-29")) == "2000-02-29");
  CHECK(to_iso(*parse_iso_date("0001-01-01")) == "0001-01-01");
  CHECK(to_iso(*parse_iso_date("9999-12-31")) == "9999-12-31");
  CHECK_FALSE(parse_iso_date("2023-02-29"));
  CHECK_FALSE(parse_iso_date("1900-02-29"));
  CHECK_FALSE(parse_iso_date("2024-13-01"));
  CHECK_FALSE(parse_iso_date("2024-00-10"));
  CHECK_FALSE(parse_iso_date("2024-04-31"));
  CHECK_FALSE(parse_iso_date("2024-01-00"));
  CHECK_FALSE(parse_iso_date("0000-01-01"));
  CHECK_FALSE(parse_iso_date("2024-5-3"));
  CHECK_FALSE(parse_iso_date("2024/05/03"));
  CHECK_FALSE(parse_iso_date(" 2024-05-03"));
  CHECK_FALSE(parse_iso_date("10000-01-01"));
  CHECK_FALSE(parse_iso_date(""));
}

TEST_CASE("parse_iso_date agrees with the calendar on every month and day", "[date]") {
  for (int year : {1, 4, 100, 400, 1900, 2000, 2023, 2024, 9996, 9999}) {
    for (unsigned month = 0; month <= 13; ++month) {
      for (unsigned day = 0; day <= 32; ++day) {
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02u-%02u", year, month, day);
        const Date expected{date::year{year}, date::month{month}, date::day{day}};
        INFO(text);
        const auto parsed = parse_iso_date(text);
        REQUIRE(parsed.has_value() == expected.ok());
        if (parsed) CHECK(*parsed == expected);
      }
    }
  }
  // Any byte other than a digit, in any digit's place, is refused; a digit gives that date.
  for (const std::size_t at : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
    for (int byte = 0; byte < 256; ++byte) {
      std::string text = "2024-01-11";
      text[at] = static_cast<char>(byte);
      INFO(text);
      bool expected = false;
      if (byte >= '0' && byte <= '9') {
        const int year = std::stoi(text.substr(0, 4));
        const Date day{date::year{year},
                       date::month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))},
                       date::day{static_cast<unsigned>(std::stoi(text.substr(8, 2)))}};
        expected = year >= 1 && day.ok();
      }
      CHECK(parse_iso_date(text).has_value() == expected);
    }
  }
}

TEST_CASE("relative words resolve against today", "[date]") {
  CHECK(resolve("today") == "2024-05-02");
  CHECK(resolve("TODAY") == "2024-05-02");
  CHECK(resolve("tomorrow") == "2024-05-03");
  CHECK(resolve("yesterday") == "2024-05-01");
  CHECK(resolve("+0") == "2024-05-02");
  CHECK(resolve("+30") == "2024-06-01");
  CHECK(resolve("-2") == "2024-04-30");
  CHECK(resolve("-0") == "2024-05-02");
}

TEST_CASE("relative words cross month, year and leap-day boundaries", "[date]") {
  const Date new_years_eve = *parse_iso_date("2023-12-31");
  CHECK(resolve("tomorrow", Direction::on_or_after, new_years_eve) == "2024-01-01");
  CHECK(resolve("+60", Direction::on_or_after, new_years_eve) == "2024-02-29");
  CHECK(resolve("yesterday", Direction::on_or_after, *parse_iso_date("2024-03-01")) ==
        "2024-02-29");
  CHECK(resolve("yesterday", Direction::on_or_after, *parse_iso_date("2023-03-01")) ==
        "2023-02-28");
  CHECK(resolve("yesterday", Direction::on_or_after, *parse_iso_date("2024-01-01")) ==
        "2023-12-31");
  CHECK(resolve("+1", Direction::on_or_after, *parse_iso_date("2024-04-30")) == "2024-05-01");
}

TEST_CASE("weekday names look forward or back from today", "[date]") {
  CHECK(resolve("thu") == "2024-05-02");
  CHECK(resolve("thursday", Direction::on_or_before) == "2024-05-02");
  CHECK(resolve("fri") == "2024-05-03");
  CHECK(resolve("Friday", Direction::on_or_before) == "2024-04-26");
  CHECK(resolve("wed") == "2024-05-08");
  CHECK(resolve("wednesday", Direction::on_or_before) == "2024-05-01");
  CHECK(resolve("SAT") == "2024-05-04");
  CHECK(resolve("sun") == "2024-05-05");
  CHECK(resolve("mon") == "2024-05-06");
  CHECK(resolve("tue", Direction::on_or_before) == "2024-04-30");
  CHECK(resolve("sunday", Direction::on_or_before) == "2024-04-28");
}

TEST_CASE("bad dates are refused with a reason", "[date]") {
  CHECK(error_of("2023-02-29") == "invalid date '2023-02-29': February 2023 has 28 days");
  CHECK(error_of("2024-04-31") == "invalid date '2024-04-31': April 2024 has 30 days");
  CHECK(error_of("2024-13-01") == "invalid date '2024-13-01': month must be 01 to 12");
  CHECK(error_of("0000-01-01") == "invalid date '0000-01-01': there is no year 0");
  CHECK(error_of("2024-05-00") == "invalid date '2024-05-00': there is no day 0");
  CHECK(error_of("10000-01-01") ==
        "invalid date '10000-01-01': expected YYYY-MM-DD, today, tomorrow, yesterday, +N, -N "
        "or a weekday");
  CHECK(error_of("thurs") ==
        "invalid date 'thurs': expected YYYY-MM-DD, today, tomorrow, yesterday, +N, -N or a "
        "weekday");
  CHECK(error_of("+99999999999") == "date '+99999999999' falls outside the years 1 to 9999");
  CHECK(error_of("+3000000") == "date '+3000000' falls outside the years 1 to 9999");
  CHECK(error_of("-740000") == "date '-740000' falls outside the years 1 to 9999");
  CHECK(error_of("+") ==
        "invalid date '+': expected YYYY-MM-DD, today, tomorrow, yesterday, +N, -N or a weekday");
  CHECK(error_of("") ==
        "invalid date '': expected YYYY-MM-DD, today, tomorrow, yesterday, +N, -N or a weekday");
  CHECK(error_of("\xff") ==
        "invalid date '\\xff': expected YYYY-MM-DD, today, tomorrow, yesterday, +N, -N or a "
        "weekday");
}

TEST_CASE("dates in words", "[date]") {
  CHECK(runmassage::to_long(thursday) == "Thursday 2 May 2024");
  CHECK(runmassage::weekday_short(thursday) == "Thu");
  CHECK(runmassage::relative_words(0) == "today");
  CHECK(runmassage::relative_words(1) == "tomorrow");
  CHECK(runmassage::relative_words(-1) == "yesterday");
  CHECK(runmassage::relative_words(5) == "in 5 days");
  CHECK(runmassage::relative_words(-3) == "3 days ago");
  CHECK(runmassage::days_between(*parse_iso_date("2024-02-28"), *parse_iso_date("2024-03-01")) ==
        2);
  CHECK(runmassage::days_between(*parse_iso_date("2023-12-31"), *parse_iso_date("2023-01-01")) ==
        -364);
  // Within one month (counted from the days of the month), and the same month a year apart.
  CHECK(runmassage::days_between(*parse_iso_date("2024-05-02"), *parse_iso_date("2024-05-31")) ==
        29);
  CHECK(runmassage::days_between(*parse_iso_date("2024-05-31"), *parse_iso_date("2024-05-02")) ==
        -29);
  CHECK(runmassage::days_between(*parse_iso_date("2024-05-02"), *parse_iso_date("2024-05-02")) ==
        0);
  CHECK(runmassage::days_between(*parse_iso_date("2023-05-02"), *parse_iso_date("2024-05-02")) ==
        366);
}

TEST_CASE("weekday lists and ranges", "[date]") {
  using Days = std::array<bool, 7>;  // Sunday first, as c_encoding
  CHECK(parse_weekdays("sat") == Days{false, false, false, false, false, false, true});
  CHECK(parse_weekdays("tue,thu,sat") == Days{false, false, true, false, true, false, true});
  CHECK(parse_weekdays("mon-fri") == Days{false, true, true, true, true, true, false});
  CHECK(parse_weekdays("fri-mon") == Days{true, true, false, false, false, true, true});
  CHECK(parse_weekdays("Saturday,sun") == Days{true, false, false, false, false, false, true});
  CHECK(parse_weekdays("wed-wed") == Days{false, false, false, true, false, false, false});
  CHECK_FALSE(parse_weekdays(""));
  CHECK_FALSE(parse_weekdays("sat,"));
  CHECK_FALSE(parse_weekdays("mon-"));
  CHECK_FALSE(parse_weekdays("-1"));
  CHECK_FALSE(parse_weekdays("mon-wed-fri"));
  CHECK_FALSE(parse_weekdays("today"));
}
