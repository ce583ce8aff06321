// `runmassage batch`: many runners at once, JSON Lines in and out, streaming.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

#include "cli_common.hpp"
#include "runmassage/batch_stream.hpp"
#include "runmassage/error.hpp"
#include "runmassage/readers.hpp"

namespace runmassage::cli {
namespace {

struct BatchOptions {
  CommonOptions common;
  std::string input;  // a file, or stdin when empty or "-"
  std::string today;
  bool brief = false;
  bool explain = false;
  std::string jobs;  // empty: default_batch_jobs()
};

// The number of jobs in `text`, if it is a whole number from 1 to max_batch_jobs.
std::optional<unsigned> parse_jobs(const std::string& text) {
  const bool digits = !text.empty() && text.size() <= 3 &&
                      text.find_first_not_of("0123456789") == std::string::npos;
  const unsigned jobs = digits ? static_cast<unsigned>(std::stoul(text)) : 0;
  if (jobs < 1 || jobs > max_batch_jobs) return std::nullopt;
  return jobs;
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

  const Knowledge knowledge = load_data(options.common, DataParts::plans);
  const Detail detail = options.brief ? Detail::brief : Detail::full;
  // A closed pipe downstream (`| head`) ends batch quietly, like other filters.
  std::signal(SIGPIPE, SIG_IGN);
  const unsigned jobs = options.jobs.empty() ? default_batch_jobs() : *parse_jobs(options.jobs);
  switch (stream_batch(fd, input_name, STDOUT_FILENO, jobs, [&] {
    return readers().make_batch_planner(knowledge, detail, today, options.explain);
  })) {
    case BatchEnd::all_planned: return 0;
    case BatchEnd::some_failed: return static_cast<int>(ExitCode::data);
    case BatchEnd::output_closed:
      return 141;  // what a shell reports for a filter stopped by a closed pipe
  }
  return 0;
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
  batch->add_option("--jobs", options->jobs, "Threads to plan on (default: processors, up to 8)")
      ->type_name("N")
      ->check([](const std::string& text) {
        return parse_jobs(text)
                   ? ""
                   : "expected a whole number from 1 to " + std::to_string(max_batch_jobs) +
                         ", not '" + text.substr(0, 20) + "'";
      });
  add_data_option(*batch, options->common);
  batch->footer(
      "Each input line is a JSON object: {\"id\", \"today\", \"last_run\", \"next_run\",\n"
      "\"races\"}. Each output line is the plan for that line, as plan --format json\n"
      "prints it plus the id, or {\"id\", \"line\", \"error\"} for a line that could not\n"
      "be planned. Exit status 65 when any line could not be planned. Output lines come\n"
      "in input order, whatever --jobs is.\n\n"
      "Examples:\n"
      "  runmassage batch runners.jsonl > plans.jsonl\n"
      "  runmassage batch < runners.jsonl | jq -r .recommended.id");
  batch->callback([&command, options] { command = [options] { return run_batch(*options); }; });
}

}  // namespace runmassage::cli
