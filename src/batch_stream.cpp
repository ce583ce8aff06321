// Streaming batch: the reader cuts the input into chunks of whole lines, workers plan the
// chunks, and the chunks' output is written in the order the chunks were read.
#include "runmassage/batch_stream.hpp"

#include <poll.h>
#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <mutex>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include "runmassage/batch_line.hpp"
#include "runmassage/batch_output.hpp"
#include "runmassage/error.hpp"
#include "runmassage/file_io.hpp"
#include "runmassage/text.hpp"

namespace runmassage {
namespace {

// What one read asks for.
constexpr std::size_t read_bytes = 128 * 1024;

// A chunk is handed over once it holds batch_chunk_bytes of input: about 350 lines of typical
// records (0.7 MB of output), so handing over costs little next to planning them, and the chunks
// in flight (two per job) hold little output, so memory hardly depends on the input's size. On
// 1,000,000 lines with two jobs, 32 KiB took about 12% less time than 16 KiB; 64 KiB was
// slower again (a chunk's output no longer fits the processor's cache).

// Or once it holds this many lines, whatever their length: a short record's plan can be 1.7 KB,
// and 10 KB with --explain, so a chunk's output stays under about 4 MB.
constexpr std::size_t chunk_lines = 400;

// A chunk's output buffer is kept between uses, unless a chunk of long plans grew it past this.
constexpr std::size_t kept_output_bytes = 4 * 1024 * 1024;

class OutputClosed : public std::exception {};

// Writes and empties `out`.
void write_out(int fd, BatchOutput& out) {
  const int error = write_batch_output(fd, out);
  if (error == EPIPE) throw OutputClosed();
  if (error != 0) throw IoError(std::string("cannot write output: ") + std::strerror(error));
  out.clear();
}

// Whole lines of input, each ending in '\n', and their output once planned.
struct Chunk {
  // The most bytes a chunk holds, then the parser's read-ahead.
  static constexpr std::size_t capacity = batch_chunk_most_bytes + batch_read_ahead;

  // Not zeroed: only what a chunk holds is read, and the read-ahead past its last line, which
  // `seal` writes.
  std::unique_ptr<char[]> text{new char[capacity]};
  std::size_t size = 0;
  std::size_t first_line = 1;  // the number of its first line in the input, from 1
  std::size_t lines = 0;
  std::vector<std::size_t> newlines;  // where each line's '\n' is, so planning need not look
  std::vector<std::size_t> overlong;  // lines too long to plan, by index, each held as ""
  BatchOutput out;
  bool failed = false;
  std::exception_ptr error;  // what planning threw, other than for a bad line

  void start(std::size_t first) {
    size = 0;
    first_line = first;
    lines = 0;
    newlines.clear();
    overlong.clear();
    out.clear();
    failed = false;
    error = nullptr;
  }

  [[nodiscard]] bool full() const { return size >= batch_chunk_bytes || lines >= chunk_lines; }

  void add(std::string_view line) {
    if (!line.empty())
      std::memcpy(text.get() + size, line.data(), line.size());  // data() may be null
    size += line.size();
    newlines.push_back(size);
    text[size++] = '\n';
    ++lines;
  }

  void add_overlong() {
    overlong.push_back(lines);
    add({});
  }

  // Zeroes the read-ahead after the last line, so the parser never reads memory that was never
  // written (what it holds does not matter; that it was written keeps memory checkers quiet).
  void seal() { std::memset(text.get() + size, 0, batch_read_ahead); }
};

// Whether a read of `fd` would return at once (with data, at its end or with an error) rather
// than wait: always for a file, not for a pipe or terminal with nothing written yet.
bool input_ready(int fd) {
  pollfd request{fd, POLLIN, 0};
  int ready = 0;
  do {
    ready = ::poll(&request, 1, 0);
  } while (ready < 0 && errno == EINTR);
  return ready != 0;  // an error here is met again, and reported, by the read
}

// Plans every line of `chunk` into its output; never throws.
void plan_chunk(Chunk& chunk, BatchPlanner& planner) {
  try {
    const char* const text = chunk.text.get();
    const char* line = text;
    const char* const readable_end = text + chunk.size + batch_read_ahead;  // written by `seal`
    auto overlong = chunk.overlong.begin();
    planner.begin_lines({text, chunk.size});
    for (std::size_t index = 0; index < chunk.lines; ++index) {
      const char* const newline = text + chunk.newlines[index];
      const std::size_t number = chunk.first_line + index;
      if (overlong != chunk.overlong.end() && *overlong == index) {
        ++overlong;
        BatchLineWriter::append_error(
            chunk.out.text, number, {},
            "line longer than " + std::to_string(max_batch_line_bytes) + " bytes");
        chunk.failed = true;
      } else if (!planner.plan_line(
                     std::string_view(line, static_cast<std::size_t>(newline - line)), number,
                     chunk.out, static_cast<std::size_t>(readable_end - newline))) {
        chunk.failed = true;
      }
      line = newline + 1;
    }
  } catch (...) {
    chunk.error = std::current_exception();
  }
}

// The chunks in flight and who plans them: the reader's thread, and with more than one job,
// worker threads beside it. The chunks form a ring: chunk n is ring[n % size], handed over as
// `handed` passes n, planned by whoever takes it first, written in order, then reused. The
// reader reads ahead until the ring is full, and while it is full, plans a chunk itself
// rather than wait; so `--jobs N` keeps N threads busy, not N + 1 on N processors.
class Workers {
 public:
  Workers(unsigned jobs, const BatchPlannerFactory& make_planner, int out)
      : jobs_(jobs),
        make_planner_(make_planner),
        ring_(jobs == 1 ? 1 : 2 * std::size_t{jobs}),
        done_(ring_.size(), false),
        out_(out) {
    // The reader's planner before any input is read, so a planner that cannot be made (the
    // readers module missing) fails the command even for empty input, with the input unread.
    planners_.push_back(make_planner_());
  }

