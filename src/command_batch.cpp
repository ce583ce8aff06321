// `runmassage batch`: many runners at once, JSON Lines in and out, streaming.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>

#include "cli_common.hpp"
#include "runmassage/batch.hpp"
#include "runmassage/batch_line.hpp"
#include "runmassage/error.hpp"
#include "runmassage/file_io.hpp"
#include "runmassage/readers.hpp"

namespace runmassage::cli {
namespace {

struct BatchOptions {
  CommonOptions common;
  std::string input;  // a file, or stdin when empty or "-"
  std::string today;
  bool brief = false;
  bool explain = false;
};

// Small enough that peak memory hardly depends on the input size, large enough for few syscalls.
constexpr std::size_t chunk_bytes = 128 * 1024;

constexpr std::string_view utf8_bom = "\xef\xbb\xbf";

// A closed pipe downstream (`| head`) ends batch quietly, like other filters.
class ClosedPipe : public std::exception {};

// Writes and empties `out`; a reader that closed the pipe ends batch quietly (exit 141).
void flush(std::string& out) {
  const int error = write_all(STDOUT_FILENO, out);
  if (error == EPIPE) throw ClosedPipe();
  if (error != 0) throw IoError(std::string("cannot write output: ") + std::strerror(error));
  out.clear();
}

int run_batch(const BatchOptions& options) {
  const Date today = today_option(options.today, Direction::on_or_after);
  int fd = STDIN_FILENO;
  const bool from_file = !options.input.empty() && options.input != "-";
  const std::string input_name = from_file ? options.input : "standard input";
  if (from_file) {
    fd = ::open(options.input.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw IoError("cannot read " + options.input + ": " + std::strerror(errno));
  }
  struct Closer {
    int fd;
    ~Closer() {
      if (fd != STDIN_FILENO) ::close(fd);
    }
  } closer{fd};

  Knowledge knowledge = load_data(options.common, DataParts::plans);
  const std::unique_ptr<BatchPlanner> planner = readers().make_batch_planner(
      knowledge, options.brief ? Detail::brief : Detail::full, today, options.explain);
  std::signal(SIGPIPE, SIG_IGN);

  std::string buffer;  // unread input: at most one partial line plus a chunk
  std::string out;     // output waiting to be written
  out.reserve(chunk_bytes * 2);
  std::size_t line_number = 0;
  bool failed = false;
  bool skipping = false;  // inside an overlong line, discarding up to its newline
  // `readable_after`: the bytes after the line that may be read, for parsing it in place.
  auto finish_line = [&](std::string_view line, std::size_t readable_after) {
    ++line_number;
    // Some Windows tools start UTF-8 text with a byte-order mark; it is not part of the JSON.
    if (line_number == 1 && line.substr(0, utf8_bom.size()) == utf8_bom) {
      line.remove_prefix(utf8_bom.size());
    }
    if (skipping) {
      BatchLineWriter::append_error(
          out, line_number, {},
          "line longer than " + std::to_string(max_batch_line_bytes) + " bytes");
      failed = true;
      skipping = false;
    } else if (!planner->plan_line(line, line_number, out, readable_after)) {
      failed = true;
    }
    if (out.size() >= chunk_bytes) flush(out);
  };

  try {
    // Room past the chunk for the parser's read-ahead, so lines are parsed where they lie.
    const std::size_t room = chunk_bytes + batch_read_ahead;
    auto chunk = std::make_unique<char[]>(room);
    const char* const chunk_end = chunk.get() + room;
    for (;;) {
      ssize_t got = ::read(fd, chunk.get(), chunk_bytes);
      if (got < 0) {
        if (errno == EINTR) continue;
        throw IoError("cannot read " + input_name + ": " + std::strerror(errno));
      }
      if (got == 0) break;
      std::string_view data(chunk.get(), static_cast<std::size_t>(got));
      while (!data.empty()) {
        const void* found = std::memchr(data.data(), '\n', data.size());
        if (found == nullptr) {
          if (!skipping) buffer.append(data);
          if (buffer.size() > max_batch_line_bytes) {
            skipping = true;
            buffer.clear();
          }
          break;
        }
        auto length = static_cast<std::size_t>(static_cast<const char*>(found) - data.data());
        std::string_view piece = data.substr(0, length);
        data.remove_prefix(length + 1);
        if (!buffer.empty()) {
          if (!skipping) buffer.append(piece);
          if (buffer.size() > max_batch_line_bytes) skipping = true;
          finish_line(buffer, 0);
          buffer.clear();
        } else {
          if (piece.size() > max_batch_line_bytes) skipping = true;
          finish_line(piece, static_cast<std::size_t>(chunk_end - (piece.data() + piece.size())));
        }
      }
    }
    if (!buffer.empty() || skipping) finish_line(buffer, 0);  // a last line with no newline
    flush(out);
  } catch (const ClosedPipe&) {
    return 141;  // what a shell reports for a filter stopped by a closed pipe
  }
  return failed ? static_cast<int>(ExitCode::data) : 0;
}

}  // namespace

void setup_batch(CLI::App& app, Command& command) {
  auto options = std::make_shared<BatchOptions>();
  auto* batch = app.add_subcommand("batch", "Plan for many runners: JSON Lines in and out");
  batch->allow_extras();
  batch->add_option("FILE", options->input, "Read records from FILE (default: standard input)")
      ->type_name("");  // the positional's name already says FILE
  batch->add_flag("--brief", options->brief, "Leave out technique descriptions");
  batch->add_flag("--explain", options->explain, "Add how each rule decided (\"explain\")");
  batch->add_option("--today", options->today, "The day for records that do not give one")
      ->type_name("DATE");
  add_data_option(*batch, options->common);
  batch->footer(
      "Each input line is a JSON object: {\"id\", \"today\", \"last_run\", \"next_run\",\n"
      "\"races\"}. Each output line is the plan for that line, as plan --format json\n"
      "prints it plus the id, or {\"id\", \"line\", \"error\"} for a line that could not\n"
      "be planned. Exit status 65 when any line could not be planned.\n\n"
      "Examples:\n"
      "  runmassage batch runners.jsonl > plans.jsonl\n"
      "  runmassage batch < runners.jsonl | jq -r .recommended.id");
  batch->callback([&command, options] { command = [options] { return run_batch(*options); }; });
}

}  // namespace runmassage::cli
