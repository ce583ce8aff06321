// Streaming batch: input lines cut into chunks, planned by one or more workers, written in order.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "runmassage/batch.hpp"

namespace runmassage {

/// The most workers `batch --jobs` accepts.
inline constexpr unsigned max_batch_jobs = 64;

/// The workers batch uses when not told: one per processor this process may run on (so
/// `taskset -c 0` means one), at most 8, for more seldom pays for its memory.
unsigned default_batch_jobs();

/// How a stream ended.
enum class BatchEnd {
  all_planned,    // every line got its plan
  some_failed,    // at least one line got an error record instead
  output_closed,  // the reader of the output went away (a closed pipe); the rest was not read
};

/// Makes the planner for one thread; called on the caller's thread: once before any input is
/// read, for the reading thread, and once for each worker thread if they start. They start
/// when a first chunk of lines (32 KiB or 400 lines) is full and input goes on, so a small
/// input is planned on the reading thread alone.
using BatchPlannerFactory = std::function<std::unique_ptr<BatchPlanner>()>;

/// Reads JSON Lines from the descriptor `in` to its end and writes one output line per input
/// line to `out`, in input order. With `jobs` above 1, that many threads plan chunks of lines
/// at the same time, each with its own planner; the output is byte for byte the same for any
/// number of jobs. When the input pauses (a pipe with nothing more written yet), every whole
/// line read so far is planned and written before the next read waits, so a program that writes
/// a record and waits for its plan gets it. A UTF-8 byte-order mark before the first line is
/// skipped, a last line without a newline is planned, and a line over max_batch_line_bytes gets an
/// error record. Throws IoError when reading or writing fails (`input_name` names the input), or
/// whatever a planner throws other than for a bad line; output already written stays written. When
/// a read fails, every whole line read before it is planned and written first; a last line without
/// its newline is not, for the failure may have cut it.
BatchEnd stream_batch(int in, const std::string& input_name, int out, unsigned jobs,
                      const BatchPlannerFactory& make_planner);

}  // namespace runmassage
