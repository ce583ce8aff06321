// The RFC 4180 reader: quoting, doubled quotes, CRLF, line breaks in fields, errors by line.
#include "catch.hpp"

#include "runmassage/csv.hpp"
#include "runmassage/error.hpp"

using runmassage::CsvTable;
using runmassage::parse_csv;

namespace {
std::string error_of(const std::string& text, std::size_t max_rows = 100) {
  try {
    parse_csv(text, "a.csv", max_rows);
  } catch (const runmassage::DataError& e) {
    return e.what();
  }
  return "no error";
}
using Fields = std::vector<std::string>;
}  // namespace

TEST_CASE("csv: plain, quoted and empty fields", "[csv]") {
  CsvTable table = parse_csv("a,b,c\n1,\"two, 2\",\n", "a.csv", 100);
  CHECK(table.header == Fields{"a", "b", "c"});
  REQUIRE(table.rows.size() == 1);
  CHECK(table.rows[0].fields == Fields{"1", "two, 2", ""});
  CHECK(table.rows[0].line == 2);
}

TEST_CASE("csv: doubled quotes, CRLF, line breaks inside quotes, spaces kept", "[csv]") {
  CsvTable table =
      parse_csv("\xEF\xBB\xBFname,note\r\n\"say \"\"hi\"\"\", x \r\n\r\nb,\"two\r\nlines\"\r\nc,d",
                "a.csv", 100);
  CHECK(table.header == Fields{"name", "note"});
  REQUIRE(table.rows.size() == 3);
  CHECK(table.rows[0].fields == Fields{"say \"hi\"", " x "});
  CHECK(table.rows[0].line == 2);
  CHECK(table.rows[1].fields == Fields{"b", "two\r\nlines"});
  CHECK(table.rows[1].line == 4);  // line 3 is blank; the record spans lines 4 and 5
  CHECK(table.rows[2].fields == Fields{"c", "d"});
  CHECK(table.rows[2].line == 6);
}

TEST_CASE("csv: duplicated column names are found by occurrence", "[csv]") {
  CsvTable table = parse_csv("Distance,Name,Distance\n1,a,1000\n", "a.csv", 100);
  CHECK(table.column("Distance") == 0u);
  CHECK(table.column("Distance", 1) == 2u);
  CHECK_FALSE(table.column("Distance", 2));
  CHECK_FALSE(table.column("Elapsed Time"));
}

TEST_CASE("csv: malformed input names its line", "[csv]") {
  CHECK(error_of("a,b\n1,x\"y\n") ==
        "a.csv: line 2: a quote inside an unquoted field, or text after a closing quote");
  CHECK(error_of("a,b\n1,\"open\n2,3\n") ==
        "a.csv: line 2: a quoted field is not closed by the end of the file");
  CHECK(error_of("") == "a.csv: no header row");
  CHECK(error_of("a\n1\n2\n3\n", 2) == "a.csv: line 4: more than 2 rows");
}
