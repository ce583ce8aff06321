// Writing suggested bookings as iCalendar text: escaped, folded at 75 octets, with stable UIDs.
#include "runmassage/calendar_write.hpp"

#include <algorithm>
#include <cstddef>

namespace runmassage {
namespace {

std::string ics_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

// One content line, folded so no line is longer than 75 octets and no UTF-8 character is split.
std::string ics_line(std::string_view line) {
  std::string out;
  std::size_t limit = 75;
  std::size_t used = 0;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t length = 1;
    auto lead = static_cast<unsigned char>(line[i]);
    if (lead >= 0xf0) {
      length = 4;
    } else if (lead >= 0xe0) {
      length = 3;
    } else if (lead >= 0xc0) {
      length = 2;
    }
    length = std::min(length, line.size() - i);
    if (used + length > limit) {
      out += "\r\n ";
      used = 1;  // the leading space counts toward the next line's 75
    }
    out.append(line.substr(i, length));
    used += length;
    i += length;
  }
  return out + "\r\n";
}

std::string compact(Date day) {
  std::string iso = to_iso(day);
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

}  // namespace

std::string suggestion_uid(Date date, std::string_view massage_id) {
  return compact(date) + "-" + std::string(massage_id) + "@runmassage";
}

std::string suggestions_to_ics(const Schedule& schedule, const Catalogue& catalogue,
                               const RuleSet& rules, const SuggestionSettings& settings,
                               Date stamp) {
  std::string out;
  out += ics_line("BEGIN:VCALENDAR");
  out += ics_line("VERSION:2.0");
  out += ics_line("PRODID:-//runmassage//week//EN");
  out += ics_line("CALSCALE:GREGORIAN");
  out += ics_line("METHOD:PUBLISH");
  for (const Suggestion& suggestion : schedule.suggestions) {
    const MassageType& type = catalogue.types[suggestion.massage];
    const DayPlan& day = schedule.day(suggestion.date);
    std::string description = settings.picks[suggestion.pick].why;
    if (day.plan.decision.recommended_rule) {
      description += "\n\n" + rules.rules()[*day.plan.decision.recommended_rule].reason;
    }
    std::string techniques;
    for (std::size_t index : type.techniques) {
      techniques += (techniques.empty() ? "" : "\n- ") + catalogue.techniques[index].name + ": " +
                    catalogue.techniques[index].description;
    }
    description += "\n\nTechniques:\n- " + techniques;
    description += "\n\n" + std::to_string(type.min_minutes) + "-" +
                   std::to_string(type.max_minutes) + " minutes.";
    out += ics_line("BEGIN:VEVENT");
    out += ics_line("UID:" + suggestion_uid(suggestion.date, type.id));
    out += ics_line("DTSTAMP:" + compact(stamp) + "T000000Z");
    out += ics_line("DTSTART;VALUE=DATE:" + compact(suggestion.date));
    out += ics_line("DTEND;VALUE=DATE:" + compact(add_days(suggestion.date, 1)));
    out += ics_line("SUMMARY:" + ics_escape(type.name));
    out += ics_line("DESCRIPTION:" + ics_escape(description));
    out += ics_line("CATEGORIES:Massage");
    out += ics_line("TRANSP:TRANSPARENT");
    out += ics_line("END:VEVENT");
  }
  out += ics_line("END:VCALENDAR");
  return out;
}

}  // namespace runmassage
