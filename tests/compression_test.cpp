// gzip through zlib and zip through libzip: round trips, limits, corrupt data.
#include "catch.hpp"

#include "history_files.hpp"
#include "runmassage/error.hpp"
#include "runmassage/gzip.hpp"
#include "runmassage/zip_archive.hpp"

using namespace runmassage;

namespace {
std::string gunzip_error(const std::string& bytes, std::size_t max_bytes = 1000) {
  try {
    gunzip(bytes, "a.gz", max_bytes);
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("gunzip: one member, concatenated members, padding", "[gzip]") {
  std::string text(5000, 'x');
  CHECK(gunzip(test::gzip(text), "a.gz", 5000) == text);
  CHECK(gunzip(test::gzip("ab") + test::gzip("cd"), "a.gz", 10) == "abcd");
  CHECK(gunzip(test::gzip("ab") + std::string(4, '\0'), "a.gz", 10) == "ab");
  CHECK(is_gzip(test::gzip("")));
  CHECK_FALSE(is_gzip("<gpx"));
}

TEST_CASE("gunzip: limits and damage", "[gzip]") {
  std::string packed = test::gzip(std::string(5000, 'x'));
  CHECK(gunzip_error(packed, 4999) == "a.gz: decompresses to more than the limit of 4999 bytes");
  CHECK(gunzip_error("plain") == "a.gz: not gzip data (no 1f 8b signature)");
  CHECK(gunzip_error(packed.substr(0, packed.size() - 4), 10000) ==
        "a.gz: gzip data cut short after " + std::to_string(packed.size() - 4) + " bytes");
  std::string damaged = test::gzip("hello, hello, hello");
  damaged[damaged.size() - 6] = static_cast<char>(damaged[damaged.size() - 6] ^ 0xFF);  // the CRC
  CHECK(gunzip_error(damaged).rfind("a.gz: corrupt gzip data at byte", 0) == 0);
  CHECK(gunzip_error(test::gzip("ab") + "junk") ==
        "a.gz: data after the end of the gzip stream at byte " +
            std::to_string(test::gzip("ab").size()));
}

TEST_CASE("zip: names and entries, limits, missing entries, not a zip", "[zip]") {
  test::ScratchDir dir;
  std::string path = dir / "export.zip";
  test::write_zip(path, {{"export/activities.csv", "a,b\n"}, {"export/x.gpx", "<gpx/>"}});
  ZipArchive zip(path);
  CHECK(zip.names() == std::vector<std::string>{"export/activities.csv", "export/x.gpx"});
  CHECK(zip.read("export/x.gpx", 100) == "<gpx/>");
  try {
    (void)zip.read("export/x.gpx", 5);
    FAIL("no error");
  } catch (const DataError& e) {
    CHECK(std::string(e.what()) ==
          path + ":export/x.gpx: decompresses to more than the limit of 5 bytes");
  }
  CHECK_THROWS_AS(zip.read("nothing", 100), DataError);
  CHECK_THROWS_AS(ZipArchive(dir.write("fake.zip", "not a zip at all")), DataError);
  CHECK_THROWS_AS(ZipArchive(dir / "missing.zip"), IoError);
}
