// Batch output with shared pieces: gathered into one string, or written with writev.
#include "runmassage/batch_output.hpp"

#include <algorithm>
#include <cerrno>
#include <climits>

#include "runmassage/file_io.hpp"

namespace runmassage {

void BatchOutput::append_to(std::string& out) const {
  std::size_t at = 0;
  for (const Splice& splice : splices) {
    out.append(text, at, splice.at - at);
    out += splice.piece;
    at = splice.at;
  }
  out.append(text, at, std::string::npos);
}

int write_batch_output(int fd, const BatchOutput& output, GatherWrite write_some) {
  if (output.splices.empty()) return write_all(fd, output.text);
  std::vector<iovec> pieces;
  pieces.reserve(2 * output.splices.size() + 1);
  auto add = [&](const char* data, std::size_t size) {
    // writev only reads the pieces; iovec has no pointer to const.
    if (size > 0) pieces.push_back({const_cast<char*>(data), size});  // NOLINT
  };
  std::size_t at = 0;
  for (const BatchOutput::Splice& splice : output.splices) {
    add(output.text.data() + at, splice.at - at);
    add(splice.piece.data(), splice.piece.size());
    at = splice.at;
  }
  add(output.text.data() + at, output.text.size() - at);

  std::size_t next = 0;  // the first piece not written whole
  while (next < pieces.size()) {
    const auto count = static_cast<int>(std::min<std::size_t>(pieces.size() - next, IOV_MAX));
    const ssize_t written = write_some(fd, pieces.data() + next, count);
    if (written < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    auto left = static_cast<std::size_t>(written);
    while (next < pieces.size() && left >= pieces[next].iov_len) {
      left -= pieces[next].iov_len;
      ++next;
    }
    if (left > 0) {  // a short write stopped inside this piece
      pieces[next].iov_base = static_cast<char*>(pieces[next].iov_base) + left;
      pieces[next].iov_len -= left;
    }
  }
  return 0;
}

}  // namespace runmassage
