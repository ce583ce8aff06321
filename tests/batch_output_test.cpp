// Batch output with shared pieces: gathered in order, written whole through short writes,
// interruptions and more pieces than one writev takes.
#include "runmassage/batch_output.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <string>
#include <vector>

#include "catch.hpp"

using namespace runmassage;

namespace {

// A stand-in for writev: takes at most `limit` bytes a call into `sink`, checks the count of
// pieces, and fails the calls listed in `failures` (errno values, in order; 0 for none).
std::string sink;
std::size_t limit = 0;
int most_pieces = 0;
std::vector<int> failures;

ssize_t fake_writev(int /*fd*/, const iovec* pieces, int count) {
  most_pieces = std::max(most_pieces, count);
  if (!failures.empty()) {
    const int error = failures.front();
    failures.erase(failures.begin());
    if (error != 0) {
      errno = error;
      return -1;
    }
  }
  std::size_t taken = 0;
  for (int i = 0; i < count && taken < limit; ++i) {
    const std::size_t n = std::min(pieces[i].iov_len, limit - taken);
    sink.append(static_cast<const char*>(pieces[i].iov_base), n);
    taken += n;
  }
  return static_cast<ssize_t>(taken);
}

BatchOutput sample() {
  BatchOutput out;
  out.splice("<at start>");
  out.text += "one";
  out.splice("<after one>");
  out.splice("");  // an empty piece is no piece
  out.text += "two\n";
  out.splice("<at end>\n");
  return out;
}

}  // namespace

TEST_CASE("pieces are gathered where they were spliced, in order", "[batch_output]") {
  std::string text = "kept\n";
  sample().append_to(text);
  CHECK(text == "kept\n<at start>one<after one>two\n<at end>\n");
  BatchOutput plain;
  plain.text = "no pieces\n";
  std::string alone;
  plain.append_to(alone);
  CHECK(alone == "no pieces\n");
}

TEST_CASE("truncating drops a failed line's text and pieces", "[batch_output]") {
  BatchOutput out = sample();
  out.truncate(3, 2);
  out.text += "!";
  std::string text;
  out.append_to(text);
  CHECK(text == "<at start>one<after one>!");
}

TEST_CASE("short writes and interruptions still write everything once", "[batch_output]") {
  for (const std::size_t bytes : {std::size_t{1}, std::size_t{7}, std::size_t{1000}}) {
    sink.clear();
    limit = bytes;
    failures = {EINTR, 0, EINTR};
    CHECK(write_batch_output(3, sample(), fake_writev) == 0);
    CHECK(sink == "<at start>one<after one>two\n<at end>\n");
  }
}

TEST_CASE("more pieces than one writev takes go in several calls", "[batch_output]") {
  BatchOutput out;
  std::string expected;
  const std::string piece = "{\"shared\":true}\n";
  for (int i = 0; i < 3000; ++i) {
    out.text += std::to_string(i) + ":";
    out.splice(piece);
    expected += std::to_string(i) + ":" + piece;
  }
  sink.clear();
  limit = 1 << 20;
  most_pieces = 0;
  failures.clear();
  CHECK(write_batch_output(3, out, fake_writev) == 0);
  CHECK(sink == expected);
  CHECK(most_pieces == IOV_MAX);
}

TEST_CASE("a failed write returns its errno", "[batch_output]") {
  sink.clear();
  limit = 5;
  failures = {0, EPIPE};
  CHECK(write_batch_output(3, sample(), fake_writev) == EPIPE);
  CHECK(sink == "<at s");
}

TEST_CASE("output is written to a file descriptor whole, with pieces or without",
          "[batch_output]") {
  int ends[2];
  REQUIRE(::pipe(ends) == 0);
  BatchOutput plain;
  plain.text = "plain\n";
  REQUIRE(write_batch_output(ends[1], plain) == 0);
  REQUIRE(write_batch_output(ends[1], sample()) == 0);
  ::close(ends[1]);
  std::string read_back;
  char buffer[256];
  ssize_t n = 0;
  while ((n = ::read(ends[0], buffer, sizeof buffer)) > 0) {
    read_back.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(ends[0]);
  CHECK(read_back == "plain\n<at start>one<after one>two\n<at end>\n");
}