  Workers(const Workers&) = delete;
  Workers& operator=(const Workers&) = delete;

  ~Workers() {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (auto& thread : threads_) thread.join();
  }

  /// The chunk to fill next; free, for the chunk that used it last is written.
  Chunk& filling() { return ring_[handed_ % ring_.size()]; }

  /// Hands the filled chunk over, then writes what is done, until the ring has room for the
  /// next. The worker threads start with the first chunk handed over `full`, for input goes on
  /// past it: input that fits in one chunk, or comes a few lines at a time, is planned without
  /// starting threads it would not use.
  void hand_over(bool full) {
    filling().seal();
    if (full && jobs_ > 1 && !started_) start_workers();
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      ++handed_;
    }
    if (!threads_.empty()) work_ready_.notify_one();
    for (;;) {
      if (written_ < handed_ && is_done(written_)) {
        write_next();
      } else if (handed_ - written_ < ring_.size()) {
        return;
      } else if (!plan_here()) {
        wait_for_oldest();
      }
    }
  }

  /// Whether some line read is not written yet: in the chunk being filled, or handed over.
  [[nodiscard]] bool holds_lines() { return filling().lines > 0 || written_ < handed_; }

  /// Hands over the chunk being filled (if it holds lines), plans and writes every chunk handed
  /// over, and starts the next chunk at line `next_line`.
  void flush(std::size_t next_line) {
    if (filling().lines > 0) hand_over(false);
    finish();
    filling().start(next_line);
  }

  [[nodiscard]] bool failed() const { return failed_; }

 private:
  /// Plans and writes every chunk handed over.
  void finish() {
    while (written_ < handed_) {
      if (is_done(written_)) {
        write_next();
      } else if (!plan_here()) {
        wait_for_oldest();
      }
    }
  }

  unsigned jobs_;
  const BatchPlannerFactory& make_planner_;
  bool started_ = false;  // whether the worker threads were started (or tried to)
  std::vector<Chunk> ring_;
  std::vector<bool> done_;  // whether each chunk of the ring is planned; guarded by mutex_
  // The reader's planner first, then one per worker thread.
  std::vector<std::unique_ptr<BatchPlanner>> planners_;
  std::vector<std::thread> threads_;  // jobs - 1 once started
  int out_;
  std::mutex mutex_;
  std::condition_variable work_ready_;  // a chunk was handed over, or the workers must stop
  std::condition_variable chunk_done_;  // a worker planned a chunk
  std::size_t handed_ = 0;              // chunks handed over; guarded by mutex_
  std::size_t taken_ = 0;               // chunks taken to plan; guarded by mutex_
  std::size_t written_ = 0;             // chunks written; only the reader's thread uses it
  bool stopping_ = false;               // guarded by mutex_
  bool failed_ = false;

  // A planner and a thread for each job but the reader's. Only the reader calls the factory.
  void start_workers() {
    started_ = true;
    while (planners_.size() < jobs_) planners_.push_back(make_planner_());
    threads_.reserve(jobs_ - 1);
    for (unsigned i = 1; i < jobs_; ++i) {
      try {
        threads_.emplace_back([this, i] { work(*planners_[i]); });
      } catch (const std::system_error&) {
        break;  // the system has no more threads to give: plan with those started
      }
    }
  }

  bool is_done(std::size_t n) {
    const std::lock_guard<std::mutex> lock(mutex_);
    return done_[n % ring_.size()];
  }

  // Takes the next chunk no one has taken and plans it on the reader's thread; false when
  // every chunk handed over is taken.
  bool plan_here() {
    std::size_t n = 0;
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      if (taken_ == handed_) return false;
      n = taken_++;
    }
    plan_chunk(ring_[n % ring_.size()], *planners_.front());
    const std::lock_guard<std::mutex> lock(mutex_);
    done_[n % ring_.size()] = true;
    return true;
  }

