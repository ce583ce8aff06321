// schedule.json: how the week command suggests bookings (budget, spacing, picks), read and
// validated against the catalogue it names.
#pragma once

#include "runmassage/catalogue.hpp"
#include "runmassage/data_file.hpp"
#include "runmassage/suggestion_settings.hpp"

namespace runmassage {

/// The suggestion settings in schedule.json, whose massage types `catalogue` must hold; throws
/// DataError naming the file and the JSON pointer.
SuggestionSettings parse_schedule(const DataFile& file, const Catalogue& catalogue);

}  // namespace runmassage
