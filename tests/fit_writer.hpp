// Writes FIT files byte by byte, CRCs included, for the tests, the fuzz seeds and bench/.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "runmassage/fit.hpp"

namespace runmassage::test {

/// A field definition: field number, size in bytes and FIT base type (for a developer
/// field the third byte is the developer data index instead).
struct FitField {
  std::uint8_t number;
  std::uint8_t size;
  std::uint8_t base;
};

/// FIT base types used by the tests.
namespace fit_type {
constexpr std::uint8_t enum_ = 0x00, uint8 = 0x02, uint16 = 0x84, uint32 = 0x86, sint32 = 0x85,
                       string = 0x07;
}

/// FIT time (seconds since 1989-12-31 00:00 UTC) of a Unix time.
inline std::uint64_t fit_time(std::int64_t unix_time) {
  return static_cast<std::uint64_t>(unix_time - fit_epoch_unix);
}

/// Appends definition and data messages, then frames them with a header and the CRC.
class FitWriter {
 public:
  /// A definition message for local type `local` (0–15).
  FitWriter& define(int local, std::uint16_t global, std::vector<FitField> fields,
                    bool big_endian = false, std::vector<FitField> developer = {}) {
    std::uint8_t header = 0x40 | static_cast<std::uint8_t>(local);
    if (!developer.empty()) header |= 0x20;
    byte(header);
    byte(0);
    byte(big_endian ? 1 : 0);
    if (big_endian) {
      byte(static_cast<std::uint8_t>(global >> 8));
      byte(static_cast<std::uint8_t>(global));
    } else {
      byte(static_cast<std::uint8_t>(global));
      byte(static_cast<std::uint8_t>(global >> 8));
    }
    byte(static_cast<std::uint8_t>(fields.size()));
    for (const FitField& f : fields) field(f);
    if (!developer.empty()) {
      byte(static_cast<std::uint8_t>(developer.size()));
      for (const FitField& f : developer) field(f);
    }
    definitions_[local] = Definition{big_endian, std::move(fields), std::move(developer)};
    return *this;
  }

  /// A data message with a normal header: one value per field, then the developer fields'
  /// bytes (each filled with 0xAB).
  FitWriter& data(int local, const std::vector<std::uint64_t>& values) {
    byte(static_cast<std::uint8_t>(local));
    return body(local, values);
  }

  /// A data message with a compressed-timestamp header (local type 0–3, offset 0–31).
  FitWriter& compressed(int local, int offset, const std::vector<std::uint64_t>& values) {
    byte(static_cast<std::uint8_t>(0x80 | (local << 5) | (offset & 0x1F)));
    return body(local, values);
  }

  /// Raw bytes, for malformed records.
  FitWriter& raw(const std::string& bytes) {
    records_ += bytes;
    return *this;
  }

  /// The whole file: a 14-byte header (with its CRC, or 0) or a 12-byte one, the records
  /// and the file CRC.
  [[nodiscard]] std::string file(int header_size = 14, bool header_crc = true) const {
    std::string out;
    out += static_cast<char>(header_size);
    out += static_cast<char>(0x20);  // protocol 2.0
    out += static_cast<char>(0x08);  // profile 21.08, little-endian
    out += static_cast<char>(0x08);
    auto size = static_cast<std::uint32_t>(records_.size());
    for (int i = 0; i < 4; ++i) out += static_cast<char>((size >> (8 * i)) & 0xFF);
    out += ".FIT";
    if (header_size == 14) {
      std::uint16_t crc = header_crc ? fit_crc(out) : 0;
      out += static_cast<char>(crc & 0xFF);
      out += static_cast<char>(crc >> 8);
    }
    out += records_;
    std::uint16_t crc = fit_crc(out);
    out += static_cast<char>(crc & 0xFF);
    out += static_cast<char>(crc >> 8);
    return out;
  }

 private:
  struct Definition {
    bool big_endian;
    std::vector<FitField> fields;
    std::vector<FitField> developer;
  };

  void byte(std::uint8_t value) { records_ += static_cast<char>(value); }
  void field(const FitField& f) {
    byte(f.number);
    byte(f.size);
    byte(f.base);
  }

  FitWriter& body(int local, const std::vector<std::uint64_t>& values) {
    const Definition& definition = definitions_.at(local);
    for (std::size_t i = 0; i < definition.fields.size(); ++i) {
      std::size_t size = definition.fields[i].size;
      std::uint64_t value = i < values.size() ? values[i] : 0;
      for (std::size_t b = 0; b < size; ++b) {
        std::size_t shift = definition.big_endian ? size - 1 - b : b;
        byte(shift < 8 ? static_cast<std::uint8_t>(value >> (8 * shift)) : 0);
      }
    }
    for (const FitField& f : definition.developer) records_.append(f.size, '\xAB');
    return *this;
  }

  std::map<int, Definition> definitions_;
  std::string records_;
};

/// A one-session running activity: file_id, then a session starting at `start_unix`.
inline std::string fit_session_file(std::int64_t start_unix, std::uint64_t elapsed_ms,
                                    std::uint64_t distance_cm, std::uint64_t avg_hr,
                                    std::uint64_t sport = 1) {
  using namespace fit_type;
  FitWriter writer;
  writer.define(0, 0, {{0, 1, enum_}, {4, 4, uint32}})
      .data(0, {4, fit_time(start_unix)})
      .define(1, 18,
              {{253, 4, uint32},
               {2, 4, uint32},
               {5, 1, enum_},
               {7, 4, uint32},
               {9, 4, uint32},
               {16, 1, uint8}})
      .data(1, {fit_time(start_unix) + elapsed_ms / 1000, fit_time(start_unix), sport, elapsed_ms,
                distance_cm, avg_hr});
  return writer.file();
}

}  // namespace runmassage::test
