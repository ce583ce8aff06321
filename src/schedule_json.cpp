// Reading schedule.json into the suggestion settings, refusing anything malformed with its
// location.
#include "runmassage/schedule_json.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "runmassage/json_node.hpp"

namespace runmassage {
namespace {

using detail::Node;

constexpr int max_pick_offset = 14;  // two weeks either side of an anchor

SuggestionSettings parse_suggestions(const Node& node, const Catalogue& catalogue) {
  node.expect_object({"budget", "min_days_apart", "picks"});
  SuggestionSettings settings;
  auto budget = parse_budget(node.at("budget").text());
  if (!budget) node.at("budget").fail("expected N/week or N/month with N from 0 to 31");
  settings.budget = *budget;
  settings.min_days_apart = node.at("min_days_apart").integer(1, 28);
  auto nodes = node.at("picks").elements(true);
  for (const auto& pick_node : nodes) {
    pick_node.expect_object({"id", "anchor", "from", "to", "massage", "value", "why"});
    SuggestionPick pick;
    pick.id = pick_node.at("id").text();
    std::string anchor = pick_node.at("anchor").text();
    if (anchor == "race") {
      pick.anchor = Anchor::race;
    } else if (anchor == "long_run") {
      pick.anchor = Anchor::long_run;
    } else {
      pick_node.at("anchor").fail("unknown anchor \"" + anchor + "\" (expected race or long_run)");
    }
    pick.from = pick_node.at("from").integer(-max_pick_offset, max_pick_offset);
    pick.to = pick_node.at("to").integer(-max_pick_offset, max_pick_offset);
    // A window crossing the anchor would mix "before" and "after" advice in one pick.
    if ((pick.from < 0 && pick.to > 0) || (pick.from > 0 && pick.to < 0)) {
      pick_node.at("to").fail("from and to must be on the same side of the anchor");
    }
    auto massage = catalogue.find_type(pick_node.at("massage").text());
    if (!massage) {
      pick_node.at("massage").fail("unknown massage type \"" + pick_node.at("massage").text() +
                                   "\"");
    }
    pick.massage = *massage;
    pick.value = pick_node.at("value").integer(1, 1000);
    pick.why = pick_node.at("why").text();
    settings.picks.push_back(std::move(pick));
  }
  detail::check_unique_ids(settings.picks, nodes);
  return settings;
}

}  // namespace

SuggestionSettings parse_schedule(const DataFile& file, const Catalogue& catalogue) {
  nlohmann::json root = detail::parse_json(file);
  Node top(root, file.name, "");
  top.expect_object({"suggestions"});
  return parse_suggestions(top.at("suggestions"), catalogue);
}

}  // namespace runmassage
