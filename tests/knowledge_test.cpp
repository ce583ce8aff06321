// The knowledge: the built-in data is data/, and a data directory that cannot be read is named.
#include <string>
#include <vector>

#include "catch.hpp"
#include "data_files.hpp"
#include "runmassage/error.hpp"
#include "runmassage/knowledge.hpp"

using namespace runmassage;
using test::source_file;

TEST_CASE("the built-in data is byte for byte the data/ directory", "[data]") {
  // The built-in copy skips the syntax checks (depth, duplicate keys) that data/ passes here.
  REQUIRE(detail::embedded_files().size() == 4);
  for (const auto& file : detail::embedded_files()) {
    CHECK(file.text == source_file(std::string(file.name)));
  }
}

TEST_CASE("the built-in data is the data/ directory, and it validates", "[data]") {
  Knowledge built_in = default_knowledge();
  Knowledge from_dir = load_knowledge(std::string(RUNMASSAGE_SOURCE_DIR) + "/data");
  CHECK(built_in.catalogue.types.size() == 4);
  CHECK(built_in.catalogue.types[0].id == "sports-pre");
  CHECK(built_in.catalogue.types[3].id == "swedish");
  CHECK(built_in.catalogue.focus ==
        std::vector<std::string>{"hamstrings", "quadriceps", "calves", "glutes", "core"});
  CHECK(built_in.rules.rules().size() == from_dir.rules.rules().size());
  CHECK(built_in.rules.rules().front().id == "run-today");
  for (const char* id :
       {"pnf-stretching", "assisted-rom", "tapotement", "motion-palpation", "myofascial-release",
        "trigger-point", "pin-and-stretch", "effleurage", "petrissage", "stripping",
        "cross-fibre-friction", "compression", "flushing"}) {
    CHECK(built_in.catalogue.find_technique(id));
  }
}

TEST_CASE("data directories and files that cannot be read", "[data]") {
  auto io_error = [](const std::string& dir) -> std::string {
    try {
      load_knowledge(dir);
    } catch (const IoError& e) {
      return e.what();
    }
    return "no error";
  };
  CHECK(io_error("/nonexistent/runmassage") ==
        "cannot read data directory /nonexistent/runmassage: No such file or directory");
  CHECK(io_error(std::string(RUNMASSAGE_SOURCE_DIR) + "/data/rules.json") ==
        "cannot read data directory " + std::string(RUNMASSAGE_SOURCE_DIR) +
            "/data/rules.json: not a directory");
  CHECK(io_error(std::string(RUNMASSAGE_SOURCE_DIR) + "/src") ==
        "cannot read " + std::string(RUNMASSAGE_SOURCE_DIR) +
            "/src/massages.json: No such file or directory");
}
