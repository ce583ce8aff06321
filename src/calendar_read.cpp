// Reading training calendars through libical: events into workouts, recurrences expanded, every
// problem reported with the file, line and event.
#include "runmassage/calendar_read.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <utility>

#include "ical_api.hpp"
#include "runmassage/error.hpp"
#include "runmassage/file_io.hpp"

namespace runmassage {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* component) const { detail::ical().icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

struct RecurFree {
  void operator()(icalrecur_iterator* iterator) const {
    detail::ical().icalrecur_iterator_free(iterator);
  }
};

std::optional<Date> to_date(const icaltimetype& time) {
  if (detail::ical().icaltime_is_null_time(time) || time.year < 1 || time.year > 9999 ||
      time.month < 1 || time.month > 12 || time.day < 1 || time.day > 31) {
    return std::nullopt;
  }
  Date day{date::year{time.year}, date::month{static_cast<unsigned>(time.month)},
           date::day{static_cast<unsigned>(time.day)}};
  if (!day.ok()) return std::nullopt;
  return day;
}

std::string time_text(const icaltimetype& time) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", time.year, time.month, time.day);
  return buffer;
}

// The line of each BEGIN:VEVENT, in file order, which is the order libical keeps.
std::vector<std::size_t> event_lines(const std::string& text) {
  std::vector<std::size_t> lines;
  std::size_t line = 1;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view current(text.data() + pos, end - pos);
    while (!current.empty() && (current.back() == '\r' || current.back() == ' ')) {
      current.remove_suffix(1);
    }
    if (current.size() == 12) {
      std::string upper(current);
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (upper == "BEGIN:VEVENT") lines.push_back(line);
    }
    pos = end + 1;
    ++line;
  }
  return lines;
}

// Turns one calendar's events into workouts, reporting problems with file, line and event.
class CalendarReader {
 public:
  CalendarReader(const std::string& name, const std::string& text, const WorkoutWords& words,
                 DateRange expand, UtcOffset offset)
      : name_(name),
        words_(words),
        expand_(expand),
        offset_(std::move(offset)),
        lines_(event_lines(text)) {}

  void read(icalcomponent* calendar, std::size_t& event_index) {
    for (icalproperty* p =
             detail::ical().icalcomponent_get_first_property(calendar, ICAL_XLICERROR_PROPERTY);
         p != nullptr;
         p = detail::ical().icalcomponent_get_next_property(calendar, ICAL_XLICERROR_PROPERTY)) {
      throw DataError(name_ + ": " + detail::ical().icalproperty_get_xlicerror(p));
    }
    std::vector<icalcomponent*> events;
    for (icalcomponent* e =
             detail::ical().icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
         e != nullptr;
         e = detail::ical().icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
      events.push_back(e);
    }
    // Moved instances (RECURRENCE-ID) replace the occurrence they name in their series.
    for (std::size_t i = 0; i < events.size(); ++i) {
      icalproperty* moved =
          detail::ical().icalcomponent_get_first_property(events[i], ICAL_RECURRENCEID_PROPERTY);
      if (moved == nullptr) continue;
      const char* uid = detail::ical().icalcomponent_get_uid(events[i]);
      auto day = day_of(detail::ical().icalproperty_get_datetime_with_component(moved, events[i]));
      if (!day) fail(events[i], event_index + i, "RECURRENCE-ID is not a real date");
      moved_[uid == nullptr ? "" : uid].insert(*day);
    }
    for (icalcomponent* event : events) read_event(event, event_index++);
  }

  std::vector<Workout> take() { return std::move(workouts_); }

 private:
  [[noreturn]] void fail(icalcomponent* event, std::size_t index, const std::string& message) {
    std::string where = name_;
    if (index < lines_.size()) where += ":" + std::to_string(lines_[index]);
    const char* uid = detail::ical().icalcomponent_get_uid(event);
    const char* summary = detail::ical().icalcomponent_get_summary(event);
    std::string label = "event";
    if (summary != nullptr && *summary != '\0') label += " \"" + std::string(summary) + "\"";
    if (uid != nullptr && *uid != '\0') {
      label += (summary != nullptr && *summary != '\0') ? " (UID " + std::string(uid) + ")"
                                                        : " with UID " + std::string(uid);
    }
    throw DataError(where + ": " + label + ": " + message);
  }

  // The day a value falls on: for a time in UTC or in a zone libical knows (TZID), the local date
  // under offset_ (the runner's zone); for an all-day or floating value, the date written.
  [[nodiscard]] std::optional<Date> day_of(const icaltimetype& time) const {
    const auto written = to_date(time);
    if (!written || !offset_ || time.is_date || time.zone == nullptr) return written;
    const auto utc =
        static_cast<std::int64_t>(detail::ical().icaltime_as_timet_with_zone(time, time.zone));
    const Date local = local_day(utc, offset_);
    // Dates stay within the years 1 to 9999, as everywhere; only the very edges meet this.
    if (local.year() < date::year{1} || local.year() > date::year{9999}) return written;
    return local;
  }

