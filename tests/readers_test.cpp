// The readers: a program that links their code in (as this one does) uses it directly, with
// no module to load. The module itself is tested through the program (readers_module_test.sh
// and every batch and history golden test).
#include "runmassage/readers.hpp"
#include "catch.hpp"

using namespace runmassage;

TEST_CASE("linked in, the readers are the linked functions", "[readers]") {
  const Readers& table = readers();
  CHECK(table.make_batch_planner == &make_batch_planner);
  CHECK(table.read_gpx == &read_gpx);
  CHECK(table.read_tcx == &read_tcx);
  CHECK(table.gunzip == &gunzip);
  CHECK(table.parse_csv == &parse_csv);
  CHECK(&readers() == &table);  // found once
}
