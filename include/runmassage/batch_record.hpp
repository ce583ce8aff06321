// A batch record's fields, and a quick reader for the plain shape nearly every record has.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace runmassage {

/// A record's fields, as found; views into the line or the parser's buffers, valid until the
/// next line.
struct BatchRecord {
  std::string_view id_json;  ///< the id as JSON, ready to echo; empty when absent
  std::optional<std::string_view> today, last_run, next_run;
  std::vector<std::string_view> races;
};

/// The bytes read_plain_record may read past the end of its line (never using them).
inline constexpr std::size_t plain_record_read_ahead = 16;

/// Reads a plain record: a JSON object with only the known keys, each at most once, whose
/// strings hold printable ASCII and no escapes, an id that is such a string or a short number
/// without exponent, dates that are strings or null, and races an array of at most
/// max_batch_races strings. Nearly every batch line is one, and reading it takes a fraction of
/// a general JSON parser's work. Returns false for anything else, valid or not (an escape,
/// UTF-8, a duplicate key, a syntax error, a second value…), with `record` unspecified: the
/// general reader then reads the line, and says what is wrong with it. So this reader need
/// only never accept what the general one reads differently. `line` must be followed by
/// plain_record_read_ahead readable bytes.
bool read_plain_record(std::string_view line, BatchRecord& record);

}  // namespace runmassage
