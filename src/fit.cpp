// FIT decoder: header and CRC, definition and data messages, compressed timestamps, and the
// file_id, sport, session, lap and record messages that describe a finished activity.
#include "runmassage/fit.hpp"

#include <array>
#include <cstring>
#include <optional>

#include "runmassage/error.hpp"

namespace runmassage {
namespace {

// Global message numbers and field numbers from the FIT profile.
constexpr std::uint16_t msg_file_id = 0;
constexpr std::uint16_t msg_sport = 12;
constexpr std::uint16_t msg_session = 18;
constexpr std::uint16_t msg_lap = 19;
constexpr std::uint16_t msg_record = 20;
constexpr std::uint8_t field_timestamp = 253;
constexpr std::uint64_t file_type_activity = 4;
constexpr std::uint64_t sport_running = 1;
// date_time values below this count seconds since the device powered on, not since 1989.
constexpr std::uint64_t min_absolute_time = 0x10000000;

struct BaseType {
  std::uint8_t size;
  std::uint64_t invalid;
  bool is_signed;
  bool is_float;
};

// Indexed by the base type's number (its low 5 bits); the string and byte types are read
// as bytes and never as numbers here.
constexpr std::array<BaseType, 17> base_types{{
    {1, 0xFF, false, false},                // 0x00 enum
    {1, 0x7F, true, false},                 // 0x01 sint8
    {1, 0xFF, false, false},                // 0x02 uint8
    {2, 0x7FFF, true, false},               // 0x83 sint16
    {2, 0xFFFF, false, false},              // 0x84 uint16
    {4, 0x7FFFFFFF, true, false},           // 0x85 sint32
    {4, 0xFFFFFFFF, false, false},          // 0x86 uint32
    {1, 0x00, false, false},                // 0x07 string
    {4, 0xFFFFFFFF, false, true},           // 0x88 float32
    {8, 0xFFFFFFFFFFFFFFFF, false, true},   // 0x89 float64
    {1, 0x00, false, false},                // 0x0A uint8z
    {2, 0x0000, false, false},              // 0x8B uint16z
    {4, 0x00000000, false, false},          // 0x8C uint32z
    {1, 0xFF, false, false},                // 0x0D byte
    {8, 0x7FFFFFFFFFFFFFFF, true, false},   // 0x8E sint64
    {8, 0xFFFFFFFFFFFFFFFF, false, false},  // 0x8F uint64
    {8, 0x0000000000000000, false, false},  // 0x90 uint64z
}};

struct FieldDef {
  std::uint8_t number;
  std::uint8_t size;
  std::uint8_t base;
};

struct Definition {
  bool defined = false;
  bool big_endian = false;
  std::uint16_t global = 0;
  std::vector<FieldDef> fields;
  std::vector<std::uint16_t> offsets;        // where each field starts in a data message
  std::array<std::uint8_t, 256> position{};  // field number → index + 1 (0: not defined)
  std::size_t size = 0;                      // bytes of one data message, developer fields included
};

// The values of one data message that this decoder looks at, by field number.
class Message {
 public:
  Message(const Definition& definition, const unsigned char* bytes)
      : definition_(definition), bytes_(bytes) {}

  // The field's first value as a number, or nullopt when absent or marked invalid.
  [[nodiscard]] std::optional<double> number(std::uint8_t field) const {
    std::size_t position = definition_.position[field];
    if (position == 0) return std::nullopt;
    return decode(definition_.fields[position - 1], bytes_ + definition_.offsets[position - 1]);
  }

