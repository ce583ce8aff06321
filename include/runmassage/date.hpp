// Calendar dates: parsing ISO dates and date words, and describing dates in words.
#pragma once

#include <date/date.h>

#include <array>
#include <cstddef>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace runmassage {

/// A calendar day with no time zone attached.
using Date = date::year_month_day;

/// Which way a weekday name looks from today.
enum class Direction {
  on_or_after,   ///< "sat" means the coming Saturday (today if today is one)
  on_or_before,  ///< "sat" means the last Saturday (today if today is one)
};

/// Parses strict YYYY-MM-DD with a year from 0001 to 9999; nullopt if malformed or impossible.
std::optional<Date> parse_iso_date(std::string_view text);

namespace detail {
/// resolve_date for text that is not a valid YYYY-MM-DD.
Date resolve_date_words(std::string_view text, Date today, Direction direction);
}  // namespace detail

/// Resolves a DATE argument: YYYY-MM-DD, today, tomorrow, yesterday, +N, -N or a weekday
/// name (full or three letters, any case). Throws UsageError saying what was wrong. Inline
/// for the ISO date, which batch reads a few million times a second.
inline Date resolve_date(std::string_view text, Date today, Direction direction) {
  if (const std::optional<Date> iso = parse_iso_date(text)) return *iso;
  return detail::resolve_date_words(text, today, direction);
}

/// A weekday name, full or three letters, any case ("sat", "Saturday"); nullopt otherwise.
std::optional<date::weekday> parse_weekday(std::string_view text);

/// The weekdays a list names, indexed by c_encoding (Sunday 0): names joined by commas and
/// ranges that may wrap round the week ("tue,thu,sat", "mon-fri", "fri-mon"); nullopt when a
/// part is not a weekday or a range of two.
std::optional<std::array<bool, 7>> parse_weekdays(std::string_view text);

/// Signed number of days from `from` to `to`.
inline int days_between(Date from, Date to) {
  // Most day counts are between days of one month (batch counts several a line): then the
  // days of the month tell, without converting both dates to day numbers. Inline, for the
  // same reason.
  if (from.year() == to.year() && from.month() == to.month()) {
    return static_cast<int>(static_cast<unsigned>(to.day())) -
           static_cast<int>(static_cast<unsigned>(from.day()));
  }
  return static_cast<int>((date::sys_days{to} - date::sys_days{from}).count());
}

/// `date` moved by `days` (may be negative).
Date add_days(Date day, int days);

/// "2024-05-03".
std::string to_iso(Date day);

/// The numbers 0 to 99 as two decimal digits each ("00" to "99"), for writing numbers two
/// digits at a time.
inline constexpr std::array<char, 200> digit_pairs = [] {
  std::array<char, 200> table{};
  for (std::size_t i = 0; i < 100; ++i) {
    table[2 * i] = static_cast<char>('0' + i / 10);
    table[2 * i + 1] = static_cast<char>('0' + i % 10);
  }
  return table;
}();

/// Writes the 10 characters of to_iso() at `out` (no terminator); returns the end. Inline, and
/// two digits at a time: batch writes five dates a line, millions of lines.
inline char* write_iso(Date day, char* out) {
  auto two = [&](unsigned value, char* at) { std::memcpy(at, &digit_pairs[2 * (value % 100)], 2); };
  const auto y = static_cast<unsigned>(static_cast<int>(day.year()));
  two(y / 100, out);
  two(y, out + 2);
  out[4] = '-';
  two(static_cast<unsigned>(day.month()), out + 5);
  out[7] = '-';
  two(static_cast<unsigned>(day.day()), out + 8);
  return out + 10;
}

/// "Friday 3 May 2024".
std::string to_long(Date day);

/// "Fri".
std::string weekday_short(Date day);

/// "Friday".
std::string weekday_long(Date day);

/// "today", "tomorrow", "yesterday", "in 3 days", "3 days ago".
std::string relative_words(int days_from_today);

}  // namespace runmassage
