// Decisions remembered by the classes of the facts the rules compare, for planning many days.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "runmassage/facts.hpp"
#include "runmassage/rules.hpp"

namespace runmassage {

/// The rules' decision, remembered. The rules compare each fact only with the numbers written
/// in them, so two values on the same side of every such number (or equal to the same one)
/// satisfy the same conditions: a fact's class is where its value falls among the sorted
/// numbers the rules compare it with (absent, below the first, equal to the first, between the
/// first and second, …). The decision is a function of the classes of the facts the rules
/// name; facts they never name do not count. So a few hundred distinct decisions serve a
/// million batch lines, whatever distances and dates the lines carry.
class DecisionMemo {
 public:
  explicit DecisionMemo(const RuleSet& rules);

  /// The decision rules.decide(facts) would make, remembered (not copied: batch decides a few
  /// times a line). Valid until the next call.
  const Decision& decide(const Facts& facts);

  /// How many distinct classes of facts have been decided (for tests).
  [[nodiscard]] std::size_t size() const { return decisions_.size(); }

 private:
  using Key = std::array<std::uint8_t, fact_count>;
  // Where a decision is: a slot of an open-addressed table, found by linear probing from the
  // key's hash. Unlike unordered_map's, a look-up takes no division and follows no node
  // pointer, which batch, deciding a few times a line, felt in wall time.
  struct Slot {
    Key key{};
    std::uint32_t decision = 0;  // 1 + its index in decisions_; 0 for an empty slot
  };

  static std::size_t hash(const Key& key) noexcept;
  // Two words compared, not a call to memcmp as std::array's == makes.
  static bool same(const Key& a, const Key& b) noexcept;
  // Puts a decision's position in the first empty slot from its key's hash.
  void place(const Key& key, std::uint32_t decision);

  // Fills `key` with the facts' classes; false when a value has none (NaN), or the rules
  // compare a fact with too many numbers for a byte to tell the classes apart.
  bool classify(const Facts& facts, Key& key) const;

  const RuleSet& rules_;
  std::vector<std::size_t> named_;                      // the facts the rules compare
  std::array<std::vector<double>, fact_count> bounds_;  // the numbers each is compared with
  // The class of each whole number from small_first on, per fact, looked up instead of
  // searched: day counts are small whole numbers.
  static constexpr int small_first = -64;
  std::array<std::array<std::uint8_t, 256>, fact_count> small_{};
  bool usable_ = true;
  Key key_{};
  std::vector<Slot> slots_;  // a power of two, at least twice as many as the decisions
  std::vector<Decision> decisions_;
  Decision unremembered_;  // the decision for facts with no class
};

}  // namespace runmassage
