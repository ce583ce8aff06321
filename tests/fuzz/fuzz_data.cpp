// libFuzzer target: data loading and validation. The first byte picks which of the three
// data files the input replaces; the others are the built-in ones.
#include <cstddef>
#include <cstdint>
#include <string>

#include "runmassage/data.hpp"
#include "runmassage/error.hpp"

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
  runmassage::DataFile files[3] = {{"massages.json", built_in("massages.json")},
                                   {"rules.json", built_in("rules.json")},
                                   {"schedule.json", built_in("schedule.json")}};
  files[data[0] % 3].text = text;
  try {
    runmassage::Knowledge knowledge = runmassage::parse_knowledge(files[0], files[1], files[2]);
    // Valid data must be usable: decide once on some facts.
    runmassage::Facts facts;
    facts.set(runmassage::Fact::days_until_next_run, 1);
    (void)knowledge.rules.decide(facts);
  } catch (const runmassage::DataError&) {
  }
  return 0;
}
