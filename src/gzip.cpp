// gzip through zlib's inflate, stopping as soon as the output passes its ceiling.
#include "runmassage/gzip.hpp"

#include <zlib.h>

#include <limits>

#include "runmassage/error.hpp"

namespace runmassage {
namespace {

// Ends the inflate stream however the function is left.
struct Inflater {
  z_stream stream{};
  Inflater() {
    // 16 + MAX_WBITS: a gzip wrapper only, no raw deflate or zlib wrapper.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) throw DataError("zlib: out of memory");
  }
  ~Inflater() { inflateEnd(&stream); }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
};

}  // namespace

bool is_gzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

std::string gunzip(std::string_view bytes, const std::string& file, std::size_t max_bytes) {
  if (!is_gzip(bytes)) throw DataError(file + ": not gzip data (no 1f 8b signature)");
  if (bytes.size() > std::numeric_limits<uInt>::max()) {
    throw DataError(file + ": compressed data too large");
  }
  Inflater inflater;
  z_stream& stream = inflater.stream;
  // zlib's interface is not const-correct; inflate never writes through next_in.
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  std::string out;
  char buffer[65536];
  for (;;) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    int status = inflate(&stream, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - stream.avail_out);
    if (out.size() > max_bytes) {
      throw DataError(file + ": decompresses to more than the limit of " +
                      std::to_string(max_bytes) + " bytes");
    }
    if (status == Z_STREAM_END) {
      // Another member may follow (gzip files can be concatenated); trailing zeros are padding.
      std::size_t rest = stream.avail_in;
      std::string_view tail(reinterpret_cast<const char*>(stream.next_in), rest);
      if (tail.find_first_not_of('\0') == std::string_view::npos) break;
      if (!is_gzip(tail)) {
        throw DataError(file + ": data after the end of the gzip stream at byte " +
                        std::to_string(bytes.size() - rest));
      }
      if (inflateReset(&stream) != Z_OK) throw DataError(file + ": zlib reset failed");
      continue;
    }
    if (status == Z_BUF_ERROR && stream.avail_in == 0) {
      throw DataError(file + ": gzip data cut short after " + std::to_string(bytes.size()) +
                      " bytes");
    }
    if (status != Z_OK && status != Z_BUF_ERROR) {
      throw DataError(file + ": corrupt gzip data at byte " +
                      std::to_string(bytes.size() - stream.avail_in) +
                      (stream.msg ? std::string(" (") + stream.msg + ")" : std::string()));
    }
  }
  return out;
}

}  // namespace runmassage
