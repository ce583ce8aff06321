// libFuzzer target: data loading and validation. The first byte picks which of the four
// data files the input replaces; the others are the built-in ones.
#include <cstddef>
#include <cstdint>
#include <string>

#include "runmassage/error.hpp"
#include "runmassage/knowledge.hpp"

namespace {
std::string built_in(std::string_view name) {
  for (const auto& file : runmassage::detail::embedded_files()) {
    if (file.name == name) return std::string(file.text);
  }
  __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  runmassage::DataFiles files{{"massages.json", built_in("massages.json")},
                              {"rules.json", built_in("rules.json")},
                              {"workouts.json", built_in("workouts.json")},
                              runmassage::DataFile{"schedule.json", built_in("schedule.json")}};
  runmassage::DataFile* slots[4] = {&files.massages, &files.rules, &files.workouts,
                                    &*files.schedule};
  slots[data[0] % 4]->text = text;
  try {
    runmassage::Knowledge knowledge = runmassage::parse_knowledge(files);
    // Valid data must be usable: classify a title and decide once on some facts.
    runmassage::Facts facts;
    facts.set(runmassage::Fact::days_until_next_run, 1);
    facts.set(
        runmassage::Fact::next_run_kind,
        static_cast<double>(runmassage::classify_words("Long Run 16 mi", knowledge.workouts).kind));
    (void)knowledge.rules.decide(facts);
  } catch (const runmassage::DataError&) {
  }
  return 0;
}
