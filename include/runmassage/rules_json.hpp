// rules.json: the rules, their conditions over the registry's facts and their events, read and
// validated against the catalogue they name.
#pragma once

#include "runmassage/catalogue.hpp"
#include "runmassage/data_file.hpp"
#include "runmassage/rules.hpp"

namespace runmassage {

/// How deeply conditions may nest ("all", "any", "not"), so hostile files fail cleanly.
inline constexpr int max_condition_depth = 16;

/// The rules in rules.json, whose massage types and techniques `catalogue` must hold; throws
/// DataError naming the file and the JSON pointer.
RuleSet parse_rules(const DataFile& file, const Catalogue& catalogue);

}  // namespace runmassage
