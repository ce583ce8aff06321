// Training calendars in: titles and categories into workouts, events and recurrences, errors
// naming the event, and dates in the runner's zone.
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "catch.hpp"
#include "runmassage/calendar_read.hpp"
#include "runmassage/error.hpp"
#include "runmassage/planner.hpp"
#include "runmassage/schedule.hpp"
#include "support.hpp"

using namespace runmassage;
using test::day;
using test::knowledge;

namespace {

const DateRange wide{day("2023-01-01"), day("2025-12-31")};

std::string calendar(const std::string& events) {
  return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + events + "END:VCALENDAR\r\n";
}

std::string event(const std::string& lines) {
  return "BEGIN:VEVENT\r\nDTSTAMP:20240101T000000Z\r\n" + lines + "END:VEVENT\r\n";
}

// "2024-05-04 race Half Marathon" per workout, in date order.
std::vector<std::string> read(const std::string& text, DateRange expand = wide,
                              const UtcOffset& offset = {}) {
  auto workouts = parse_calendar("test.ics", text, knowledge().workouts, expand, offset);
  std::stable_sort(workouts.begin(), workouts.end(),
                   [](const Workout& a, const Workout& b) { return a.date < b.date; });
  std::vector<std::string> out;
  out.reserve(workouts.size());
  for (const auto& w : workouts) {
    out.push_back(to_iso(w.date) + " " + std::string(kind_name(w.kind)) + " " + w.title);
  }
  return out;
}

std::string data_error(const std::string& text, DateRange expand = wide) {
  try {
    parse_calendar("plan.ics", text, knowledge().workouts, expand);
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("an event's title decides its workout, its categories when the title says nothing",
          "[calendar]") {
  const auto& words = knowledge().workouts;
  Workout w = classify_event(day("2024-05-04"), "Session 12", {"Cross-Training"}, words);
  CHECK(w.kind == WorkoutKind::rest);  // the title says nothing, the category does
  w = classify_event(day("2024-05-04"), "Rest", {"Running"}, words);
  CHECK(w.kind == WorkoutKind::rest);  // the title decides first
  w = classify_event(day("2024-05-04"), "8 mi", {}, words);
  CHECK(w.kind == WorkoutKind::run);  // anything unknown is a run
  CHECK(w.km == 12.872);
  CHECK(w.title == "8 mi");
  w = classify_event(day("2024-05-04"), "Long run 13.1 miles", {}, words);
  CHECK(w.kind == WorkoutKind::long_run);
  CHECK(w.km == 21.078);  // 13.1 x 1.609 km
  CHECK(classify_event(day("2024-05-04"), "Easy 10km", {}, words).km == 10);
  // A title's impossible distance is no distance, and no error.
  w = classify_event(day("2024-05-04"), "Easy 0 mi", {}, words);
  CHECK(w.kind == WorkoutKind::easy);
  CHECK(w.km == std::nullopt);
}

TEST_CASE("all-day, multi-day, timed and recurring events", "[calendar]") {
  std::string text = calendar(
      event("UID:a\r\nDTSTART;VALUE=DATE:20240506\r\nDTEND;VALUE=DATE:20240507\r\n"
            "SUMMARY:Rest\r\n") +
      event("UID:b\r\nDTSTART;VALUE=DATE:20240507\r\nSUMMARY:Easy 4 mi\r\n") +
      // Two days, DTEND exclusive: 8 and 9 May.
      event("UID:c\r\nDTSTART;VALUE=DATE:20240508\r\nDTEND;VALUE=DATE:20240510\r\n"
            "SUMMARY:Yoga retreat\r\n") +
      event("UID:d\r\nDTSTART;VALUE=DATE:20240510\r\nDURATION:P1D\r\nSUMMARY:Off\r\n") +
      // Timed: its start date, even though it ends after midnight.
      event("UID:e\r\nDTSTART:20240511T223000\r\nDTEND:20240512T003000\r\n"
            "SUMMARY:Midnight 10K\r\n") +
      // Weekly on Sundays, three times, the second moved to Monday and the third excluded.
      event("UID:f\r\nDTSTART;VALUE=DATE:20240512\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
            "EXDATE;VALUE=DATE:20240526\r\nSUMMARY:Long Run\r\n") +
      event("UID:f\r\nRECURRENCE-ID;VALUE=DATE:20240519\r\nDTSTART;VALUE=DATE:20240520\r\n"
            "SUMMARY:Long Run (moved)\r\n") +
      event("UID:g\r\nDTSTART;VALUE=DATE:20240521\r\nSTATUS:CANCELLED\r\nSUMMARY:Tempo\r\n") +
      event("UID:h\r\nDTSTART;VALUE=DATE:20240522\r\nCATEGORIES:Cross-Training,Gym\r\n"
            "SUMMARY:Session 9\r\n"));
  CHECK(read(text) == Strings{"2024-05-06 rest Rest", "2024-05-07 easy Easy 4 mi",
                              "2024-05-08 rest Yoga retreat", "2024-05-09 rest Yoga retreat",
                              "2024-05-10 rest Off", "2024-05-11 race Midnight 10K",
                              "2024-05-12 long Long Run", "2024-05-20 long Long Run (moved)",
                              "2024-05-22 rest Session 9"});
}

TEST_CASE("open-ended recurrences are expanded over the schedule's range only", "[calendar]") {
  std::string text = calendar(
      event("UID:p\r\nDTSTART;VALUE=DATE:20200104\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:parkrun\r\n"));
  auto days = read(text, {day("2024-05-01"), day("2024-05-20")});
  // DTSTART itself is always an occurrence, then the Saturdays in range. A weekly parkrun is a
  // hard 5 km effort by default, not a race (data/workouts.json).
  CHECK(days == Strings{"2020-01-04 hard parkrun", "2024-05-04 hard parkrun",
                        "2024-05-11 hard parkrun", "2024-05-18 hard parkrun"});

  std::string runaway =
      calendar(event("UID:r\r\nDTSTART:19000101T000000\r\nRRULE:FREQ=MINUTELY\r\nSUMMARY:Jog\r\n"));
  CHECK(data_error(runaway) ==
        "plan.ics:4: event \"Jog\" (UID r): RRULE gives more than 100000 occurrences before "
        "2025-12-31");

  // Centuries back, libical's Julian leap days (29 February 1000) are passed over, not taken
  // for the rule's end: a weekly rule from 1240 still reaches 2024, on its weekday (Sunday).
  std::string medieval = calendar(
      event("UID:m\r\nDTSTART;VALUE=DATE:12400101\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:Long run\r\n"));
  CHECK(
      read(medieval, {day("2024-05-01"), day("2024-05-12")}) ==
      Strings{"1240-01-01 long Long run", "2024-05-05 long Long run", "2024-05-12 long Long run"});
  // And a daily rule from the year 1000 is refused as too long, not silently cut short.
  std::string daily = calendar(
      event("UID:d\r\nDTSTART;VALUE=DATE:10000101\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Jog\r\n"));
  CHECK(data_error(daily) ==
        "plan.ics:4: event \"Jog\" (UID d): RRULE gives more than 100000 occurrences before "
        "2025-12-31");
  // libical stops endless rules centuries ahead: a schedule beyond that is refused, not empty.
  std::string weekly = calendar(
      event("UID:w\r\nDTSTART;VALUE=DATE:20200105\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:Jog\r\n"));
  CHECK(data_error(weekly, {day("2700-01-01"), day("2700-12-31")}) ==
        "plan.ics:4: event \"Jog\" (UID w): RRULE cannot be expanded up to 2700-12-31");
  // A rule that never occurs (the 31st of April) leaves the event its DTSTART.
  std::string never = calendar(
      event("UID:n\r\nDTSTART;VALUE=DATE:20240105\r\nRRULE:FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31\r\n"
            "SUMMARY:Tempo\r\n"));
  CHECK(read(never) == Strings{"2024-01-05 hard Tempo"});
}

TEST_CASE("malformed calendars and impossible dates are refused, naming the event", "[calendar]") {
  CHECK(data_error(calendar(event("UID:x1\r\nDTSTART;VALUE=DATE:20240230\r\nSUMMARY:Easy\r\n"))) ==
        "plan.ics:4: event \"Easy\" (UID x1): DTSTART 20240230 is not a real date");
  CHECK(data_error(calendar(event("UID:x1\r\nDTSTART;VALUE=DATE:20241301\r\n"))) ==
        "plan.ics:4: event with UID x1: DTSTART 20241301 is not a real date");
  CHECK(data_error(calendar(event("DTSTART:garbage\r\nSUMMARY:Tempo\r\n"))) ==
        "plan.ics:4: event \"Tempo\": Can't parse as DATE-TIME value in DTSTART property. "
        "Removing entire property: garbage");
  CHECK(data_error(calendar(event("UID:n\r\nSUMMARY:Rest\r\n"))) ==
        "plan.ics:4: event \"Rest\" (UID n): no DTSTART");
  CHECK(data_error(calendar(event("UID:e\r\nDTSTART;VALUE=DATE:20240505\r\n"
                                  "DTEND;VALUE=DATE:20240505\r\n"))) ==
        "plan.ics:4: event with UID e: DTEND 20240505 is not after DTSTART");
  CHECK(data_error(calendar(event("UID:ok\r\nDTSTART;VALUE=DATE:20240505\r\n") +
                            event("UID:bad\r\nDTSTART;VALUE=DATE:20240506\r\nNOT A LINE\r\n"))) ==
        "plan.ics:9: event with UID bad: Got a data line, but could not find a property name "
        "or component begin tag: NOT A LINE");
  CHECK(data_error("hello\n") ==
        "plan.ics: not an iCalendar file (no complete BEGIN:VCALENDAR ... END:VCALENDAR)");
  CHECK(data_error("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20240101\r\n") ==
        "plan.ics: not an iCalendar file (no complete BEGIN:VCALENDAR ... END:VCALENDAR)");
  CHECK(data_error(std::string("BEGIN:VCALENDAR\r\n\0\r\n", 19)) ==
        "plan.ics: not an iCalendar file (it contains NUL bytes)");
  CHECK(data_error(calendar(event("UID:long\r\nDTSTART;VALUE=DATE:20240101\r\n"
                                  "DTEND;VALUE=DATE:20250301\r\n"))) ==
        "plan.ics:4: event with UID long: spans more than 366 days");

  try {
    load_calendar("/nonexistent/plan.ics", knowledge().workouts, wide);
    FAIL("no error for a missing file");
  } catch (const IoError& e) {
    CHECK(std::string(e.what()) == "cannot read /nonexistent/plan.ics: No such file or directory");
  }
}

TEST_CASE("an 18-week marathon plan: the race week day by day", "[calendar][schedule]") {
  const std::string path = std::string(RUNMASSAGE_SOURCE_DIR) + "/tests/data/marathon-18-weeks.ics";
  auto workouts = load_calendar(path, knowledge().workouts, {day("2024-06-01"), day("2024-11-30")});
  std::map<std::string, int> counts;
  for (const auto& w : workouts) ++counts[std::string(kind_name(w.kind))];
  CHECK(counts["race"] == 2);
  CHECK(counts["rest"] == 18 + 18 + 16 + 1);  // Mondays, Fridays, Sundays, the eve of the half
  CHECK(counts["easy"] == 18 + 18 + 1 + 1);   // Tue, Thu (recurring), a taper Wed, the shakeout
  CHECK(counts["hard"] == 17);                // the other Wednesdays: tempo and intervals
  CHECK(counts["long"] == 16);                // Saturdays
  CHECK(counts["run"] == 0);                  // every run's title names its kind

  ScheduleRequest request;
  request.start = day("2024-06-24");
  request.weeks = 18;
  request.workouts = workouts;
  Schedule schedule = build_schedule(knowledge().rules, knowledge().suggestions, request);
  REQUIRE(schedule.weeks.size() == 18);

  const auto& race_week = schedule.weeks[17];
  CHECK(race_week.start == day("2024-10-21"));
  Strings seen;
  for (const auto& d : race_week.days) {
    auto massage = recommended_massage(d.plan, knowledge().rules);
    std::string line = to_iso(d.plan.date()) + " " + std::string(training_name(d.training)) + " " +
                       (massage ? knowledge().catalogue.types[*massage].id : "none");
    if (d.suggested) line += " *";
    seen.push_back(line);
  }
  CHECK(seen == Strings{"2024-10-21 rest swedish", "2024-10-22 run sports-pre",
                        "2024-10-23 run sports-pre", "2024-10-24 run sports-pre",
                        "2024-10-25 rest swedish *", "2024-10-26 run sports-pre",
                        "2024-10-27 race sports-pre"});
  CHECK(race_week.days[6].titles == Strings{"Marathon"});
  CHECK(race_week.days[3].titles == Strings{"Easy 3 mi"});  // from the RRULE

  // The half marathon mid-plan: Swedish the day before; the timed Wednesday intervals count.
  CHECK(schedule.day(day("2024-08-25")).training == Training::race);
  CHECK(schedule.day(day("2024-08-24")).suggested);
  CHECK(schedule.day(day("2024-07-03")).training == Training::run);
  CHECK(schedule.day(day("2024-07-28")).training == Training::rest);  // by its CATEGORIES
  // Ordinary weeks: deep tissue on the Sunday after the Saturday long run.
  CHECK(schedule.day(day("2024-06-30")).suggested);
  CHECK(schedule.day(day("2024-10-20")).suggested);
  CHECK(schedule.suggestions.size() == 18);
}

TEST_CASE("a timed event falls on its date in the runner's time zone", "[calendar]") {
  const auto fixed = [](int seconds_east) {
    return [seconds_east](std::int64_t) { return seconds_east; };
  };
  const std::string late =
      calendar(event("UID:late@test\r\nDTSTART:20240703T233000Z\r\nSUMMARY:Easy 5 mi\r\n") +
               event("UID:early@test\r\nDTSTART:20240705T003000Z\r\nSUMMARY:Long Run 10 mi\r\n"));
  // No zone given: the dates as written, which for these is UTC.
  CHECK(read(late) == Strings{"2024-07-03 easy Easy 5 mi", "2024-07-05 long Long Run 10 mi"});
  CHECK(read(late, wide, fixed(0)) ==
        Strings{"2024-07-03 easy Easy 5 mi", "2024-07-05 long Long Run 10 mi"});
  // Two hours east of UTC, 23:30Z is 01:30 the next morning; five hours west, 00:30Z is the
  // evening before.
  CHECK(read(late, wide, fixed(2 * 3600)) ==
        Strings{"2024-07-04 easy Easy 5 mi", "2024-07-05 long Long Run 10 mi"});
  CHECK(read(late, wide, fixed(-5 * 3600)) ==
        Strings{"2024-07-03 easy Easy 5 mi", "2024-07-04 long Long Run 10 mi"});

  // All-day and floating events keep the date they name, whatever the zone.
  const std::string fixed_days =
      calendar(event("UID:allday@test\r\nDTSTART;VALUE=DATE:20240703\r\nSUMMARY:Rest\r\n") +
               event("UID:floating@test\r\nDTSTART:20240704T233000\r\nSUMMARY:Easy 3 mi\r\n"));
  CHECK(read(fixed_days, wide, fixed(14 * 3600)) ==
        Strings{"2024-07-03 rest Rest", "2024-07-04 easy Easy 3 mi"});

  // A weekly run late in the evening UTC moves every occurrence, and its EXDATE with it.
  const std::string weekly =
      calendar(event("UID:weekly@test\r\nDTSTART:20240701T230000Z\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
                     "EXDATE:20240708T230000Z\r\nSUMMARY:Easy 4 mi\r\n"));
  CHECK(read(weekly, wide, fixed(3600)) ==
        Strings{"2024-07-02 easy Easy 4 mi", "2024-07-16 easy Easy 4 mi"});

  // The last evening of year 9999 stays in it: dates never leave the years 1 to 9999.
  const std::string last =
      calendar(event("UID:last@test\r\nDTSTART:99991231T233000Z\r\nSUMMARY:Easy 2 mi\r\n"));
  CHECK(read(last, wide, fixed(14 * 3600)) == Strings{"9999-12-31 easy Easy 2 mi"});
}
