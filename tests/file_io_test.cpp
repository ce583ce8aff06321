// Files on disk: whole files read under a limit, paths joined, every byte written.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <string>

#include "catch.hpp"
#include "runmassage/data_file.hpp"
#include "runmassage/error.hpp"
#include "runmassage/file_io.hpp"

using namespace runmassage;

TEST_CASE("a file over the size limit is refused", "[file_io]") {
  std::string big = "big-data-file.json";
  {
    std::ofstream out(big);
    out << std::string(max_data_file_bytes + 1, ' ');
  }
  try {
    read_file(big, max_data_file_bytes);
    FAIL("no error for a file over the limit");
  } catch (const DataError& e) {
    CHECK(std::string(e.what()) == "big-data-file.json: larger than the limit of 1048576 bytes");
  }
  std::remove(big.c_str());
}

TEST_CASE("a directory is not read as a file", "[file_io]") {
  const std::string dir = std::string(RUNMASSAGE_SOURCE_DIR) + "/data";
  try {
    read_file(dir, max_data_file_bytes);
    FAIL("no error for a directory");
  } catch (const IoError& e) {
    CHECK(std::string(e.what()) == "cannot read " + dir + ": is a directory");
  }
}

TEST_CASE("paths are joined with one slash", "[file_io]") {
  CHECK(join_path("data", "rules.json") == "data/rules.json");
  CHECK(join_path("data/", "rules.json") == "data/rules.json");
  CHECK(join_path("", "rules.json") == "rules.json");
}

TEST_CASE("every byte is written, and a failed write gives its errno", "[file_io]") {
  int ends[2];
  REQUIRE(::pipe(ends) == 0);
  CHECK(write_all(ends[1], "hello") == 0);
  ::close(ends[1]);
  char buffer[16] = {};
  CHECK(::read(ends[0], buffer, sizeof buffer) == 5);
  CHECK(std::string(buffer) == "hello");
  ::close(ends[0]);
  CHECK(write_all(-1, "x") == EBADF);
}
