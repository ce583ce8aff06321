// The built-in data as C++: the catalogue, rules, workout words and schedule settings written as
// code that builds them, so the program starts without parsing JSON.
#pragma once

#include <string>

#include "runmassage/knowledge.hpp"

namespace runmassage {

/// A C++ source defining `detail::builtin_plans()`, which returns `knowledge`'s catalogue,
/// rules and workout words, and `detail::builtin_schedule()`, which returns its schedule
/// settings. The same knowledge always gives the same text, so comparing texts compares
/// knowledge.
std::string knowledge_to_cpp(const Knowledge& knowledge);

}  // namespace runmassage
