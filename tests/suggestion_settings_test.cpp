// Booking budgets: "N/week" and "N/month" read and written.
#include "catch.hpp"

#include "runmassage/suggestion_settings.hpp"

using namespace runmassage;

TEST_CASE("budgets parse as N/week or N/month", "[suggestion_settings]") {
  CHECK(budget_text(*parse_budget("1/week")) == "1/week");
  CHECK(budget_text(*parse_budget("2/month")) == "2/month");
  CHECK(budget_text(*parse_budget("0/week")) == "0/week");
  CHECK(budget_text(*parse_budget("31/month")) == "31/month");
  CHECK_FALSE(parse_budget("32/month"));
  CHECK_FALSE(parse_budget("1/fortnight"));
  CHECK_FALSE(parse_budget("/week"));
  CHECK_FALSE(parse_budget("-1/week"));
  CHECK_FALSE(parse_budget("1"));
}
