// Rendering a schedule: an aligned text table, a Markdown table and JSON.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

#include "runmassage/knowledge.hpp"
#include "runmassage/render.hpp"
#include "runmassage/schedule.hpp"

namespace runmassage {

/// The narrowest text table: what a file or a pipe gets.
constexpr std::size_t narrowest_table = 80;

/// One table per week, suggested bookings marked and listed under it. The table's rows fit
/// `columns` (never fewer than narrowest_table; a wider terminal gives the reasons more room);
/// headings and the suggestions under the table wrap at 80 whatever the width, as prose.
std::string week_to_text(const Schedule& schedule, const Knowledge& knowledge,
                         Colour colour = Colour::off, std::size_t columns = narrowest_table);

/// One Markdown table per week, ready to paste, with the suggested bookings listed under it.
std::string week_to_markdown(const Schedule& schedule, const Knowledge& knowledge);

/// The documented JSON object (docs/week.md).
nlohmann::ordered_json week_to_json(const Schedule& schedule, const Knowledge& knowledge);

}  // namespace runmassage
