// The data files' JSON toolkit: a strict parser and a Node that knows its file and JSON pointer,
// so every complaint about a value says where it is and what was expected.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runmassage/data_file.hpp"

namespace runmassage::detail {

/// "an integer", "a number", "a string", …: what a JSON value is, for error messages.
std::string type_name(const nlohmann::json& value);

/// Parses with a depth limit (max_json_depth), refusing duplicate keys (nlohmann would silently
/// keep the last); throws DataError with file:line:column for a syntax error, with the pointer for
/// a duplicate key. Built-in files skip the depth and duplicate-key checks.
nlohmann::json parse_json(const DataFile& file);

/// One line of JSON Lines (an activity log, a rules case), parsed as strictly as a data file;
/// throws DataError with what was wrong ("invalid JSON: …", "/km: duplicate key"), for the
/// caller to prefix with the file and line.
nlohmann::json parse_json_line(std::string_view line);

/// A JSON value with its file and pointer, so every complaint says where. Holds references to
/// the value and the file name, which must outlive it.
class Node {
 public:
  Node(const nlohmann::json& value, const std::string& file, std::string pointer)
      : value_(value), file_(file), pointer_(std::move(pointer)) {}

  /// Throws DataError "FILE: POINTER: message".
  [[noreturn]] void fail(const std::string& message) const;

  [[nodiscard]] const nlohmann::json& value() const { return value_; }

  /// Checks for an object holding exactly these keys (the optional ones may be missing).
  void expect_object(std::initializer_list<std::string_view> required,
                     std::initializer_list<std::string_view> optional = {}) const;

  /// The member `key`, which must exist.
  [[nodiscard]] Node at(const std::string& key) const;

  [[nodiscard]] bool has(const std::string& key) const { return value_.contains(key); }

  /// The members of an object whose keys are data (distance names, units), each with its key,
  /// in key order.
  [[nodiscard]] std::vector<std::pair<std::string, Node>> members() const;

  /// The elements of an array, non-empty unless `allow_empty`.
  [[nodiscard]] std::vector<Node> elements(bool allow_empty = false) const;

  /// A non-empty string.
  [[nodiscard]] std::string text() const;

  /// An integer from `min` to `max`.
  [[nodiscard]] int integer(int min, int max) const;

  /// A number from `min` to `max`.
  [[nodiscard]] double number(double min, double max) const;

  /// A non-empty array of non-empty strings.
  [[nodiscard]] std::vector<std::string> texts() const;

 private:
  const nlohmann::json& value_;
  const std::string& file_;
  std::string pointer_;
};

/// Refuses a second item with the id of an earlier one, at the later one's "id".
template <typename T>
void check_unique_ids(const std::vector<T>& items, const std::vector<Node>& nodes) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (items[i].id == items[j].id) {
        nodes[i].at("id").fail("duplicate id \"" + items[i].id + "\" (first at index " +
                               std::to_string(j) + ")");
      }
    }
  }
}

}  // namespace runmassage::detail
