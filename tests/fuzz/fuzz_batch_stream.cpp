// libFuzzer target: a whole batch input, lines and all, streamed with one job and with three.
// Both must write the same bytes: one line of valid JSON for each input line, and for each the
// bytes planning that line alone writes.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "runmassage/batch.hpp"
#include "runmassage/batch_stream.hpp"
#include "runmassage/text.hpp"

namespace {

// A file in memory holding `bytes`, read from its start.
int memory_file(const char* name, std::string_view bytes) {
  const int fd = ::memfd_create(name, 0);
  if (fd < 0) __builtin_trap();
  if (!bytes.empty() &&
      ::write(fd, bytes.data(), bytes.size()) != static_cast<ssize_t>(bytes.size())) {
    __builtin_trap();
  }
  ::lseek(fd, 0, SEEK_SET);
  return fd;
}

std::string contents(int fd) {
  std::string text;
  ::lseek(fd, 0, SEEK_SET);
  char buffer[65536];
  ssize_t got = 0;
  while ((got = ::read(fd, buffer, sizeof buffer)) > 0)
    text.append(buffer, static_cast<std::size_t>(got));
  return text;
}

std::string stream(std::string_view input, unsigned jobs) {
  static const runmassage::Knowledge knowledge = runmassage::default_knowledge();
  const int in = memory_file("in", input);
  const int out = memory_file("out", {});
  runmassage::stream_batch(in, "input", out, jobs, [] {
    return runmassage::make_batch_planner(knowledge, runmassage::Detail::brief,
                                          *runmassage::parse_iso_date("2024-05-02"), false);
  });
  std::string text = contents(out);
  ::close(in);
  ::close(out);
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string one = stream(input, 1);
  if (stream(input, 3) != one) __builtin_trap();
  std::size_t lines = 0;
  for (const char c : input) lines += c == '\n' ? 1 : 0;
  if (!input.empty() && input.back() != '\n') ++lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < lines; ++i) {
    const std::size_t newline = one.find('\n', start);
    if (newline == std::string::npos) __builtin_trap();
    if (!nlohmann::json::accept(std::string_view(one).substr(start, newline - start)))
      __builtin_trap();
    start = newline + 1;
  }
  if (start != one.size()) __builtin_trap();

  // Each line planned alone writes what the stream wrote for it, though the stream parses its
  // lines many at once: the same bytes in all.
  static const runmassage::Knowledge knowledge = runmassage::default_knowledge();
  const auto planner = runmassage::make_batch_planner(
      knowledge, runmassage::Detail::brief, *runmassage::parse_iso_date("2024-05-02"), false);
  std::string alone;
  std::string_view rest = input;
  for (std::size_t number = 1; number <= lines; ++number) {
    const std::size_t newline = rest.find('\n');
    std::string_view line = rest.substr(0, newline);
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    if (number == 1 && line.substr(0, runmassage::utf8_bom.size()) == runmassage::utf8_bom) {
      line.remove_prefix(runmassage::utf8_bom.size());
    }
    if (line.size() > runmassage::max_batch_line_bytes) return 0;  // not planned at all
    planner->plan_line(line, number, alone, 0);
  }
  if (alone != one) __builtin_trap();
  return 0;
}