 private:
  [[nodiscard]] std::optional<double> decode(const FieldDef& def, const unsigned char* at) const {
    std::size_t index = def.base & 0x1F;
    if (index >= base_types.size() || index == 0x07 || index == 0x0D) return std::nullopt;
    const BaseType& type = base_types[index];
    if (def.size < type.size) return std::nullopt;
    std::uint64_t raw = 0;
    for (std::size_t i = 0; i < type.size; ++i) {
      std::size_t shift = definition_.big_endian ? (type.size - 1 - i) : i;
      raw |= static_cast<std::uint64_t>(at[i]) << (8 * shift);
    }
    if (raw == type.invalid) return std::nullopt;
    if (type.is_float) {
      if (type.size == 4) {
        auto bits = static_cast<std::uint32_t>(raw);
        float value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return static_cast<double>(value);
      }
      double value = 0;
      std::memcpy(&value, &raw, sizeof value);
      return value;
    }
    if (type.is_signed) {
      unsigned bits = 8u * type.size;
      // Two's complement, the 64-bit case by conversion (modular in every compiler we use).
      if (bits == 64) return static_cast<double>(static_cast<std::int64_t>(raw));
      auto value = static_cast<std::int64_t>(raw);
      if (raw >> (bits - 1)) value -= static_cast<std::int64_t>(std::uint64_t{1} << bits);
      return static_cast<double>(value);
    }
    return static_cast<double>(raw);
  }

