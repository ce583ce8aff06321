// `runmassage batch`: many runners at once, JSON Lines in and out, streaming.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
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
  const unsigned jobs =
      options.jobs.empty()
          ? default_batch_jobs()
          : static_cast<unsigned>(*whole_number(options.jobs, 1, int{max_batch_jobs}));
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
  add_whole_number_option(*batch, "--jobs", options->jobs, 1, int{max_batch_jobs},
                          "Threads to plan on (default: processors, up to 8)");
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
