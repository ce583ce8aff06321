// The built-in defaults: the catalogue, rules and workout words compiled from data/ as C++, and
// schedule.json's settings parsed from its embedded copy when a command needs them.
#include "runmassage/error.hpp"
#include "runmassage/knowledge.hpp"

namespace runmassage {

Knowledge default_knowledge(DataParts parts) {
  Knowledge knowledge = detail::builtin_plans();
  if (parts == DataParts::all) {
    for (const auto& file : detail::embedded_files()) {
      if (file.name == schedule_file) {
        detail::add_schedule(knowledge, DataFile{"(built-in) " + std::string(schedule_file),
                                                 std::string(file.text), true});
        return knowledge;
      }
    }
    throw DataError("(built-in) " + std::string(schedule_file) + ": missing from the build");
  }
  return knowledge;
}

}  // namespace runmassage
