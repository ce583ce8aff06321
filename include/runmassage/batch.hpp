// Batch planning: one JSON Lines record in, one plan (or error record) out.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "runmassage/date.hpp"
#include "runmassage/knowledge.hpp"
#include "runmassage/render.hpp"

namespace runmassage {

/// The longest input line batch accepts, in bytes (without its newline).
inline constexpr std::size_t max_batch_line_bytes = 64 * 1024;

/// The most races one record may list.
inline constexpr std::size_t max_batch_races = 1000;

/// Plans batch records one line at a time, reusing its parser and caching decisions by facts.
class BatchPlanner {
 public:
  /// `default_today` is the day for records without "today"; DATE words resolve against it.
  /// With `explain`, each plan also carries its "explain" list (a little slower per line).
  BatchPlanner(const Knowledge& knowledge, Detail detail, Date default_today, bool explain = false);
  ~BatchPlanner();
  BatchPlanner(const BatchPlanner&) = delete;
  BatchPlanner& operator=(const BatchPlanner&) = delete;

  /// Appends the output for one input line (without its newline) to `out`, ending in '\n':
  /// the plan, or an error record {"id"?, "schema", "line", "column"?, "error"}; the column
  /// (counted in characters from 1) only for invalid JSON. Returns true when planned.
  /// `readable_after`: how many bytes after the line may be read (never written); with
  /// read_ahead() or more, the line is parsed where it lies instead of copied first.
  bool plan_line(std::string_view line, std::size_t line_number, std::string& out,
                 std::size_t readable_after = 0);

  /// The bytes the parser reads past the end of a line.
  static std::size_t read_ahead();

  /// Appends the error record for a line that could not be read whole (too long).
  static void append_error(std::string& out, std::size_t line_number, std::string_view id_json,
                           std::string_view message,
                           std::optional<std::size_t> column = std::nullopt);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// `text` as a JSON string literal, quotes included, appended to `out`.
void append_json_string(std::string& out, std::string_view text);

}  // namespace runmassage
