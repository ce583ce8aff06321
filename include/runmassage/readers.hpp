// The readers whose libraries only some commands need: batch's JSON Lines (simdjson), GPX and
// TCX (pugixml), gzip (zlib) and CSV (libcsv). They are built as a module of their own,
// runmassage-readers.so, loaded on first use, so that the other commands start without mapping
// those libraries. Programs that link the readers' code in (the tests, the fuzzers) use it as
// linked.
#pragma once

#include "runmassage/batch.hpp"
#include "runmassage/csv.hpp"
#include "runmassage/gzip.hpp"
#include "runmassage/xml_activity.hpp"

namespace runmassage {

/// The readers' entry points.
struct Readers {
  decltype(&runmassage::make_batch_planner) make_batch_planner;
  decltype(&runmassage::read_gpx) read_gpx;
  decltype(&runmassage::read_tcx) read_tcx;
  decltype(&runmassage::gunzip) gunzip;
  decltype(&runmassage::parse_csv) parse_csv;
};

/// The readers, loading the module on the first call (next to the program in a build tree,
/// else where it is installed, relative to the program). Throws IoError if it cannot be loaded.
const Readers& readers();

}  // namespace runmassage

/// The module's one exported symbol: its table of entry points.
extern "C" const runmassage::Readers* runmassage_readers();
