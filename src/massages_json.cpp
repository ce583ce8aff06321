// Reading massages.json into the catalogue, refusing anything malformed with its location.
#include "runmassage/massages_json.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <tuple>

namespace runmassage {

using detail::Node;

std::pair<int, int> detail::parse_minutes(const Node& minutes) {
  minutes.expect_object({"min", "max"});
  const int min = minutes.at("min").integer(1, 600);
  const int max = minutes.at("max").integer(1, 600);
  if (max < min) minutes.at("max").fail("max is less than min");
  return {min, max};
}

Catalogue parse_catalogue(const DataFile& file) {
  nlohmann::json root = detail::parse_json(file);
  Node top(root, file.name, "");
  top.expect_object({"focus", "techniques", "types"});
  Catalogue catalogue;
  catalogue.focus = top.at("focus").texts();

  auto technique_nodes = top.at("techniques").elements();
  for (const auto& node : technique_nodes) {
    node.expect_object({"id", "name", "description", "targets"});
    catalogue.techniques.push_back({node.at("id").text(), node.at("name").text(),
                                    node.at("description").text(), node.at("targets").texts()});
  }
  detail::check_unique_ids(catalogue.techniques, technique_nodes);

  auto type_nodes = top.at("types").elements();
  for (const auto& node : type_nodes) {
    node.expect_object({"id", "name", "purpose", "timing", "minutes", "techniques"});
    MassageType type{node.at("id").text(),
                     node.at("name").text(),
                     node.at("purpose").text(),
                     node.at("timing").text(),
                     0,
                     0,
                     {}};
    std::tie(type.min_minutes, type.max_minutes) = detail::parse_minutes(node.at("minutes"));
    for (const auto& ref : node.at("techniques").elements()) {
      auto index = catalogue.find_technique(ref.text());
      if (!index) ref.fail("unknown technique \"" + ref.text() + "\"");
      type.techniques.push_back(*index);
    }
    catalogue.types.push_back(std::move(type));
  }
  detail::check_unique_ids(catalogue.types, type_nodes);
  return catalogue;
}

}  // namespace runmassage
