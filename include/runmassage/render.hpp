// Rendering plans and the catalogue as text for people and JSON for scripts.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "runmassage/knowledge.hpp"
#include "runmassage/planner.hpp"

namespace runmassage {

/// How much of the catalogue a rendered plan carries.
enum class Detail { full, brief };

/// Whether text output may carry ANSI colours; the CLI decides, the renderer obeys.
enum class Colour { off, on };

/// ANSI styles for text output; only `styled` and `append_styled` apply them, and only when
/// colour is on.
namespace style {
inline constexpr std::string_view bold = "\033[1m";
inline constexpr std::string_view good = "\033[1;32m";     // what to book
inline constexpr std::string_view warning = "\033[1;33m";  // races, what to avoid
}  // namespace style

/// `text` in `ansi_style` when colour is on and both are non-empty; otherwise `text` unchanged.
std::string styled(std::string_view text, std::string_view ansi_style, Colour colour);

/// `styled`, appended to `out`.
void append_styled(std::string& out, std::string_view text, std::string_view ansi_style,
                   Colour colour);

/// A plan for a person, wrapped to 80 columns; with colour, the headings stand out.
std::string plan_to_text(const Plan& plan, const Knowledge& knowledge, Colour colour = Colour::off);

/// The version of the JSON shapes; each document's "schema" is runmassage/<command>/<this>.
inline constexpr std::string_view json_version = "v2";

/// The "schema" value of a command's JSON: "runmassage/plan/v2"; docs/schema/ has the schemas.
nlohmann::ordered_json schema_id(std::string_view command);

/// A recommended massage, the same object in plan, batch and week (docs/json.md).
nlohmann::ordered_json recommendation_to_json(std::size_t rule_index, const Knowledge& knowledge,
                                              Detail detail = Detail::full);

/// An avoided massage: {"id", "name", "rule", "why"}, the same object in plan, batch and week.
nlohmann::ordered_json avoidance_to_json(const Avoidance& avoidance, const Knowledge& knowledge);

/// A plan as the documented JSON object (docs/json.md).
nlohmann::ordered_json plan_to_json(const Plan& plan, const Knowledge& knowledge,
                                    Detail detail = Detail::full);

/// The parts of the plan JSON that depend only on the decision: recommended, avoid, rules.
nlohmann::ordered_json decision_to_json(const Decision& decision, const Knowledge& knowledge,
                                        Detail detail = Detail::full);

/// Every registry fact by name, null when absent: days as integers, distances as numbers,
/// kinds as words.
nlohmann::ordered_json facts_to_json(const Facts& facts);

/// One line saying what the plan assumed and what would change ("No next run given: if you
/// run tomorrow, book Swedish massage instead.").
std::string assumption_text(const Assumption& assumption, const Knowledge& knowledge);

/// The catalogue for a person: each massage type with its techniques; with colour, the types'
/// names stand out.
std::string catalogue_to_text(const Catalogue& catalogue, Colour colour = Colour::off);

/// The catalogue as JSON.
nlohmann::ordered_json catalogue_to_json(const Catalogue& catalogue);

/// `text` wrapped to `width` columns; the first line starts with `first`, the rest with `rest`.
std::string wrap(std::string_view text, std::string_view first, std::string_view rest,
                 std::size_t width = 80);

}  // namespace runmassage
