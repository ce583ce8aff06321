// The readers module's table of entry points (readers.hpp), the one symbol it exports.
#include "runmassage/readers.hpp"

extern "C" __attribute__((visibility("default"))) const runmassage::Readers* runmassage_readers() {
  static const runmassage::Readers table{&runmassage::make_batch_planner, &runmassage::read_gpx,
                                         &runmassage::read_tcx, &runmassage::gunzip,
                                         &runmassage::parse_csv};
  return &table;
}
