// Suggested bookings out: the schedule's suggestions as an RFC 5545 calendar.
#pragma once

#include <string>
#include <string_view>

#include "runmassage/catalogue.hpp"
#include "runmassage/date.hpp"
#include "runmassage/rules.hpp"
#include "runmassage/schedule.hpp"
#include "runmassage/suggestion_settings.hpp"

namespace runmassage {

/// The schedule's suggested bookings as an RFC 5545 calendar of all-day events (CRLF lines,
/// folded at 75 octets); `stamp` is the day written, at midnight UTC, as every DTSTAMP.
std::string suggestions_to_ics(const Schedule& schedule, const Catalogue& catalogue,
                               const RuleSet& rules, const SuggestionSettings& settings,
                               Date stamp);

/// The UID of a suggested booking: the same day and massage always give the same UID.
std::string suggestion_uid(Date date, std::string_view massage_id);

}  // namespace runmassage
