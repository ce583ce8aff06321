// The one error family of runmassage: each error knows its exit code.
#pragma once

#include <stdexcept>
#include <string>

namespace runmassage {

/// Exit codes documented in the README (from BSD sysexits).
enum class ExitCode : int { ok = 0, usage = 64, data = 65, io = 66, internal = 70 };

/// Base of every error runmassage reports; the message says what and where.
class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  /// The process exit code this error maps to.
  [[nodiscard]] ExitCode code() const noexcept { return code_; }

 private:
  ExitCode code_;
};

/// A bad command line or bad request: an impossible date, dates in the wrong order, a bad option.
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(ExitCode::usage, message) {}
};

/// Invalid data: a data file, a calendar or an input record that does not validate.
class DataError : public Error {
 public:
  explicit DataError(const std::string& message) : Error(ExitCode::data, message) {}
};

/// A file or directory that cannot be read or written.
class IoError : public Error {
 public:
  explicit IoError(const std::string& message) : Error(ExitCode::io, message) {}
};

}  // namespace runmassage
