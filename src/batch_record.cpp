// The plain batch record, read without a general JSON parser; see batch_record.hpp for why
// accepting only this shape keeps batch's output exactly that of the general reader.
#include "runmassage/batch_record.hpp"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "runmassage/batch.hpp"

namespace runmassage {
namespace {

#if !defined(__SSE2__)
constexpr std::uint64_t ones = 0x0101010101010101ULL;
constexpr std::uint64_t high_bits = 0x8080808080808080ULL;

// The zero bytes of `word`, as their high bits. A borrow can flag a byte only after a true
// zero byte, so the first flag is always exact, and only the first is used.
constexpr std::uint64_t zero_bytes(std::uint64_t word) { return (word - ones) & ~word & high_bits; }
#endif

// The offset of the first byte at or after `at` that ends a plain string: the closing quote,
// or one the general reader must see (a backslash starts an escape, a control character is
// invalid in a string, a byte over 0x7f is UTF-8, which it validates). Reads in blocks that may
// run past `end`, into the read-ahead; returns at least end - at when no such byte is before
// `end`.
std::size_t string_stop(const char* at, const char* end) {
#if defined(__SSE2__)
  // Sixteen bytes at a time: most strings end in the first block.
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i space = _mm_set1_epi8(0x20);
  for (const char* block = at; block < end; block += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block));
    // A signed comparison: bytes over 0x7f are negative, so below a space too.
    const __m128i stops =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
                     _mm_cmplt_epi8(bytes, space));
    const int mask = _mm_movemask_epi8(stops);
    if (mask != 0)
      return static_cast<std::size_t>(block - at) +
             static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  // Eight bytes at a time in a 64-bit word.
  for (const char* block = at; block < end; block += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, block, sizeof word);
    const std::uint64_t stops = zero_bytes(word ^ (ones * '"')) | zero_bytes(word ^ (ones * '\\')) |
                                (((word - ones * 0x20) | word) & high_bits);
    // The first stop byte: the lowest set bit, little-endian.
    if (stops != 0)
      return static_cast<std::size_t>(block - at) +
             static_cast<std::size_t>(__builtin_ctzll(stops) / 8);
  }
#else
  for (const char* byte = at; byte < end; ++byte) {
    const auto c = static_cast<unsigned char>(*byte);
    if (c == '"' || c == '\\' || c < 0x20 || c > 0x7f) return static_cast<std::size_t>(byte - at);
  }
#endif
  return static_cast<std::size_t>(end - at);
}

// A line being read: the next byte and the end. The read-ahead lets strings be searched a block
// at a time.
class Cursor {
 public:
  explicit Cursor(std::string_view line) : at_(line.data()), end_(line.data() + line.size()) {}

  [[nodiscard]] bool done() {
    skip_space();
    return at_ == end_;
  }

  // Takes `c`, after any whitespace, if it is next.
  bool take(char c) {
    if (at_ == end_ || *at_ != c) {  // most records have no whitespace: look first
      skip_space();
      if (at_ == end_ || *at_ != c) return false;
    }
    ++at_;
    return true;
  }

  // Takes a plain string (see string_stop), after any whitespace, without its quotes.
  bool string(std::string_view& text) {
    if (!take('"')) return false;
    const char* const stop = at_ + string_stop(at_, end_);
    if (stop >= end_ || *stop != '"') return false;
    text = std::string_view(at_, static_cast<std::size_t>(stop - at_));
    at_ = stop + 1;
    return true;
  }

  // Takes `text` if it comes next, with no whitespace before it. A known key is matched whole
  // this way (its name and closing quote, since a key with an escape is not plain), instead of
  // searched for its end.
  bool literal(std::string_view text) {
    if (static_cast<std::size_t>(end_ - at_) < text.size() ||
        std::memcmp(at_, text.data(), text.size()) != 0) {
      return false;
    }
    at_ += text.size();
    return true;
  }

