// massages.json: the catalogue of massage types and techniques, read and validated.
#pragma once

#include <utility>

#include "runmassage/catalogue.hpp"
#include "runmassage/data_file.hpp"
#include "runmassage/json_node.hpp"

namespace runmassage {

/// The catalogue in massages.json; throws DataError naming the file and the JSON pointer.
Catalogue parse_catalogue(const DataFile& file);

namespace detail {
/// A session length, {"min", "max"} in whole minutes, as massages.json and rules.json write it.
std::pair<int, int> parse_minutes(const Node& minutes);
}  // namespace detail

}  // namespace runmassage
