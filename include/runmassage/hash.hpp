// A hash of a few bytes, for the tables batch looks things up in every line.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace runmassage {

/// The bytes' 64-bit words (and the rest) mixed by multiplying, seeded with `seed`: a few
/// instructions for the short keys batch uses (workout words, decision keys), where a call to
/// std::hash cost more than the look-up. The top bits depend on every byte: pick slots from them.
inline std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed = 0) {
  constexpr std::uint64_t multiplier = 0x9e3779b97f4a7c15ULL;
  std::uint64_t hash = (seed ^ bytes.size()) * multiplier;
  std::size_t at = 0;
  for (; at + sizeof(std::uint64_t) <= bytes.size(); at += sizeof(std::uint64_t)) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes.data() + at, sizeof word);
    hash = (hash ^ word) * multiplier;
  }
  std::uint64_t tail = 0;
  for (; at < bytes.size(); ++at) tail = (tail << 8) | static_cast<unsigned char>(bytes[at]);
  return (hash ^ tail) * multiplier;
}

}  // namespace runmassage
