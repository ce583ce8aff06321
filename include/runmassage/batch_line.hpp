// Writing batch's output lines: a plan already made, or an error record.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "runmassage/batch_output.hpp"
#include "runmassage/knowledge.hpp"
#include "runmassage/planner.hpp"
#include "runmassage/render.hpp"

namespace runmassage {

/// Writes batch's JSON lines (docs/schema/batch.json), remembering what repeats between lines.
class BatchLineWriter {
 public:
  /// With `explain`, each plan also carries its "explain" list (a little slower per line).
  BatchLineWriter(const Knowledge& knowledge, Detail detail, bool explain);
  ~BatchLineWriter();
  BatchLineWriter(const BatchLineWriter&) = delete;
  BatchLineWriter& operator=(const BatchLineWriter&) = delete;

  /// Appends the line of `plan`, ending in '\n'. `id_json` is the record's id as JSON, echoed
  /// first; empty for none. The decision's text is spliced in by reference: it stays valid
  /// until `out` is cleared, as long as this writer lives, whatever it writes meanwhile.
  void append_plan(BatchOutput& out, std::string_view id_json, const Plan& plan);

  /// Appends the line of a plan situated but not yet decided (CachedPlanner::situate), as
  /// append_plan would once `decide(plan)` had run. Since the decision and the assumptions are
  /// a function of the facts alone, their text is remembered by the facts, and `decide` is
  /// only called for facts not met lately (and always with the explanation, which is not
  /// remembered); so `plan`'s decision and assumptions are those of these facts only if it
  /// was called.
  void append_placed(BatchOutput& out, std::string_view id_json, Plan& plan,
                     const std::function<void(Plan&)>& decide);

  /// Appends an error record {"id"?, "schema", "line", "column"?, "error"}, ending in '\n'.
  static void append_error(std::string& out, std::size_t line_number, std::string_view id_json,
                           std::string_view message,
                           std::optional<std::size_t> column = std::nullopt);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace runmassage