  const Definition& definition_;
  const unsigned char* bytes_;
};

// What one session, lap or the records say about the activity; FIT units converted.
struct Summary {
  std::optional<std::int64_t> start_fit;  // seconds since the FIT epoch
  std::optional<std::int64_t> end_fit;
  std::optional<double> seconds;
  std::optional<double> metres;
  std::optional<double> avg_hr;
  std::optional<std::uint64_t> sport;
};

std::optional<std::int64_t> fit_time(const std::optional<double>& value) {
  if (!value || !(*value >= static_cast<double>(min_absolute_time)) || *value > 0xFFFFFFFF) {
    return std::nullopt;
  }
  return static_cast<std::int64_t>(*value);
}

// A value a field may hold: a field defined with an odd base type (signed, float) can
// decode to anything, and what is negative, not finite or beyond `max` counts as absent.
std::optional<double> within(const std::optional<double>& value, double max) {
  if (!value || !(*value >= 0) || !(*value <= max)) return std::nullopt;
  return value;
}

std::optional<std::uint64_t> code(const std::optional<double>& value) {
  if (auto usable = within(value, 255)) return static_cast<std::uint64_t>(*usable);
  return std::nullopt;
}

// Bounds beyond any real activity: about 116 days, 100,000 km, 300 bpm.
constexpr double max_milliseconds = 1e10;
constexpr double max_centimetres = 1e10;
constexpr double max_heart_rate = 300;

// Everything gathered from the file before it is turned into activities.
struct Gathered {
  std::optional<std::uint64_t> file_type;
  std::optional<std::uint64_t> sport;  // from the sport message
  std::vector<Summary> sessions;
  std::vector<Summary> laps;
  std::optional<std::int64_t> first_time;
  std::optional<std::int64_t> first_record_time;
  std::optional<std::int64_t> last_record_time;
  std::optional<double> last_record_metres;
  double record_hr_sum = 0;
  std::size_t record_hr_count = 0;
};

void take(const Definition& definition, const Message& message, std::optional<std::int64_t> time,
          Gathered& out) {
  switch (definition.global) {
    case msg_file_id:
      if (auto type = code(message.number(0))) out.file_type = type;
      break;
    case msg_sport:
      if (auto sport = code(message.number(0))) out.sport = sport;
      break;
    case msg_session:
    case msg_lap: {
      bool session = definition.global == msg_session;
      Summary summary;
      summary.start_fit = fit_time(message.number(2));
      summary.end_fit = time;
      if (auto ms = within(message.number(7), max_milliseconds)) summary.seconds = *ms / 1000.0;
      if (auto cm = within(message.number(9), max_centimetres)) summary.metres = *cm / 100.0;
      summary.avg_hr = within(message.number(session ? 16 : 15), max_heart_rate);
      summary.sport = code(message.number(session ? 5 : 25));
      (session ? out.sessions : out.laps).push_back(summary);
      break;
    }
    case msg_record:
      if (time) {
        if (!out.first_record_time) out.first_record_time = time;
        out.last_record_time = time;
      }
      if (auto cm = within(message.number(5), max_centimetres))
        out.last_record_metres = *cm / 100.0;
      if (auto hr = within(message.number(3), max_heart_rate)) {
        out.record_hr_sum += *hr;
        ++out.record_hr_count;
      }
      break;
    default: break;
  }
}

// Reads the data records of one FIT file (one link of a chain) at `bytes[start, end)`.
void read_records(const unsigned char* bytes, std::size_t start, std::size_t end,
                  const std::string& file, const ReadLimits& limits, std::size_t& records,
                  Gathered& out) {
  std::array<Definition, 16> definitions{};
  std::optional<std::uint32_t> last_time;
  std::size_t pos = start;
  auto fail = [&](std::size_t at, const std::string& why) {
    throw DataError(file + ": byte " + std::to_string(at) + ": " + why);
  };
  auto need = [&](std::size_t at, std::size_t count, const char* what) {
    if (count > end - at) fail(at, std::string(what) + " runs past the end of the data");
  };
  while (pos < end) {
    if (++records > limits.max_records) {
      fail(pos, "more than the limit of " + std::to_string(limits.max_records) + " messages");
    }
    std::size_t header_at = pos;
    unsigned char header = bytes[pos++];
    if ((header & 0x80) == 0 && (header & 0x40) != 0) {
      // Definition message: reserved, architecture, global number, fields[, developer fields].
      need(pos, 5, "definition message");
      Definition definition;
      definition.defined = true;
      unsigned char architecture = bytes[pos + 1];
      if (architecture > 1) fail(pos + 1, "architecture byte is neither 0 nor 1");
      definition.big_endian = architecture == 1;
      definition.global = definition.big_endian
                              ? static_cast<std::uint16_t>(bytes[pos + 2] << 8 | bytes[pos + 3])
                              : static_cast<std::uint16_t>(bytes[pos + 3] << 8 | bytes[pos + 2]);
      std::size_t count = bytes[pos + 4];
      pos += 5;
      need(pos, 3 * count, "field definitions");
      for (std::size_t i = 0; i < count; ++i, pos += 3) {
        FieldDef field{bytes[pos], bytes[pos + 1], bytes[pos + 2]};
        if (field.size == 0) fail(pos + 1, "field of size 0");
        definition.fields.push_back(field);
        definition.offsets.push_back(static_cast<std::uint16_t>(definition.size));
        // A field number given twice: the first counts.
        if (definition.position[field.number] == 0) {
          definition.position[field.number] = static_cast<std::uint8_t>(i + 1);
        }
        definition.size += field.size;
      }
      if (header & 0x20) {
        // Developer fields are not interpreted, only skipped: their sizes count.
        need(pos, 1, "developer field count");
        std::size_t developer = bytes[pos++];
        need(pos, 3 * developer, "developer field definitions");
        for (std::size_t i = 0; i < developer; ++i, pos += 3) definition.size += bytes[pos + 1];
      }
      definitions[header & 0x0F] = std::move(definition);
      continue;
    }
    // Data message, with a normal header or a compressed-timestamp one.
    std::optional<std::uint32_t> time;
    std::size_t local = header & 0x0F;
    if (header & 0x80) {
      local = (header >> 5) & 0x03;
      if (!last_time) fail(header_at, "compressed timestamp before any timestamp");
      std::uint32_t offset = header & 0x1Fu;
      std::uint32_t base = *last_time & ~0x1Fu;
      time = base + offset + (offset < (*last_time & 0x1Fu) ? 0x20u : 0u);  // 5 bits roll over
      last_time = time;
    }
    const Definition& definition = definitions[local];
    if (!definition.defined) {
      fail(header_at, "data message of local type " + std::to_string(local) + " never defined");
    }
    need(pos, definition.size, "data message");
    Message message(definition, bytes + pos);
    if (auto stamp = message.number(field_timestamp)) {
      if (*stamp >= 0 && *stamp <= 0xFFFFFFFF) {
        time = static_cast<std::uint32_t>(*stamp);
        last_time = time;
      }
    }
    std::optional<std::int64_t> absolute;
    if (time && *time >= min_absolute_time) absolute = static_cast<std::int64_t>(*time);
    if (absolute && !out.first_time) out.first_time = absolute;
    take(definition, message, absolute, out);
    pos += definition.size;
  }
}

Sport sport_of(std::optional<std::uint64_t> code) {
  if (!code || *code == 0xFF) return Sport::run;  // unstated: this is a runner's history
  if (*code == sport_running) return Sport::run;
  return Sport::other;  // generic, cycling, walking and the rest are not runs
}

Activity make_activity(const Summary& summary, std::optional<std::int64_t> fallback_start,
                       const std::string& file, const UtcOffset& offset) {
  std::optional<std::int64_t> start = summary.start_fit;
  if (!start && summary.end_fit && summary.seconds) {
    start = *summary.end_fit - static_cast<std::int64_t>(*summary.seconds);
  }
  if (!start) start = fallback_start;
  if (!start) throw DataError(file + ": activity has no start time");
  Activity activity;
  activity.start_utc = *start + fit_epoch_unix;
  activity.day = local_day(activity.start_utc, offset);
  activity.sport = sport_of(summary.sport);
  if (summary.seconds) activity.minutes = *summary.seconds / 60.0;
  if (summary.metres) activity.km = *summary.metres / 1000.0;
  activity.avg_hr = summary.avg_hr;
  activity.source = file;
  return activity;
}

std::uint32_t read_le32(const unsigned char* at) {
  return static_cast<std::uint32_t>(at[0]) | static_cast<std::uint32_t>(at[1]) << 8 |
         static_cast<std::uint32_t>(at[2]) << 16 | static_cast<std::uint32_t>(at[3]) << 24;
}

}  // namespace

namespace {

// The protocol's CRC works a nibble at a time with this table: low nibble, then high.
constexpr std::array<std::uint16_t, 16> crc_nibbles{0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00,
                                                    0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401,
                                                    0x5000, 0x9C01, 0x8801, 0x4400};

constexpr std::uint16_t crc_nibble_step(std::uint16_t crc, unsigned nibble) {
  std::uint16_t tmp = crc_nibbles[crc & 0xF];
  crc = static_cast<std::uint16_t>((crc >> 4) & 0x0FFF);
  return static_cast<std::uint16_t>(crc ^ tmp ^ crc_nibbles[nibble & 0xF]);
}

// The same CRC eight bytes at a step ("slicing by 8"): tables[0] holds each byte's two
// nibble steps from 0, and tables[k] the same followed by k zero bytes. Over a file of
// activity records this is the decoder's largest cost, hence the tables.
using CrcTables = std::array<std::array<std::uint16_t, 256>, 8>;
constexpr CrcTables crc_tables = [] {
  CrcTables tables{};
  for (unsigned byte = 0; byte < 256; ++byte) {
    tables[0][byte] = crc_nibble_step(crc_nibble_step(0, byte & 0xF), byte >> 4);
  }
  for (std::size_t k = 1; k < tables.size(); ++k) {
    for (unsigned byte = 0; byte < 256; ++byte) {
      std::uint16_t previous = tables[k - 1][byte];
      tables[k][byte] = static_cast<std::uint16_t>((previous >> 8) ^ tables[0][previous & 0xFF]);
    }
  }
  return tables;
}();

}  // namespace

std::uint16_t fit_crc(std::string_view bytes, std::uint16_t crc) {
  const auto* at = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t left = bytes.size();
  const CrcTables& t = crc_tables;
  for (; left >= 8; left -= 8, at += 8) {
    // The CRC so far is folded into the first two bytes; each byte then advances through
    // the zero bytes that follow it within the eight.
    unsigned low = (crc ^ at[0]) & 0xFF;
    unsigned high = ((crc >> 8) ^ at[1]) & 0xFF;
    crc = static_cast<std::uint16_t>(t[7][low] ^ t[6][high] ^ t[5][at[2]] ^ t[4][at[3]] ^
                                     t[3][at[4]] ^ t[2][at[5]] ^ t[1][at[6]] ^ t[0][at[7]]);
  }
  for (; left > 0; --left, ++at) {
    crc = static_cast<std::uint16_t>((crc >> 8) ^ t[0][(crc ^ *at) & 0xFF]);
  }
  return crc;
}

std::vector<Activity> read_fit(std::string_view bytes, const std::string& file,
                               const UtcOffset& offset, const ReadLimits& limits) {
  const auto* raw = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t size = bytes.size();
  auto fail = [&](std::size_t at, const std::string& why) {
    throw DataError(file + ": byte " + std::to_string(at) + ": " + why);
  };
  Gathered gathered;
  std::size_t records = 0;
  std::size_t pos = 0;
  do {
    if (size - pos < 12) fail(pos, "too short for a FIT file header");
    std::size_t header_size = raw[pos];
    if (header_size != 12 && header_size != 14) {
      fail(pos, "FIT header size " + std::to_string(header_size) + " is neither 12 nor 14");
    }
    if (size - pos < header_size) fail(pos, "FIT header cut short");
    if (std::memcmp(raw + pos + 8, ".FIT", 4) != 0) fail(pos + 8, "no .FIT signature");
    if (header_size == 14) {
      auto stored = static_cast<std::uint16_t>(raw[pos + 12] | raw[pos + 13] << 8);
      if (stored != 0 && stored != fit_crc(bytes.substr(pos, 12))) {
        fail(pos + 12, "header CRC does not match");
      }
    }
    std::size_t data_size = read_le32(raw + pos + 4);
    std::size_t data_start = pos + header_size;
    if (data_size > size - data_start || size - data_start - data_size < 2) {
      fail(pos + 4, "data size " + std::to_string(data_size) + " runs past the end of the file (" +
                        std::to_string(size) + " bytes)");
    }
    std::size_t data_end = data_start + data_size;
    auto stored = static_cast<std::uint16_t>(raw[data_end] | raw[data_end + 1] << 8);
    std::uint16_t computed = fit_crc(bytes.substr(pos, header_size + data_size));
    if (stored != computed) fail(data_end, "file CRC does not match: the file is corrupt");
    read_records(raw, data_start, data_end, file, limits, records, gathered);
    pos = data_end + 2;
  } while (pos < size);

  std::vector<Activity> out;
  if (gathered.file_type && *gathered.file_type != file_type_activity) return out;
  for (const Summary& session : gathered.sessions) {
    out.push_back(make_activity(session, gathered.first_time, file, offset));
  }
  if (!out.empty()) return out;
  Summary whole;
  whole.sport = gathered.sport;
  if (!gathered.laps.empty()) {
    // No session: the laps together make the activity; heart rate weighted by lap time.
    double weighted_hr = 0;
    double hr_seconds = 0;
    for (const Summary& lap : gathered.laps) {
      if (!whole.start_fit) whole.start_fit = lap.start_fit;
      if (!whole.sport) whole.sport = lap.sport;
      if (lap.seconds) whole.seconds = whole.seconds.value_or(0) + *lap.seconds;
      if (lap.metres) whole.metres = whole.metres.value_or(0) + *lap.metres;
      if (lap.avg_hr && lap.seconds && *lap.seconds > 0) {
        weighted_hr += *lap.avg_hr * *lap.seconds;
        hr_seconds += *lap.seconds;
      }
    }
    if (hr_seconds > 0) whole.avg_hr = weighted_hr / hr_seconds;
    out.push_back(make_activity(whole, gathered.first_time, file, offset));
    return out;
  }
  if (gathered.first_record_time) {
    whole.start_fit = gathered.first_record_time;
    whole.seconds = static_cast<double>(*gathered.last_record_time - *gathered.first_record_time);
    whole.metres = gathered.last_record_metres;
    if (gathered.record_hr_count > 0) {
      whole.avg_hr = gathered.record_hr_sum / static_cast<double>(gathered.record_hr_count);
    }
    out.push_back(make_activity(whole, gathered.first_time, file, offset));
    return out;
  }
  throw DataError(file + ": no session, lap or timed record: not an activity");
}

}  // namespace runmassage
