// The knowledge a command plans with: the catalogue, the rules, the workout words and the
// suggestion settings, loaded from a data directory or built in, every reference resolved.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runmassage/catalogue.hpp"
#include "runmassage/data_file.hpp"
#include "runmassage/rules.hpp"
#include "runmassage/suggestion_settings.hpp"
#include "runmassage/workout_words.hpp"

namespace runmassage {

/// The catalogue, the rules and the schedule settings that refer to it; validated, so every
/// reference resolves.
struct Knowledge {
  Catalogue catalogue;
  RuleSet rules;
  WorkoutWords workouts;           ///< how options and calendar titles name workouts
  SuggestionSettings suggestions;  ///< empty unless loaded with DataParts::all
};

/// Which data files a command needs: only `week` reads schedule.json, and the others start
/// faster (and accept a data directory without it) when it is not read.
enum class DataParts {
  plans,  ///< massages.json, rules.json and workouts.json
  all,    ///< and schedule.json
};

/// The data file names looked for in a data directory.
inline constexpr std::string_view massages_file = "massages.json";
inline constexpr std::string_view rules_file = "rules.json";
inline constexpr std::string_view workouts_file = "workouts.json";
inline constexpr std::string_view schedule_file = "schedule.json";

/// The data files of one data directory; schedule.json only for the commands that need it.
struct DataFiles {
  DataFile massages;
  DataFile rules;
  DataFile workouts;
  std::optional<DataFile> schedule;
};

/// Parses and validates the data files; throws DataError naming the file and the place.
Knowledge parse_knowledge(const DataFiles& files);

/// Reads massages.json, rules.json, workouts.json and (for DataParts::all) schedule.json from
/// `dir`; IoError if unreadable, DataError if invalid.
Knowledge load_knowledge(const std::string& dir, DataParts parts = DataParts::all);

/// The defaults compiled in from data/ at build time (src/builtin.cpp, in the library
/// runmassage_builtin).
Knowledge default_knowledge(DataParts parts = DataParts::all);

namespace detail {
/// One file of data/ as text (see embedded_files).
struct EmbeddedFile {
  std::string_view name;
  std::string_view text;
};
/// The files of data/ as text, generated at build time by cmake/embed_data.cmake, in the library
/// runmassage_embedded_data: the tests and the data fuzz target link it, the program does not.
const std::vector<EmbeddedFile>& embedded_files();
/// The built-in catalogue, rules and workout words, generated at build time as C++ by
/// tools/datagen.cpp from data/ (see knowledge_code.hpp).
Knowledge builtin_plans();
/// The built-in suggestion settings (schedule.json), generated with builtin_plans().
SuggestionSettings builtin_schedule();
}  // namespace detail

}  // namespace runmassage
