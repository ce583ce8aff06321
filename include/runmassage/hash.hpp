// A hash of a few bytes, for the tables batch looks things up in every line.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace runmassage {

/// The bytes' 64-bit words (and the rest) mixed by multiplying, seeded with `seed`: a few
/// instructions for the short keys batch uses (workout words, decision keys, a line's facts,
/// dates), where a call to std::hash cost more than the look-up. The top bits depend on every
/// byte: pick slots from them.
inline std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed = 0) {
  constexpr std::uint64_t multiplier = 0x9e3779b97f4a7c15ULL;
  auto load = [&](std::size_t at, auto word) {
    std::memcpy(&word, bytes.data() + at, sizeof word);
    return static_cast<std::uint64_t>(word);
  };
  const std::size_t size = bytes.size();
  std::uint64_t hash = (seed ^ size) * multiplier;
  std::size_t at = 0;
  for (; at + sizeof(std::uint64_t) <= size; at += sizeof(std::uint64_t)) {
    hash = (hash ^ load(at, std::uint64_t{})) * multiplier;
  }
  // The bytes left, read in at most two loads (the length, mixed in above, tells their place):
  // the last eight when there were eight before them, else four from each end, else each.
  std::uint64_t tail = 0;
  if (at < size) {
    if (size >= sizeof(std::uint64_t)) {
      tail = load(size - sizeof(std::uint64_t), std::uint64_t{});
    } else if (size >= sizeof(std::uint32_t)) {
      tail = load(0, std::uint32_t{}) << 32 | load(size - sizeof(std::uint32_t), std::uint32_t{});
    } else {
      auto byte = [&](std::size_t i) {
        return std::uint64_t{static_cast<unsigned char>(bytes[i])};
      };
      tail = byte(0) << 16 | byte(size / 2) << 8 | byte(size - 1);
    }
  }
  return (hash ^ tail) * multiplier;
}

}  // namespace runmassage
