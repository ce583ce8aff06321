// Rendering plans and the catalogue as text for people and JSON for scripts.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "runmassage/data.hpp"
#include "runmassage/planner.hpp"

namespace runmassage {

/// How much of the catalogue a rendered plan carries.
enum class Detail { full, brief };

/// A plan for a person, wrapped to 80 columns.
std::string plan_to_text(const Plan& plan, const Knowledge& knowledge);

/// A plan as the documented JSON object (docs/json.md).
nlohmann::ordered_json plan_to_json(const Plan& plan, const Knowledge& knowledge,
                                    Detail detail = Detail::full);

/// The parts of the plan JSON that depend only on the decision: recommended, avoid, rules.
nlohmann::ordered_json decision_to_json(const Decision& decision, const Knowledge& knowledge,
                                        Detail detail = Detail::full);

/// The catalogue for a person: each massage type with its techniques.
std::string catalogue_to_text(const Catalogue& catalogue);

/// The catalogue as JSON.
nlohmann::ordered_json catalogue_to_json(const Catalogue& catalogue);

/// `text` wrapped to `width` columns; the first line starts with `first`, the rest with `rest`.
std::string wrap(std::string_view text, std::string_view first, std::string_view rest,
                 std::size_t width = 80);

}  // namespace runmassage
