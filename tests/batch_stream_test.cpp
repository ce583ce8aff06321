// Streaming batch: lines cut into chunks and planned by workers come out whole and in order.
#include "runmassage/batch_stream.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <sys/mman.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "catch.hpp"
#include "runmassage/error.hpp"
#include "runmassage/file_io.hpp"

using namespace runmassage;

namespace {

// Echoes each line with its number; a line holding "bad" fails, and the line "throw" throws.
class EchoPlanner final : public BatchPlanner {
 public:
  using BatchPlanner::plan_line;
  bool plan_line(std::string_view line, std::size_t line_number, BatchOutput& out,
                 std::size_t readable_after) override {
    if (line == "throw") throw std::runtime_error("planner broke");
    // The stream always leaves the parser's read-ahead after a line, so nothing is copied.
    if (readable_after < batch_read_ahead) throw std::logic_error("no read-ahead");
    // The line itself is spliced in, not copied: a chunk's input stays until it is written.
    out.text += std::to_string(line_number) + ":";
    out.splice(line);
    out.text += "\n";
    return line.find("bad") == std::string_view::npos;
  }
};

BatchPlannerFactory echo() {
  return [] { return std::make_unique<EchoPlanner>(); };
}

// A file holding `text`, removed when it goes out of scope.
struct TempFile {
  std::string path;
  explicit TempFile(const std::string& text) {
    char name[] = "/tmp/runmassage-batch-stream-XXXXXX";
    const int fd = ::mkstemp(name);
    if (fd < 0) throw std::runtime_error("mkstemp failed");
    path = name;
    if (write_all(fd, text) != 0) throw std::runtime_error("write failed");
    ::close(fd);
  }
  ~TempFile() { std::remove(path.c_str()); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
};

struct Streamed {
  BatchEnd end;
  std::string out;
};

Streamed stream(const std::string& input, unsigned jobs,
                const BatchPlannerFactory& make_planner = echo()) {
  const TempFile in(input);
  const TempFile out("");
  const int in_fd = ::open(in.path.c_str(), O_RDONLY);
  const int out_fd = ::open(out.path.c_str(), O_WRONLY | O_TRUNC);
  Streamed result{BatchEnd::all_planned, {}};
  try {
    result.end = stream_batch(in_fd, "test input", out_fd, jobs, make_planner);
  } catch (...) {
    ::close(in_fd);
    ::close(out_fd);
    throw;
  }
  ::close(in_fd);
  ::close(out_fd);
  result.out = read_file(out.path, std::size_t{1} << 30);
  return result;
}

// `count` lines "line 1" ... of varying length; every 97th one fails.
std::string numbered_lines(std::size_t count) {
  std::string text;
  for (std::size_t i = 1; i <= count; ++i) {
    text += (i % 97 == 0 ? "bad " : "line ") + std::to_string(i) + std::string(i % 50, '.') + "\n";
  }
  return text;
}

std::string echoed(const std::string& input) {
  std::string expected;
  std::size_t number = 0;
  std::size_t start = 0;
  while (start < input.size()) {
    const std::size_t newline = input.find('\n', start);
    expected += std::to_string(++number) + ":" + input.substr(start, newline - start) + "\n";
    start = newline + 1;
  }
  return expected;
}

}  // namespace

TEST_CASE("every line comes out once, in input order, for any number of jobs", "[batch]") {
  // About 1.4 MB: many chunks, more than the ring of chunks in flight holds.
  const std::string input = numbered_lines(40000);
  const std::string expected = echoed(input);
  for (const unsigned jobs : {1U, 2U, 3U, 8U}) {
    CAPTURE(jobs);
    const Streamed result = stream(input, jobs);
    CHECK(result.end == BatchEnd::some_failed);
    CHECK(result.out == expected);
  }
}

TEST_CASE("a stream with no failing line ends all_planned", "[batch]") {
  for (const unsigned jobs : {1U, 4U}) {
    const Streamed result = stream("one\ntwo\n", jobs);
    CHECK(result.end == BatchEnd::all_planned);
    CHECK(result.out == "1:one\n2:two\n");
  }
}

TEST_CASE("empty input gives empty output", "[batch]") {
  for (const unsigned jobs : {1U, 4U}) {
    const Streamed result = stream("", jobs);
    CHECK(result.end == BatchEnd::all_planned);
    CHECK(result.out.empty());
  }
}

TEST_CASE("a byte-order mark is skipped, and only before the first line", "[batch]") {
  for (const unsigned jobs : {1U, 2U}) {
    const Streamed result = stream(
        "\xef\xbb\xbf"
        "a\n\xef\xbb\xbf"
        "b\n",
        jobs);
    CHECK(result.out ==
          "1:a\n2:\xef\xbb\xbf"
          "b\n");
  }
}

TEST_CASE("a last line without a newline is planned; an empty line is passed on", "[batch]") {
  for (const unsigned jobs : {1U, 2U}) {
    CHECK(stream("a\n\nc", jobs).out == "1:a\n2:\n3:c\n");
    CHECK(stream("a\r\n", jobs).out == "1:a\r\n");
  }
}

TEST_CASE("an overlong line gets an error record and the lines around it are planned", "[batch]") {
  const std::string longest(max_batch_line_bytes, 'x');
  const std::string too_long(max_batch_line_bytes + 1, 'y');
  const std::string far_too_long(3 * max_batch_line_bytes, 'z');  // spans several reads
  const std::string input =
      "a\n" + longest + "\n" + too_long + "\n" + far_too_long + "\nb\n" + far_too_long;
  const std::string error =
      "\"error\":\"line longer than " + std::to_string(max_batch_line_bytes) + " bytes\"}\n";
  const std::string expected = "1:a\n2:" + longest + "\n" +
                               R"({"schema":"runmassage/batch/v2","line":3,)" + error +
                               R"({"schema":"runmassage/batch/v2","line":4,)" + error + "5:b\n" +
                               R"({"schema":"runmassage/batch/v2","line":6,)" + error;
  for (const unsigned jobs : {1U, 3U}) {
    CAPTURE(jobs);
    const Streamed result = stream(input, jobs);
    CHECK(result.end == BatchEnd::some_failed);
    CHECK(result.out == expected);
  }
}

TEST_CASE("the longest line fits after a chunk's input nearly reaches its limit", "[batch]") {
  // 32,767 bytes, one short of handing the chunk over, then a line of the most bytes allowed:
  // the chunk's largest fill, and the parser's read-ahead after it (ASan checks the bounds).
  const std::string first(32766, 'a');
  const std::string longest(max_batch_line_bytes, 'b');
  const std::string input = first + "\n" + longest + "\nz\n";
  for (const unsigned jobs : {1U, 2U}) {
    CHECK(stream(input, jobs).out == "1:" + first + "\n2:" + longest + "\n3:z\n");
  }
}

TEST_CASE("a chunk is handed over at 400 lines, however short", "[batch]") {
  // 2,000 one-byte lines are 4 KB: only the line limit makes several chunks of them.
  std::string input;
  for (int i = 0; i < 2000; ++i) input += "x\n";
  int made = 0;
  const BatchPlannerFactory counting = [&made] {
    ++made;
    return std::make_unique<EchoPlanner>();
  };
  CHECK(stream(input, 2, counting).out == echoed(input));
  CHECK(made == 2);  // the worker thread started, so there was more than one chunk
}

TEST_CASE("what a planner throws reaches the caller", "[batch]") {
  const std::string input = numbered_lines(20000) + "throw\n" + numbered_lines(20000);
  for (const unsigned jobs : {1U, 2U, 5U}) {
    CAPTURE(jobs);
    CHECK_THROWS_WITH(stream(input, jobs), "planner broke");
  }
}

TEST_CASE("each worker gets a planner of its own; a single chunk needs one", "[batch]") {
  std::vector<int> made;
  const BatchPlannerFactory counting = [&made] {
    made.push_back(1);
    return std::make_unique<EchoPlanner>();
  };
  stream(numbered_lines(2000), 3, counting);  // several chunks
  CHECK(made.size() == 3);
  made.clear();
  stream(numbered_lines(2000), 1, counting);
  CHECK(made.size() == 1);
  made.clear();
  stream("a\n", 3, counting);  // one chunk: planned without starting the workers
  CHECK(made.size() == 1);
}

TEST_CASE("a closed output ends the stream quietly", "[batch]") {
  const auto previous = std::signal(SIGPIPE, SIG_IGN);
  int pipe_ends[2];
  REQUIRE(::pipe(pipe_ends) == 0);
  ::close(pipe_ends[0]);
  const TempFile in(numbered_lines(1000));
  const int in_fd = ::open(in.path.c_str(), O_RDONLY);
  for (const unsigned jobs : {1U, 2U}) {
    ::lseek(in_fd, 0, SEEK_SET);
    CHECK(stream_batch(in_fd, "test input", pipe_ends[1], jobs, echo()) == BatchEnd::output_closed);
  }
  ::close(in_fd);
  ::close(pipe_ends[1]);
  std::signal(SIGPIPE, previous);
}

TEST_CASE("an unreadable input is an IoError naming it", "[batch]") {
  const int directory = ::open("/", O_RDONLY | O_DIRECTORY);
  CHECK_THROWS_AS(stream_batch(directory, "the root", STDOUT_FILENO, 2, echo()), IoError);
  CHECK_THROWS_WITH(stream_batch(directory, "the root", STDOUT_FILENO, 1, echo()),
                    "cannot read the root: Is a directory");
  ::close(directory);
}

TEST_CASE("a read that fails mid-stream: the whole lines before it are written, then IoError",
          "[batch]") {
  // /proc/self/mem over a file's pages that hold the input and end where the file does: reads
  // give the input, then fail with EIO at the page past the file's end, as a disk does at a
  // sector it cannot read. The mapping covers that page too, so no other mapping can take its
  // place while the test runs (a hole left by munmap could be filled by the threads' memory).
  const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  const std::string lines = numbered_lines(5000);  // several chunks, so some are in flight
  const std::string cut = "line 5001, its newline never read";
  const std::string input = lines + cut;
  const std::size_t mapped = (input.size() + page - 1) / page * page;
  const TempFile pages(std::string(mapped - input.size(), ' ') + input);
  const int pages_fd = ::open(pages.path.c_str(), O_RDONLY);
  REQUIRE(pages_fd >= 0);
  void* memory = ::mmap(nullptr, mapped + page, PROT_READ, MAP_PRIVATE, pages_fd, 0);
  ::close(pages_fd);
  REQUIRE(memory != MAP_FAILED);
  char* const base = static_cast<char*>(memory);
  char* const start = base + mapped - input.size();

  for (const unsigned jobs : {1U, 3U}) {
    CAPTURE(jobs);
    const int in_fd = ::open("/proc/self/mem", O_RDONLY);
    REQUIRE(in_fd >= 0);
    REQUIRE(::lseek(in_fd, reinterpret_cast<off_t>(start), SEEK_SET) ==
            reinterpret_cast<off_t>(start));
    const TempFile out("");
    const int out_fd = ::open(out.path.c_str(), O_WRONLY | O_TRUNC);
    CHECK_THROWS_WITH(stream_batch(in_fd, "the disk", out_fd, jobs, echo()),
                      "cannot read the disk: Input/output error");
    ::close(in_fd);
    ::close(out_fd);
    CHECK(read_file(out.path, std::size_t{1} << 30) == echoed(lines));
  }
  ::munmap(base, mapped + page);
}

TEST_CASE("input that pauses is answered before batch waits for more", "[batch]") {
  // A program that writes a record to batch's pipe and waits for its plan must get it then,
  // not once 32 KiB of records or the end of the input have come.
  for (const unsigned jobs : {1U, 2U}) {
    CAPTURE(jobs);
    int input[2];
    int output[2];
    REQUIRE(::pipe(input) == 0);
    REQUIRE(::pipe(output) == 0);
    bool threw = false;
    std::thread streaming([&] {
      try {
        stream_batch(input[0], "a pipe", output[1], jobs, echo());
      } catch (...) {
        threw = true;
      }
      ::close(output[1]);
    });
    // One line of output, or what came before nothing more did within 10 seconds.
    auto answer = [&] {
      std::string got;
      while (got.empty() || got.back() != '\n') {
        pollfd waiting{output[0], POLLIN, 0};
        char c = 0;
        if (::poll(&waiting, 1, 10000) != 1) return got + "(nothing for 10 s)";
        if (::read(output[0], &c, 1) != 1) return got + "(end)";
        got += c;
      }
      return got;
    };
    auto ask = [&](const std::string& text) {
      REQUIRE(::write(input[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    };
    ask("first\n");
    CHECK(answer() == "1:first\n");
    ask("second\nthird\n");
    CHECK(answer() == "2:second\n");
    CHECK(answer() == "3:third\n");
    ask("half a line");
    ask(" and the rest\n");
    CHECK(answer() == "4:half a line and the rest\n");
    // Exactly a chunk's 400 lines: the chunk is handed over full as its last line is read, and
    // with more than one job it may still be unwritten when the input pauses.
    std::string chunk;
    for (int i = 5; i <= 404; ++i) chunk += "line " + std::to_string(i) + "\n";
    ask(chunk);
    for (int i = 5; i <= 404; ++i) {
      const std::string expected = std::to_string(i) + ":line " + std::to_string(i) + "\n";
      const std::string got = answer();
      if (got != expected) {
        CHECK(got == expected);
        break;
      }
    }
    ask("after the chunk\n");
    CHECK(answer() == "405:after the chunk\n");
    ::close(input[1]);
    streaming.join();
    CHECK(answer() == "(end)");
    CHECK_FALSE(threw);
    ::close(input[0]);
    ::close(output[0]);
  }
}

TEST_CASE("batch uses one job per processor it may run on", "[batch]") {
  // On a thread allowed one processor (as under `taskset -c 0`), the default is one job.
  unsigned jobs = 0;
  std::thread pinned([&jobs] {
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    CPU_SET(sched_getcpu(), &allowed);
    if (sched_setaffinity(0, sizeof allowed, &allowed) == 0) jobs = default_batch_jobs();
  });
  pinned.join();
  CHECK(jobs == 1);
  // Wherever it may run, at least one and at most 8.
  CHECK(default_batch_jobs() >= 1);
  CHECK(default_batch_jobs() <= 8);
}
