// Decisions remembered by fact classes; see decision_memo.hpp for why this is exact.
#include "runmassage/decision_memo.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace runmassage {
namespace {

// A byte holds classes 0 (absent) to 2 * n + 2 for n numbers.
constexpr std::size_t max_bounds = 126;

// A bound on memory for rule files whose facts fall into very many classes; the default
// rules produce a few hundred.
constexpr std::size_t max_decisions = 4096;

void collect(const Condition& condition, std::array<std::vector<double>, fact_count>& bounds) {
  if (condition.kind != Condition::Kind::compare) {
    for (const Condition& child : condition.children) collect(child, bounds);
    return;
  }
  auto& numbers = bounds[static_cast<std::size_t>(condition.fact)];
  numbers.insert(numbers.end(), condition.values.begin(), condition.values.end());
}

// Where a value falls among sorted numbers: 2n + 1 when n of them are less than it and it
// equals none, 2n + 2 when n are less and it equals the next.
std::uint8_t class_among(const std::vector<double>& numbers, double value) {
  std::size_t below = 0;
  while (below < numbers.size() && numbers[below] < value) ++below;
  const bool equal = below < numbers.size() && numbers[below] == value;
  return static_cast<std::uint8_t>(2 * below + (equal ? 2 : 1));
}

}  // namespace

DecisionMemo::DecisionMemo(const RuleSet& rules) : rules_(rules) {
  for (const Rule& rule : rules.rules()) collect(rule.condition, bounds_);
  for (std::size_t fact = 0; fact < fact_count; ++fact) {
    auto& numbers = bounds_[fact];
    if (numbers.empty()) continue;
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    if (numbers.size() > max_bounds) usable_ = false;
    named_.push_back(fact);
  }
  if (!usable_) return;
  for (std::size_t fact : named_) {
    for (std::size_t i = 0; i < small_[fact].size(); ++i) {
      small_[fact][i] = class_among(bounds_[fact], small_first + static_cast<double>(i));
    }
  }
}

namespace {

// A key as its two 64-bit halves, for hashing and comparing it in a few instructions.
struct KeyWords {
  std::uint64_t low = 0;
  std::uint64_t high = 0;
};

template <typename Key>
KeyWords words_of(const Key& key) {
  KeyWords words;
  static_assert(sizeof(Key) == sizeof words.low + sizeof words.high);
  std::memcpy(&words.low, key.data(), sizeof words.low);
  std::memcpy(&words.high, key.data() + sizeof words.low, sizeof words.high);
  return words;
}

}  // namespace

std::size_t DecisionMemo::hash(const Key& key) noexcept {
  const KeyWords words = words_of(key);
  std::uint64_t hash = (words.low ^ (words.high * 0x9e3779b97f4a7c15ULL)) * 0xff51afd7ed558ccdULL;
  return static_cast<std::size_t>(hash ^ (hash >> 32));
}

bool DecisionMemo::same(const Key& a, const Key& b) noexcept {
  const KeyWords x = words_of(a);
  const KeyWords y = words_of(b);
  return x.low == y.low && x.high == y.high;
}

void DecisionMemo::place(const Key& key, std::uint32_t decision) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash(key) & mask;
  while (slots_[i].decision != 0) i = (i + 1) & mask;
  slots_[i] = {key, decision};
}

bool DecisionMemo::classify(const Facts& facts, Key& key) const {
  if (!usable_) return false;
  for (std::size_t fact : named_) {
    const auto& value = facts.values[fact];
    if (!value) {
      key[fact] = 0;
      continue;
    }
    // The table first: NaN fails its range test, and is caught before the search. In range,
    // the index converts once, and a whole number converts back to itself.
    const double index = *value - small_first;
    if (index >= 0 && index < static_cast<double>(small_[fact].size())) {
      const auto whole = static_cast<unsigned>(index);
      if (static_cast<double>(whole) == index) {
        key[fact] = small_[fact][whole];
        continue;
      }
    }
    if (std::isnan(*value)) return false;
    key[fact] = class_among(bounds_[fact], *value);
  }
  return true;
}

const Decision& DecisionMemo::decide(const Facts& facts) {
  if (!classify(facts, key_)) {
    rules_.decide(facts, unremembered_);
    return unremembered_;
  }
  if (!slots_.empty()) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(key_) & mask; slots_[i].decision != 0; i = (i + 1) & mask) {
      if (same(slots_[i].key, key_)) return decisions_[slots_[i].decision - 1];
    }
  }
  if (decisions_.size() >= max_decisions) {
    decisions_.clear();
    std::fill(slots_.begin(), slots_.end(), Slot{});
  }
  // At most half the slots full, so probes stay short and always end at an empty slot.
  if (2 * (decisions_.size() + 1) > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(64, 2 * old.size()), Slot{});
    for (const Slot& slot : old) {
      if (slot.decision != 0) place(slot.key, slot.decision);
    }
  }
  decisions_.push_back(rules_.decide(facts));
  place(key_, static_cast<std::uint32_t>(decisions_.size()));
  return decisions_.back();
}

}  // namespace runmassage
