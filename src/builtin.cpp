// The built-in defaults: the catalogue, rules, workout words and schedule settings compiled
// from data/ as C++, so no command parses JSON to start.
#include "runmassage/knowledge.hpp"

namespace runmassage {

Knowledge default_knowledge(DataParts parts) {
  Knowledge knowledge = detail::builtin_plans();
  if (parts == DataParts::all) knowledge.suggestions = detail::builtin_schedule();
  return knowledge;
}

}  // namespace runmassage
