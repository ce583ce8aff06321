// Helpers the data file tests share: data/'s files as text and JSON, and the DataError of the
// knowledge with some of them replaced.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "runmassage/data_file.hpp"
#include "runmassage/error.hpp"
#include "runmassage/file_io.hpp"
#include "runmassage/knowledge.hpp"

namespace runmassage::test {

/// The text of data/NAME.
inline std::string source_file(const std::string& name) {
  return read_file(std::string(RUNMASSAGE_SOURCE_DIR) + "/data/" + name, max_data_file_bytes);
}

inline nlohmann::json massages() { return nlohmann::json::parse(source_file("massages.json")); }
inline nlohmann::json rules() { return nlohmann::json::parse(source_file("rules.json")); }
inline nlohmann::json schedule() { return nlohmann::json::parse(source_file("schedule.json")); }
inline nlohmann::json workouts() { return nlohmann::json::parse(source_file("workouts.json")); }

/// The DataError message for these two documents, or "no error".
inline std::string error_of(const std::string& massages_text, const std::string& rules_text) {
  try {
    parse_knowledge({{"massages.json", massages_text},
                     {"rules.json", rules_text},
                     {"workouts.json", source_file("workouts.json")},
                     DataFile{"schedule.json", source_file("schedule.json")}});
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}

inline std::string error_of(const nlohmann::json& m, const nlohmann::json& r) {
  return error_of(m.dump(), r.dump());
}

/// The DataError message when workouts.json and schedule.json are replaced, or "no error".
inline std::string words_error(const nlohmann::json& w, const nlohmann::json& s) {
  try {
    parse_knowledge({{"massages.json", massages().dump()},
                     {"rules.json", rules().dump()},
                     {"workouts.json", w.dump()},
                     DataFile{"schedule.json", s.dump()}});
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}

inline std::string schedule_error(const nlohmann::json& s) { return words_error(workouts(), s); }
inline std::string workouts_error(const nlohmann::json& w) { return words_error(w, schedule()); }

}  // namespace runmassage::test
