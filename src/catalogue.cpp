// Look-ups in the massage catalogue.
#include "runmassage/catalogue.hpp"

namespace runmassage {
namespace {

template <typename T>
std::optional<std::size_t> find_by_id(const std::vector<T>& items, std::string_view id) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].id == id) return i;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::size_t> Catalogue::find_type(std::string_view id) const {
  return find_by_id(types, id);
}

std::optional<std::size_t> Catalogue::find_technique(std::string_view id) const {
  return find_by_id(techniques, id);
}

}  // namespace runmassage
