// Booking budgets as written in schedule.json and on the command line ("1/week", "2/month").
#include "runmassage/suggestion_settings.hpp"

#include <charconv>
#include <system_error>

namespace runmassage {

std::optional<Budget> parse_budget(std::string_view text) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 2) return std::nullopt;
  int count = 0;
  const char* first = text.data();
  auto [end, error] = std::from_chars(first, first + slash, count);
  if (error != std::errc() || end != first + slash || count < 0 || count > 31) return std::nullopt;
  const std::string_view period = text.substr(slash + 1);
  if (period == "week") return Budget{count, BudgetPeriod::week};
  if (period == "month") return Budget{count, BudgetPeriod::month};
  return std::nullopt;
}

std::string budget_text(const Budget& budget) {
  return std::to_string(budget.count) + (budget.period == BudgetPeriod::week ? "/week" : "/month");
}

}  // namespace runmassage
