// The rules check: every situation the inputs can produce, run through the rules, looking for
// days with no advice, rules that never matter and suggestion picks that can never be booked.
#pragma once

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runmassage/date.hpp"
#include "runmassage/knowledge.hpp"

namespace runmassage {

/// What the check found.
enum class FindingKind : std::uint8_t {
  gap,          ///< a situation where no massage is recommended
  never_fires,  ///< a rule whose conditions hold in no situation
  never_wins,   ///< a recommend rule that fires but never decides the recommendation
  dead_pick,    ///< a suggestion pick whose massage is never recommended inside its window
};

/// "gap", "never-fires", "never-wins", "dead-pick".
std::string_view finding_kind_name(FindingKind kind);

/// A situation as a runner would type it: the fields of one batch line.
struct CheckExample {
  Date today;
  std::optional<std::string> last_run;  ///< "2024-06-01:long", as the batch field
  std::optional<std::string> next_run;
  std::vector<std::string> races;
};

/// One finding with a situation that shows it.
struct Finding {
  FindingKind kind = FindingKind::gap;
  std::string subject;  ///< the rule or pick id; empty for a gap
  std::string message;  ///< one sentence for the clinic
  CheckExample example;
};

/// What `rules check` reports.
struct CheckReport {
  std::size_t situations = 0;  ///< the situations run through the rules
  std::vector<Finding> findings;
};

/// The day every example is planned on (a Monday, so weekday words stay readable).
inline constexpr Date check_today{date::year{2024}, date::June, date::day{3}};

/// Runs the rules (and the suggestion picks, if loaded) over the whole situation space; see
/// docs/rules.md ("Checking rules") for how it is built and why it is complete.
CheckReport check_rules(const Knowledge& knowledge);

/// The report for people: one paragraph per finding, then a summary line.
std::string check_to_text(const CheckReport& report);

/// The report as JSON: {"situations", "findings": [{"kind", "rule"|"pick", "message", "example"}]}.
nlohmann::ordered_json check_to_json(const CheckReport& report);

/// The example as a batch line's object: {"today", "last_run", "next_run", "races"}.
nlohmann::ordered_json example_to_json(const CheckExample& example);

}  // namespace runmassage