  // Takes null, after any whitespace.
  bool null() {
    skip_space();
    if (end_ - at_ < 4 || std::memcmp(at_, "null", 4) != 0) return false;
    at_ += 4;
    return true;  // what follows must be a comma or a brace, which the caller takes
  }

  // Takes a number -?(0|[1-9][0-9]*)(.[0-9]+)? of at most 18 digits, which the general reader
  // parses exactly: no exponent, nothing near a double's range.
  bool number(std::string_view& text) {
    skip_space();
    const char* const start = at_;
    if (at_ != end_ && *at_ == '-') ++at_;
    const char* const first = at_;
    const std::size_t whole = digits();
    if (whole == 0 || (whole > 1 && *first == '0')) return false;
    std::size_t fraction = 0;
    if (at_ != end_ && *at_ == '.') {
      ++at_;
      fraction = digits();
      if (fraction == 0) return false;
    }
    if (whole + fraction > 18) return false;
    text = std::string_view(start, static_cast<std::size_t>(at_ - start));
    return true;
  }

  // Whether the next byte, after any whitespace, is `c` (not taken).
  bool next_is(char c) {
    if (at_ != end_ && *at_ == c) return true;
    skip_space();
    return at_ != end_ && *at_ == c;
  }

 private:
  // JSON's whitespace; a line holds no newline.
  void skip_space() {
    while (at_ != end_ && (*at_ == ' ' || *at_ == '\t' || *at_ == '\r')) ++at_;
  }

  std::size_t digits() {
    const char* const start = at_;
    while (at_ != end_ && *at_ >= '0' && *at_ <= '9') ++at_;
    return static_cast<std::size_t>(at_ - start);
  }

  const char* at_;
  const char* end_;
};

// A date field's value: a plain string, or null for "not given".
bool date_value(Cursor& line, std::optional<std::string_view>& date) {
  if (line.next_is('n')) {
    date.reset();
    return line.null();
  }
  std::string_view text;
  if (!line.string(text)) return false;
  date = text;
  return true;
}

}  // namespace

bool read_plain_record(std::string_view line, BatchRecord& record) {
  record.id_json = {};
  record.today = record.last_run = record.next_run = std::nullopt;
  record.races.clear();
  Cursor cursor(line);
  if (!cursor.take('{')) return false;
  if (cursor.take('}')) return cursor.done();
  unsigned seen = 0;
  do {
    // The key, as the bit of `seen` it sets.
    unsigned bit = 0;
    if (!cursor.take('"')) return false;
    if (cursor.literal("id\"")) {
      bit = 1;
    } else if (cursor.literal("today\"")) {
      bit = 2;
    } else if (cursor.literal("last_run\"")) {
      bit = 4;
    } else if (cursor.literal("next_run\"")) {
      bit = 8;
    } else if (cursor.literal("races\"")) {
      bit = 16;
    }
    if (bit == 0 || (seen & bit) != 0 || !cursor.take(':')) return false;
    seen |= bit;
    bool read = false;
    switch (bit) {
      case 1: {
        // The id is echoed as written, quotes and all.
        std::string_view id;
        if (cursor.next_is('"')) {
          read = cursor.string(id);
          if (read) id = std::string_view(id.data() - 1, id.size() + 2);
        } else {
          read = cursor.number(id);
        }
        record.id_json = id;
        break;
      }
      case 2:
      case 4:
      case 8:  // one call for the three, so that it is inlined
        read = date_value(cursor, bit == 2   ? record.today
                                  : bit == 4 ? record.last_run
                                             : record.next_run);
        break;
      default:
        read = cursor.take('[');
        if (read && !cursor.take(']')) {
          do {
            std::string_view race;
            read = record.races.size() < max_batch_races && cursor.string(race);
            if (read) record.races.push_back(race);
          } while (read && cursor.take(','));
          read = read && cursor.take(']');
        }
        break;
    }
    if (!read) return false;
  } while (cursor.take(','));
  return cursor.take('}') && cursor.done();
}

}  // namespace runmassage
