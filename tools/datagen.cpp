// runmassage_datagen DATA_DIR OUTPUT: validates data/ with the program's own loader and writes
// the built-in catalogue, rules, workout words and schedule settings as C++ (rewriting OUTPUT
// only if it changed).
#include <cstdio>
#include <exception>
#include <fstream>
#include <sstream>

#include "runmassage/knowledge_code.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: runmassage_datagen DATA_DIR OUTPUT\n");
    return 64;
  }
  try {
    const auto knowledge = runmassage::load_knowledge(argv[1], runmassage::DataParts::all);
    const std::string code = runmassage::knowledge_to_cpp(knowledge);
    std::ifstream old(argv[2], std::ios::binary);
    std::stringstream existing;
    existing << old.rdbuf();
    if (old && existing.str() == code) return 0;
    std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
    out << code;
    if (!out.flush()) {
      std::fprintf(stderr, "runmassage_datagen: cannot write %s\n", argv[2]);
      return 66;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "runmassage_datagen: %s\n", e.what());
    return 65;
  }
  return 0;
}
