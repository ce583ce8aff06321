// Loading the knowledge: each data file through its own parser, in the order they refer to each
// other (the catalogue first), from a data directory or from given texts.
#include "runmassage/knowledge.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "runmassage/error.hpp"
#include "runmassage/file_io.hpp"
#include "runmassage/massages_json.hpp"
#include "runmassage/rules_json.hpp"
#include "runmassage/schedule_json.hpp"
#include "runmassage/workouts_json.hpp"

namespace runmassage {

Knowledge parse_knowledge(const DataFiles& files) {
  Knowledge knowledge;
  knowledge.catalogue = parse_catalogue(files.massages);
  knowledge.rules = parse_rules(files.rules, knowledge.catalogue);
  knowledge.workouts = parse_workout_words(files.workouts);
  if (files.schedule) knowledge.suggestions = parse_schedule(*files.schedule, knowledge.catalogue);
  return knowledge;
}

Knowledge load_knowledge(const std::string& dir, DataParts parts) {
  struct stat info {};
  if (::stat(dir.c_str(), &info) != 0) {
    throw IoError("cannot read data directory " + dir + ": " + std::strerror(errno));
  }
  if (!S_ISDIR(info.st_mode))
    throw IoError("cannot read data directory " + dir + ": not a directory");
  auto load = [&](std::string_view name) {
    std::string path = join_path(dir, name);
    return DataFile{path, read_file(path, max_data_file_bytes)};
  };
  // In order, so the first missing file is named.
  DataFiles files{load(massages_file), load(rules_file), load(workouts_file), std::nullopt};
  if (parts == DataParts::all) files.schedule = load(schedule_file);
  return parse_knowledge(files);
}

}  // namespace runmassage
