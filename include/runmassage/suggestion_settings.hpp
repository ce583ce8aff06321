// How suggested bookings are chosen (data/schedule.json): the picks around races and long runs,
// and the budget of bookings per week or month.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace runmassage {

/// Where a suggestion looks for its day: around each race, or around each week's long run.
enum class Anchor : std::uint8_t { race, long_run };

/// One kind of suggested booking: the first day from `from` to `to` days after an anchor
/// (negative: before it) on which the rules recommend `massage` and the runner is available.
struct SuggestionPick {
  std::string id;
  Anchor anchor = Anchor::race;
  int from = 0;
  int to = 0;
  std::size_t massage = 0;  ///< index into Catalogue::types
  int value = 1;            ///< what the booking is worth; the choice maximises the sum
  std::string why;          ///< one line, written for the runner
};

/// The span a booking budget counts over: a calendar week (by the week start) or month.
enum class BudgetPeriod : std::uint8_t { week, month };

/// At most `count` bookings in any one period.
struct Budget {
  int count = 1;
  BudgetPeriod period = BudgetPeriod::week;
};

/// "1/week" or "2/month"; nullopt for anything else (count 0 to 31).
std::optional<Budget> parse_budget(std::string_view text);
/// "1/week", "2/month".
std::string budget_text(const Budget& budget);

/// How suggested bookings are chosen (data/schedule.json).
struct SuggestionSettings {
  Budget budget;
  int min_days_apart = 2;
  std::vector<SuggestionPick> picks;
};

}  // namespace runmassage
