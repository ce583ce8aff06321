// The built-in data as C++: what the program starts with is exactly what data/ loads to.
#include "runmassage/knowledge_code.hpp"
#include "catch.hpp"

using namespace runmassage;

TEST_CASE("the built-in catalogue, rules, words and schedule are exactly data/ loaded",
          "[builtin]") {
  const std::string data = std::string(RUNMASSAGE_SOURCE_DIR) + "/data";
  const Knowledge loaded = load_knowledge(data, DataParts::all);
  const std::string from_dir = knowledge_to_cpp(loaded);
  CHECK(knowledge_to_cpp(default_knowledge(DataParts::all)) == from_dir);
  // Without the schedule, the rest is the same and the schedule is left empty.
  CHECK(knowledge_to_cpp(default_knowledge(DataParts::plans)) ==
        knowledge_to_cpp(load_knowledge(data, DataParts::plans)));
  CHECK(default_knowledge(DataParts::plans).suggestions.picks.empty());
  CHECK(from_dir.find("s.picks.push_back({\"race-recovery\", static_cast<Anchor>(0), 1, 4, ") !=
        std::string::npos);
  // And the generated text names every rule and technique of data/.
  for (const auto& rule : loaded.rules.rules()) {
    CHECK(from_dir.find("r.id = \"" + rule.id + "\";") != std::string::npos);
  }
}

TEST_CASE("strings and numbers are written so they read back exactly", "[builtin]") {
  Knowledge k;
  k.catalogue.focus = {"quote \" backslash \\ question ? newline \n caf\xc3\xa9"};
  k.workouts.long_run_km = 0.1;
  const std::string code = knowledge_to_cpp(k);
  CHECK(code.find(R"(k.catalogue.focus = words({"quote \" backslash \\ question \077 newline \012 )"
                  R"(caf\303\251"});)") != std::string::npos);
  CHECK(code.find("k.workouts.long_run_km = 0.10000000000000001;") != std::string::npos);
}