  Date date_of(icalcomponent* event, std::size_t index, const icaltimetype& time,
               const char* property) {
    auto day = day_of(time);
    if (!day) {
      fail(event, index, std::string(property) + " " + time_text(time) + " is not a real date");
    }
    return *day;
  }

  void read_event(icalcomponent* event, std::size_t index) {
    for (icalproperty* p =
             detail::ical().icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY);
         p != nullptr;
         p = detail::ical().icalcomponent_get_next_property(event, ICAL_XLICERROR_PROPERTY)) {
      fail(event, index, detail::ical().icalproperty_get_xlicerror(p));
    }
    icalproperty* start_property =
        detail::ical().icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (start_property == nullptr) fail(event, index, "no DTSTART");
    const icaltimetype start_time =
        detail::ical().icalproperty_get_datetime_with_component(start_property, event);
    const Date start = date_of(event, index, start_time, "DTSTART");
    if (detail::ical().icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED) return;

    // All-day events cover every day up to their exclusive DTEND; timed ones their start day.
    int span = 1;
    if (start_time.is_date) {
      if (icalproperty* end =
              detail::ical().icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
        const icaltimetype end_time = detail::ical().icalproperty_get_dtend(end);
        span = days_between(start, date_of(event, index, end_time, "DTEND"));
        if (span < 1) fail(event, index, "DTEND " + time_text(end_time) + " is not after DTSTART");
      } else if (icalproperty* length = detail::ical().icalcomponent_get_first_property(
                     event, ICAL_DURATION_PROPERTY)) {
        const icaldurationtype duration = detail::ical().icalproperty_get_duration(length);
        long long days = static_cast<long long>(duration.weeks) * 7 + duration.days;
        if (duration.is_neg || days < 1)
          fail(event, index, "DURATION is not a whole number of days");
        span = static_cast<int>(std::min<long long>(days, max_event_days + 1));
      }
      if (span > max_event_days) {
        fail(event, index, "spans more than " + std::to_string(max_event_days) + " days");
      }
    }

    const char* summary = detail::ical().icalcomponent_get_summary(event);
    const std::string title = summary == nullptr ? "" : summary;
    std::vector<std::string> categories;
    for (icalproperty* p =
             detail::ical().icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY);
         p != nullptr;
         p = detail::ical().icalcomponent_get_next_property(event, ICAL_CATEGORIES_PROPERTY)) {
      if (const char* text = detail::ical().icalproperty_get_categories(p))
        categories.emplace_back(text);
    }
    const Workout workout = classify_event(start, title, categories, words_);
    auto add = [&](Date day) {
      for (int i = 0; i < span; ++i) {
        if (workouts_.size() >= max_calendar_days) {
          throw DataError(name_ + ": more than " + std::to_string(max_calendar_days) +
                          " workout days (after expanding recurring events)");
        }
        Workout copy = workout;
        copy.date = add_days(day, i);
        workouts_.push_back(std::move(copy));
      }
    };

    icalproperty* rule =
        detail::ical().icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    icalproperty* extra =
        detail::ical().icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY);
    if (rule == nullptr && extra == nullptr) {
      add(start);
      return;
    }

    std::set<Date> skip;
    const char* uid = detail::ical().icalcomponent_get_uid(event);
    if (detail::ical().icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY) ==
        nullptr) {
      auto moved = moved_.find(uid == nullptr ? "" : uid);
      if (moved != moved_.end()) skip = moved->second;
    }
    for (icalproperty* p =
             detail::ical().icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY);
         p != nullptr;
         p = detail::ical().icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
      skip.insert(date_of(event, index,
                          detail::ical().icalproperty_get_datetime_with_component(p, event),
                          "EXDATE"));
    }
    std::set<Date> days;
    for (; rule != nullptr;
         rule = detail::ical().icalcomponent_get_next_property(event, ICAL_RRULE_PROPERTY)) {
      expand_rule(event, index, detail::ical().icalproperty_get_rrule(rule), start_time, days);
    }
    for (icalproperty* p =
             detail::ical().icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY);
         p != nullptr;
         p = detail::ical().icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
      const icaldatetimeperiodtype value = detail::ical().icalproperty_get_rdate(p);
      const icaltimetype time =
          detail::ical().icaltime_is_null_time(value.time) ? value.period.start : value.time;
      days.insert(date_of(event, index, time, "RDATE"));
    }
    days.insert(start);  // DTSTART is always the first instance (RFC 5545, 3.8.5.3)
    for (const Date& day : days) {
      if (skip.count(day) == 0) add(day);
    }
  }

  void expand_rule(icalcomponent* event, std::size_t index, const icalrecurrencetype& rule,
                   const icaltimetype& start, std::set<Date>& days) {
    if (rule.freq == ICAL_NO_RECURRENCE) fail(event, index, "RRULE has no valid FREQ");
    std::unique_ptr<icalrecur_iterator, RecurFree> iterator(
        detail::ical().icalrecur_iterator_new(rule, start));
    if (!iterator) fail(event, index, "RRULE cannot be expanded");
    std::size_t steps = 0;
    bool past_the_range = false;
    for (icaltimetype next = detail::ical().icalrecur_iterator_next(iterator.get());
         !detail::ical().icaltime_is_null_time(next);
         next = detail::ical().icalrecur_iterator_next(iterator.get())) {
      if (++steps > max_recurrence_steps) {
        fail(event, index,
             "RRULE gives more than " + std::to_string(max_recurrence_steps) +
                 " occurrences before " + to_iso(expand_.last));
      }
      auto day = day_of(next);
      // libical counts leap years the Julian way before 1583: its 29 February 1000 is no day
      // of our (Gregorian) calendar, and is passed over rather than taken for the rule's end.
      if (!day) continue;
      if (*day > expand_.last) {
        past_the_range = true;
        break;
      }
      if (*day >= expand_.first) days.insert(*day);
    }
    // A rule without COUNT or UNTIL that gave occurrences never ends: libical stopping short of
    // the dates wanted (it stops centuries ahead) would lose them silently. (A rule that never
    // occurs, such as the 31st of April, gives none and leaves the event its DTSTART.)
    if (!past_the_range && steps > 0 && rule.count == 0 &&
        detail::ical().icaltime_is_null_time(rule.until)) {
      fail(event, index, "RRULE cannot be expanded up to " + to_iso(expand_.last));
    }
  }

  const std::string& name_;
  const WorkoutWords& words_;
  DateRange expand_;
  UtcOffset offset_;  // empty: every value on the date written
  std::vector<std::size_t> lines_;
  std::map<std::string, std::set<Date>> moved_;
  std::vector<Workout> workouts_;
};

}  // namespace

