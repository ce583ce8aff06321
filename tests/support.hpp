// Helpers the unit tests share: the built-in knowledge, loaded once, and dates from ISO text.
#pragma once

#include "runmassage/data.hpp"
#include "runmassage/date.hpp"

namespace runmassage::test {

/// The built-in data, parsed on first use and kept for the whole test run.
inline const Knowledge& knowledge() {
  static const Knowledge loaded = default_knowledge();
  return loaded;
}

/// A date written as YYYY-MM-DD (the tests only write valid ones).
inline Date day(const char* iso) { return *parse_iso_date(iso); }

}  // namespace runmassage::test
