// Batch planning: one JSON Lines record in, one plan (or error record) out.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "runmassage/batch_output.hpp"
#include "runmassage/date.hpp"
#include "runmassage/knowledge.hpp"
#include "runmassage/render.hpp"

namespace runmassage {

/// The longest input line batch accepts, in bytes (without its newline).
inline constexpr std::size_t max_batch_line_bytes = 64 * 1024;

/// Batch plans its input in chunks of whole lines, each handed over once it holds this many
/// bytes (batch_stream.cpp says why this size)...
inline constexpr std::size_t batch_chunk_bytes = 32 * 1024;
/// ...so a chunk holds at most this many: that, and the line that crossed it with its newline.
inline constexpr std::size_t batch_chunk_most_bytes = batch_chunk_bytes + max_batch_line_bytes + 1;

/// The most races one record may list.
inline constexpr std::size_t max_batch_races = 1000;

/// The bytes the parser reads past the end of a line (simdjson's padding; batch.cpp checks).
inline constexpr std::size_t batch_read_ahead = 64;

/// Plans batch records one line at a time, reusing its parser and remembering decisions.
class BatchPlanner {
 public:
  // Defined here, so the type's vtable and type information are in every program that uses
  // it: the CLI's sanitizer checks need them, and the planner itself lives in the readers module.
  virtual ~BatchPlanner() = default;

  /// Appends the output for one input line (without its newline) to `out`, ending in '\n':
  /// the plan, or an error record {"id"?, "schema", "line", "column"?, "error"}; the column
  /// (counted in characters from 1) only for invalid JSON. Returns true when planned.
  /// `readable_after`: how many bytes after the line may be read (never written); with
  /// batch_read_ahead or more, the line is parsed where it lies instead of copied first.
  /// Pieces spliced into `out` stay valid until it is cleared, while the planner lives.
  virtual bool plan_line(std::string_view line, std::size_t line_number, BatchOutput& out,
                         std::size_t readable_after) = 0;

  /// Says that the lines planned next are those of `lines`, in order and where they lie: each
  /// line plan_line is given a view into it, the lines separated by single '\n's, with
  /// batch_read_ahead readable bytes after `lines`. A planner may then parse them all at once;
  /// what it writes for each line stays exactly what planning that line alone writes. Lines
  /// given outside `lines`, or out of order, are planned alone. `lines` must stay as it is
  /// until the next call (an empty one ends it) or the planner's end.
  virtual void begin_lines(std::string_view lines) { static_cast<void>(lines); }
  /// How many lines were planned from a parse of many (for tests).
  [[nodiscard]] virtual std::size_t lines_parsed_together() const { return 0; }

  /// The same, appended to a string.
  bool plan_line(std::string_view line, std::size_t line_number, std::string& out,
                 std::size_t readable_after) {
    BatchOutput output;
    const bool planned = plan_line(line, line_number, output, readable_after);
    output.append_to(out);
    return planned;
  }

 protected:
  BatchPlanner() = default;
  BatchPlanner(const BatchPlanner&) = default;
  BatchPlanner& operator=(const BatchPlanner&) = default;
};

/// A planner for records whose "today" is missing: `default_today` is their day, and DATE
/// words resolve against it. With `explain`, each plan also carries its "explain" list (a
/// little slower per line). In the readers module: the CLI calls it through readers().
std::unique_ptr<BatchPlanner> make_batch_planner(const Knowledge& knowledge, Detail detail,
                                                 Date default_today, bool explain);

}  // namespace runmassage
