// The massage catalogue: massage types, their techniques and the runner's focus muscles.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace runmassage {

/// Something the therapist does, and the muscles or joints it works on.
struct Technique {
  std::string id;
  std::string name;
  std::string description;
  std::vector<std::string> targets;
};

/// A kind of massage a runner can book.
struct MassageType {
  std::string id;
  std::string name;
  std::string purpose;
  std::string timing;
  int min_minutes = 0;
  int max_minutes = 0;
  std::vector<std::size_t> techniques;  ///< indices into Catalogue::techniques
};

/// Everything runmassage knows about massage, as loaded from data/massages.json.
struct Catalogue {
  std::vector<std::string> focus;  ///< muscle groups every recommendation focuses on
  std::vector<Technique> techniques;
  std::vector<MassageType> types;

  /// Index of the massage type with this id.
  [[nodiscard]] std::optional<std::size_t> find_type(std::string_view id) const;
  /// Index of the technique with this id.
  [[nodiscard]] std::optional<std::size_t> find_technique(std::string_view id) const;
};

}  // namespace runmassage