Workout classify_event(Date date, std::string_view title,
                       const std::vector<std::string>& categories, const WorkoutWords& words) {
  Classified classified = classify_words(title, words);
  if (!classified.recognised) {
    for (const auto& category : categories) {
      Classified by_category = classify_words(category, words);
      if (by_category.recognised) {
        classified.recognised = true;
        classified.kind = by_category.kind;
        break;
      }
    }
  }
  Workout workout;
  workout.date = date;
  workout.kind = classified.kind;
  // A title's impossible distance ("0 mi") is no distance; the title still says the kind.
  if (classified.problem == DistanceProblem::none) {
    workout.km = classified.km;
    workout.distance_label = classified.distance_label;
  }
  workout.title = std::string(title);
  return workout;
}

std::vector<Workout> parse_calendar(const std::string& name, const std::string& text,
                                    const WorkoutWords& words, DateRange expand,
                                    const UtcOffset& offset) {
  if (text.find('\0') != std::string::npos) {
    throw DataError(name + ": not an iCalendar file (it contains NUL bytes)");
  }
  detail::ical().icalerror_set_errors_are_fatal(0);  // report problems as X-LIC-ERROR, never abort
  detail::QuietStderr quiet;
  ComponentPtr root(detail::ical().icalparser_parse_string(text.c_str()));
  if (!root) {
    throw DataError(name +
                    ": not an iCalendar file (no complete BEGIN:VCALENDAR ... "
                    "END:VCALENDAR)");
  }
  std::vector<icalcomponent*> calendars;
  if (detail::ical().icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
    calendars.push_back(root.get());
  } else {
    for (icalcomponent* c =
             detail::ical().icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
         c != nullptr; c = detail::ical().icalcomponent_get_next_component(
                           root.get(), ICAL_VCALENDAR_COMPONENT)) {
      calendars.push_back(c);
    }
  }
  if (calendars.empty()) throw DataError(name + ": not an iCalendar file (no VCALENDAR)");
  CalendarReader reader(name, text, words, expand, offset);
  std::size_t event_index = 0;
  for (icalcomponent* calendar : calendars) reader.read(calendar, event_index);
  return reader.take();
}

std::vector<Workout> load_calendar(const std::string& path, const WorkoutWords& words,
                                   DateRange expand, const UtcOffset& offset) {
  return parse_calendar(path, read_file(path, max_calendar_bytes), words, expand, offset);
}

}  // namespace runmassage
