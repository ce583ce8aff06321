// Date parsing and formatting; the only place that knows how users write dates.
#include "runmassage/date.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include "runmassage/error.hpp"
#include "runmassage/text.hpp"

namespace runmassage {
namespace {

constexpr std::array<std::string_view, 7> weekday_names = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
constexpr std::array<std::string_view, 12> month_names = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

constexpr date::year min_year{1};
constexpr date::year max_year{9999};

bool all_digits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

// Digits already checked and at most 7 of them; a plain loop is much cheaper than from_chars
// here, and batch parses millions of dates.
int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// The days in a month (1 to 12) of the proleptic Gregorian calendar.
unsigned days_in_month(int year, unsigned month) {
  static constexpr std::array<unsigned char, 12> days = {31, 28, 31, 30, 31, 30,
                                                         31, 31, 30, 31, 30, 31};
  const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  return days[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Date checked(date::sys_days day, std::string_view text) {
  Date result{day};
  if (result.year() < min_year || result.year() > max_year) {
    throw UsageError("date " + quoted_input(text) + " falls outside the years 1 to 9999");
  }
  return result;
}

std::optional<int> weekday_index(std::string_view word) {
  std::string name = lower(word);
  for (std::size_t i = 0; i < weekday_names.size(); ++i) {
    if (name == weekday_names[i] || name == weekday_names[i].substr(0, 3)) {
      return static_cast<int>(i);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  // Each digit's value, as unsigned so that any other character comes out above 9; the eight
  // checks joined without branches (batch parses millions of dates).
  auto digit = [&](std::size_t i) { return static_cast<unsigned>(text[i]) - '0'; };
  const unsigned y1 = digit(0), y2 = digit(1), y3 = digit(2), y4 = digit(3);
  const unsigned m1 = digit(5), m2 = digit(6), d1 = digit(8), d2 = digit(9);
  if (static_cast<int>(y1 > 9) | static_cast<int>(y2 > 9) | static_cast<int>(y3 > 9) |
      static_cast<int>(y4 > 9) | static_cast<int>(m1 > 9) | static_cast<int>(m2 > 9) |
      static_cast<int>(d1 > 9) | static_cast<int>(d2 > 9)) {
    return std::nullopt;
  }
  const auto year = static_cast<int>(((y1 * 10 + y2) * 10 + y3) * 10 + y4);
  const unsigned month = m1 * 10 + m2;
  const unsigned day = d1 * 10 + d2;
  // Checked here rather than with year_month_day::ok(), which works out the month's last day
  // the long way; every month has 28 days, so only a later day needs the month's length.
  if (year < static_cast<int>(min_year) || month < 1 || month > 12 || day < 1 ||
      (day > 28 && day > days_in_month(year, month))) {
    return std::nullopt;
  }
  return Date{date::year{year}, date::month{month}, date::day{day}};
}

Date detail::resolve_date_words(std::string_view text, Date today, Direction direction) {
  const date::sys_days base{today};

  // Say precisely why something shaped like an ISO date is not one.
  if (text.size() == 10 && text[4] == '-' && text[7] == '-' && all_digits(text.substr(0, 4)) &&
      all_digits(text.substr(5, 2)) && all_digits(text.substr(8, 2))) {
    int year = to_int(text.substr(0, 4));
    auto month = static_cast<unsigned>(to_int(text.substr(5, 2)));
    if (year == 0) throw UsageError("invalid date " + quoted_input(text) + ": there is no year 0");
    if (to_int(text.substr(8, 2)) == 0) {
      throw UsageError("invalid date " + quoted_input(text) + ": there is no day 0");
    }
    if (month < 1 || month > 12) {
      throw UsageError("invalid date " + quoted_input(text) + ": month must be 01 to 12");
    }
    throw UsageError("invalid date " + quoted_input(text) + ": " +
                     std::string(month_names[month - 1]) + " " + std::to_string(year) + " has " +
                     std::to_string(days_in_month(year, month)) + " days");
  }

  std::string word = lower(text);
  if (word == "today") return today;
  if (word == "tomorrow") return checked(base + date::days{1}, text);
  if (word == "yesterday") return checked(base - date::days{1}, text);

  if (text.size() >= 2 && (text[0] == '+' || text[0] == '-') && all_digits(text.substr(1))) {
    // Anything over 7 digits is beyond the calendar's range anyway; this also avoids overflow.
    if (text.size() - 1 > 7) {
      throw UsageError("date " + quoted_input(text) + " falls outside the years 1 to 9999");
    }
    int days = to_int(text.substr(1));
    return checked(base + date::days{text[0] == '+' ? days : -days}, text);
  }

  if (auto wanted = weekday_index(text)) {
    const int current = static_cast<int>(date::weekday{base}.c_encoding());
    int offset = direction == Direction::on_or_after ? (*wanted - current + 7) % 7
                                                     : -((current - *wanted + 7) % 7);
    return checked(base + date::days{offset}, text);
  }

  throw UsageError("invalid date " + quoted_input(text) +
                   ": expected YYYY-MM-DD, today, tomorrow, yesterday, +N, -N or a weekday");
}

std::optional<date::weekday> parse_weekday(std::string_view text) {
  auto index = weekday_index(text);
  if (!index) return std::nullopt;
  return date::weekday{static_cast<unsigned>(*index)};
}

std::optional<std::array<bool, 7>> parse_weekdays(std::string_view text) {
  std::array<bool, 7> days{};
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t comma = std::min(text.find(',', pos), text.size());
    const std::string_view part = text.substr(pos, comma - pos);
    const std::size_t dash = part.find('-');
    const auto from = parse_weekday(part.substr(0, dash));
    const auto to = dash == std::string_view::npos ? from : parse_weekday(part.substr(dash + 1));
    if (!from || !to) return std::nullopt;
    for (auto day = *from;; ++day) {
      days[day.c_encoding()] = true;
      if (day == *to) break;
    }
    pos = comma + 1;
  }
  return days;
}

Date add_days(Date day, int days) { return Date{date::sys_days{day} + date::days{days}}; }

std::string to_iso(Date day) {
  char buffer[10];
  write_iso(day, buffer);
  return std::string(buffer, sizeof buffer);
}

std::string weekday_long(Date day) {
  std::string name(weekday_names[date::weekday{date::sys_days{day}}.c_encoding()]);
  name[0] = static_cast<char>(name[0] - 'a' + 'A');  // the names are lower-case ASCII
  return name;
}

std::string weekday_short(Date day) { return weekday_long(day).substr(0, 3); }

std::string to_long(Date day) {
  // "Wednesday 25 September 2024", the longest, is 27 characters: one allocation.
  std::string out = weekday_long(day);
  out.reserve(32);
  out += ' ';
  out += std::to_string(static_cast<unsigned>(day.day()));
  out += ' ';
  out += month_names[static_cast<unsigned>(day.month()) - 1];
  out += ' ';
  out += std::to_string(static_cast<int>(day.year()));
  return out;
}

std::string relative_words(int days) {
  if (days == 0) return "today";
  if (days == 1) return "tomorrow";
  if (days == -1) return "yesterday";
  if (days > 0) return "in " + std::to_string(days) + " days";
  return std::to_string(-days) + " days ago";
}

}  // namespace runmassage
