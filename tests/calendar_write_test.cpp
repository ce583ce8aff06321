// Suggested bookings out: folded, escaped and stable iCalendar that libical and our own reader
// read back.
#include <libical/ical.h>

#include <algorithm>
#include <string>
#include <vector>

#include "catch.hpp"
#include "runmassage/calendar_read.hpp"
#include "runmassage/calendar_write.hpp"
#include "runmassage/schedule.hpp"
#include "support.hpp"

using namespace runmassage;
using test::day;
using test::knowledge;

namespace {

const DateRange wide{day("2023-01-01"), day("2025-12-31")};

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("suggested bookings as iCalendar: folded, escaped, stable, parsed back", "[calendar]") {
  ScheduleRequest request;
  request.start = day("2024-04-29");
  for (auto weekday : {date::Tuesday, date::Thursday, date::Saturday}) {
    auto runs =
        every_week(weekday, day("2024-04-22"), day("2024-05-12"), test::run_on(day("2024-01-01")));
    request.workouts.insert(request.workouts.end(), runs.begin(), runs.end());
  }
  request.workouts.push_back(test::run_on(day("2024-05-04"), WorkoutKind::race));
  request.budget = Budget{2, BudgetPeriod::week};
  const auto& k = knowledge();
  Schedule schedule = build_schedule(k.rules, k.suggestions, request);
  std::string ics =
      suggestions_to_ics(schedule, k.catalogue, k.rules, k.suggestions, day("2024-04-29"));

  // CRLF everywhere and no line over 75 octets.
  std::size_t pos = 0;
  while (pos < ics.size()) {
    std::size_t end = ics.find("\r\n", pos);
    REQUIRE(end != std::string::npos);
    CHECK(end - pos <= 75);
    CHECK(ics.substr(pos, end - pos).find('\n') == std::string::npos);
    pos = end + 2;
  }
  CHECK(ics ==
        suggestions_to_ics(schedule, k.catalogue, k.rules, k.suggestions, day("2024-04-29")));
  CHECK(suggestion_uid(day("2024-05-03"), "swedish") == "20240503-swedish@runmassage");

  icalcomponent* root = icalparser_parse_string(ics.c_str());
  REQUIRE(root != nullptr);
  CHECK(icalcomponent_count_errors(root) == 0);
  std::vector<std::string> found;
  for (icalcomponent* e = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
       e != nullptr; e = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
    icaltimetype start = icalcomponent_get_dtstart(e);
    icaltimetype end = icalcomponent_get_dtend(e);
    CHECK(start.is_date == 1);
    CHECK(icaltime_compare(icaltime_add(start, icaldurationtype_from_int(86400)), end) == 0);
    found.push_back(std::string(icalcomponent_get_uid(e)) + " " + icalcomponent_get_summary(e));
    std::string description = icalcomponent_get_description(e);
    CHECK(description.find("Techniques:\n- ") != std::string::npos);
    CHECK(description.find(", ") != std::string::npos);  // commas survive escaping
  }
  icalcomponent_free(root);
  CHECK(found == Strings{"20240503-swedish@runmassage Swedish massage",
                         "20240505-deep-tissue@runmassage Deep tissue massage"});

  // Our own calendar reads back as two days of (unknown, so run) workouts.
  auto back = parse_calendar("out.ics", ics, k.workouts, wide);
  REQUIRE(back.size() == 2);
  CHECK(back[0].date == day("2024-05-03"));
  CHECK(back[1].title == "Deep tissue massage");
}

TEST_CASE("a booking has the same UID whichever window exported it", "[calendar][window]") {
  const auto& k = knowledge();
  ScheduleRequest request;
  request.start = day("2024-04-29");
  for (auto weekday : {date::Tuesday, date::Thursday, date::Sunday}) {
    auto runs =
        every_week(weekday, day("2024-04-01"), day("2024-06-30"), test::run_on(day("2024-01-01")));
    request.workouts.insert(request.workouts.end(), runs.begin(), runs.end());
  }
  request.workouts.push_back(test::run_on(day("2024-05-18"), WorkoutKind::race));
  auto uids = [&](Date start, int weeks) {
    ScheduleRequest window = request;
    window.start = start;
    window.weeks = weeks;
    const std::string ics = suggestions_to_ics(build_schedule(k.rules, k.suggestions, window),
                                               k.catalogue, k.rules, k.suggestions, start);
    std::vector<std::string> out;
    std::size_t pos = 0;
    while ((pos = ics.find("UID:", pos)) != std::string::npos) {
      out.push_back(ics.substr(pos, ics.find('\r', pos) - pos));
      ++pos;
    }
    return out;
  };
  const auto all = uids(day("2024-04-29"), 6);
  REQUIRE(all.size() >= 5);
  const auto middle = uids(day("2024-05-13"), 2);
  REQUIRE_FALSE(middle.empty());
  for (const auto& uid : middle) {
    CHECK(std::find(all.begin(), all.end(), uid) != all.end());
  }
  CHECK(std::find(middle.begin(), middle.end(), "UID:20240517-swedish@runmassage") != middle.end());
}
