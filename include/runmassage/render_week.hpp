// Rendering a schedule: an aligned text table, a Markdown table and JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "runmassage/knowledge.hpp"
#include "runmassage/render.hpp"
#include "runmassage/schedule.hpp"

namespace runmassage {

/// One table per week, fitting 80 columns, suggested bookings marked and listed under it.
std::string week_to_text(const Schedule& schedule, const Knowledge& knowledge,
                         Colour colour = Colour::off);

/// One Markdown table per week, ready to paste, with the suggested bookings listed under it.
std::string week_to_markdown(const Schedule& schedule, const Knowledge& knowledge);

/// The documented JSON object (docs/week.md).
nlohmann::ordered_json week_to_json(const Schedule& schedule, const Knowledge& knowledge);

}  // namespace runmassage