  void wait_for_oldest() {
    std::unique_lock<std::mutex> lock(mutex_);
    chunk_done_.wait(lock, [&] { return static_cast<bool>(done_[written_ % ring_.size()]); });
  }

  // Writes chunk `written_`, planned, and frees its place in the ring.
  void write_next() {
    const std::size_t slot = written_ % ring_.size();
    Chunk& chunk = ring_[slot];
    if (chunk.error) std::rethrow_exception(chunk.error);
    write_out(out_, chunk.out);
    if (chunk.out.text.capacity() > kept_output_bytes) std::string().swap(chunk.out.text);
    failed_ = failed_ || chunk.failed;
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      done_[slot] = false;
    }
    ++written_;
  }

  void work(BatchPlanner& planner) {
    for (;;) {
      std::size_t n = 0;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        work_ready_.wait(lock, [&] { return stopping_ || taken_ < handed_; });
        if (stopping_) return;
        n = taken_++;
      }
      plan_chunk(ring_[n % ring_.size()], planner);
      {
        const std::lock_guard<std::mutex> lock(mutex_);
        done_[n % ring_.size()] = true;
      }
      chunk_done_.notify_one();
    }
  }
};

}  // namespace

unsigned default_batch_jobs() {
  unsigned processors = 0;
  cpu_set_t allowed;
  if (sched_getaffinity(0, sizeof allowed, &allowed) == 0) {
    processors = static_cast<unsigned>(CPU_COUNT(&allowed));
  }
  if (processors == 0) processors = std::thread::hardware_concurrency();
  return std::clamp(processors, 1U, 8U);
}

BatchEnd stream_batch(int in, const std::string& input_name, int out, unsigned jobs,
                      const BatchPlannerFactory& make_planner) {
  Workers workers(std::clamp(jobs, 1U, max_batch_jobs), make_planner, out);
  std::size_t next_line = 1;  // the number of the next line to add to a chunk
  workers.filling().start(next_line);
  auto add_line = [&](std::string_view line, bool overlong) {
    // Some Windows tools start UTF-8 text with a byte-order mark; it is not part of the JSON.
    if (next_line == 1 && line.substr(0, utf8_bom.size()) == utf8_bom) {
      line.remove_prefix(utf8_bom.size());
    }
    ++next_line;
    Chunk& chunk = workers.filling();
    if (overlong) {
      chunk.add_overlong();
    } else {
      chunk.add(line);
    }
    if (chunk.full()) {
      workers.hand_over(true);
      workers.filling().start(next_line);
    }
  };

  try {
    // A read that fails ends the input, but the lines read whole before it are still planned
    // and written, then the error is thrown: a bad disk loses only what it could not give.
    std::string read_error;
    std::string pending;    // the start of a line that the last read cut
    bool skipping = false;  // inside an overlong line, discarding up to its newline
    const auto buffer = std::make_unique<char[]>(read_bytes);
    for (;;) {
      // Input that pauses (a pipe fed a record at a time) has every whole line read so far
      // planned and written before batch waits for more, so it answers as it is asked.
      if (workers.holds_lines() && !input_ready(in)) workers.flush(next_line);
      const ssize_t got = ::read(in, buffer.get(), read_bytes);
      if (got < 0) {
        if (errno == EINTR) continue;
        read_error = "cannot read " + input_name + ": " + std::strerror(errno);
        break;
      }
      if (got == 0) break;
      std::string_view data(buffer.get(), static_cast<std::size_t>(got));
      while (!data.empty()) {
        const void* found = std::memchr(data.data(), '\n', data.size());
        if (found == nullptr) {
          if (!skipping) pending.append(data);
          if (pending.size() > max_batch_line_bytes) {
            skipping = true;
            pending.clear();
          }
          break;
        }
        const auto length = static_cast<std::size_t>(static_cast<const char*>(found) - data.data());
        const std::string_view piece = data.substr(0, length);
        data.remove_prefix(length + 1);
        if (!pending.empty()) {
          pending.append(piece);
          add_line(pending, pending.size() > max_batch_line_bytes);
          pending.clear();
        } else {
          add_line(piece, skipping || piece.size() > max_batch_line_bytes);
        }
        skipping = false;
      }
    }
    // A last line without a newline is planned, unless a failed read may have cut it short.
    if (read_error.empty() && (!pending.empty() || skipping)) add_line(pending, skipping);
    workers.flush(next_line);
    if (!read_error.empty()) throw IoError(read_error);
  } catch (const OutputClosed&) {
    return BatchEnd::output_closed;
  }
  return workers.failed() ? BatchEnd::some_failed : BatchEnd::all_planned;
}

}  // namespace runmassage
