// Decompressing gzip files (through zlib) with a ceiling on the decompressed size.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace runmassage {

/// Whether `bytes` start with the gzip signature (1f 8b).
bool is_gzip(std::string_view bytes);

/// The decompressed contents of gzip data (every member, when members are concatenated).
/// Throws DataError naming `file` for data that is not gzip, is cut short or is corrupt, or
/// that would decompress to more than `max_bytes`.
std::string gunzip(std::string_view bytes, const std::string& file, std::size_t max_bytes);

}  // namespace runmassage
