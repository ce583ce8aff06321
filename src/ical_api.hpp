// libical, loaded on first use, so commands that read no calendar do not pay for loading it
// and the ICU libraries it pulls in (about a millisecond of start-up, measured in bench/).
#pragma once

#include <libical/ical.h>

namespace runmassage::detail {

#define RUNMASSAGE_ICAL_FUNCTIONS(X)          \
  X(icalcomponent_free)                       \
  X(icalcomponent_get_first_component)        \
  X(icalcomponent_get_first_property)         \
  X(icalcomponent_get_next_component)         \
  X(icalcomponent_get_next_property)          \
  X(icalcomponent_get_status)                 \
  X(icalcomponent_get_summary)                \
  X(icalcomponent_get_uid)                    \
  X(icalcomponent_isa)                        \
  X(icalerror_set_errors_are_fatal)           \
  X(icalparser_parse_string)                  \
  X(icalproperty_get_categories)              \
  X(icalproperty_get_datetime_with_component) \
  X(icalproperty_get_dtend)                   \
  X(icalproperty_get_dtstart)                 \
  X(icalproperty_get_duration)                \
  X(icalproperty_get_exdate)                  \
  X(icalproperty_get_rdate)                   \
  X(icalproperty_get_recurrenceid)            \
  X(icalproperty_get_rrule)                   \
  X(icalproperty_get_xlicerror)               \
  X(icalrecur_iterator_free)                  \
  X(icalrecur_iterator_new)                   \
  X(icalrecur_iterator_next)                  \
  X(icaltime_as_timet_with_zone)              \
  X(icaltime_is_null_time)

/// Pointers to the libical functions runmassage uses, typed from libical's own declarations.
struct IcalApi {
#define RUNMASSAGE_ICAL_MEMBER(name) \
  decltype(&::name) name = nullptr;  // NOLINT(bugprone-macro-parentheses)
  RUNMASSAGE_ICAL_FUNCTIONS(RUNMASSAGE_ICAL_MEMBER)
#undef RUNMASSAGE_ICAL_MEMBER
};

/// libical's functions, loading the library on first call; throws IoError if it cannot.
const IcalApi& ical();

/// While alive, standard error goes to /dev/null: libical prints its own warnings there
/// ("Encountered END before BEGIN"), and runmassage promises one error line at most.
class QuietStderr {
 public:
  QuietStderr();
  ~QuietStderr();
  QuietStderr(const QuietStderr&) = delete;
  QuietStderr& operator=(const QuietStderr&) = delete;

 private:
  int saved_;
};

}  // namespace runmassage::detail
