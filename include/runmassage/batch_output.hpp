// Batch's output for a run of lines: text, with pieces shared between lines spliced in.
#pragma once

#include <sys/types.h>
#include <sys/uio.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace runmassage {

/// Output lines in which repeated pieces are referred to instead of copied. Most of a plan's
/// line is its decision (about 1,700 of 2,300 bytes), the same text for every record that
/// reached it and rendered once by the planner; each line notes where that text goes, and the
/// writer gathers the lines' own bytes and the pieces with writev.
struct BatchOutput {
  /// `piece` goes before text[at]; splices are kept in the order of `at`.
  struct Splice {
    std::size_t at;
    std::string_view piece;
  };

  std::string text;             ///< the output's own bytes
  std::vector<Splice> splices;  ///< pieces that go between them
  /// Storage that pieces point into, which its owner let go of while this output still refers
  /// to it: freed with the output.
  std::vector<std::unique_ptr<const std::string>> kept;

  /// Appends `piece` by reference: it must stay valid until the output is written or cleared.
  void splice(std::string_view piece) { splices.push_back({text.size(), piece}); }

  /// Drops what follows the first `text_size` bytes and `splice_count` splices (a line that
  /// failed half-way); the storage kept stays.
  void truncate(std::size_t text_size, std::size_t splice_count) {
    text.resize(text_size);
    splices.resize(splice_count);
  }

  void clear() {
    text.clear();
    splices.clear();
    kept.clear();
  }

  /// Appends the whole output, pieces included, to `out`.
  void append_to(std::string& out) const;
};

/// The call that writes gathered pieces: writev, or a stand-in in tests.
using GatherWrite = ssize_t (*)(int fd, const iovec* pieces, int count);

/// Writes `output` whole to `fd`, at most IOV_MAX pieces a call and going on after a short
/// write or an interruption: 0, or the errno of the write that failed.
int write_batch_output(int fd, const BatchOutput& output, GatherWrite write_some = ::writev);

}  // namespace runmassage
