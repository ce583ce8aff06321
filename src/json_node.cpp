// Parsing data files strictly and walking their JSON with the place of every value at hand.
#include "runmassage/json_node.hpp"

#include <algorithm>
#include <exception>
#include <optional>
#include <set>
#include <stdexcept>

#include "runmassage/error.hpp"

namespace runmassage::detail {
namespace {

using nlohmann::json;

// Escapes a key for a JSON pointer (RFC 6901).
std::string pointer_token(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

// A number as a person writes it: no ".0" on whole numbers.
std::string format_number(double number) {
  if (number == static_cast<double>(static_cast<long long>(number))) {
    return std::to_string(static_cast<long long>(number));
  }
  return json(number).dump();
}

// Where the parser is, so a duplicate key can be reported with its JSON pointer.
struct Frame {
  bool array = false;
  std::size_t index = 0;       // arrays: the element being read
  std::string key;             // objects: the key being read
  std::set<std::string> keys;  // objects: the keys seen so far
};

class DuplicateKey : public std::exception {
 public:
  explicit DuplicateKey(std::string pointer) : pointer_(std::move(pointer)) {}
  [[nodiscard]] const std::string& pointer() const { return pointer_; }

 private:
  std::string pointer_;
};

std::string pointer_of(const std::vector<Frame>& frames) {
  std::string pointer;
  for (const auto& frame : frames) {
    pointer += "/" + (frame.array ? std::to_string(frame.index) : pointer_token(frame.key));
  }
  return pointer;
}

}  // namespace

std::string type_name(const json& value) {
  if (value.is_number_integer()) return "an integer";
  if (value.is_number()) return "a number";
  if (value.is_string()) return "a string";
  if (value.is_boolean()) return "a boolean";
  if (value.is_null()) return "null";
  if (value.is_array()) return "an array";
  return "an object";
}

namespace {

// Why strict parsing refused a text, and at which byte when that is known.
struct Refusal {
  std::optional<std::size_t> byte;
  std::string message;
};

// Parses `text` strictly: no NUL byte (nlohmann takes one for the end and would ignore what
// follows), nesting within max_json_depth, no key twice in an object (nlohmann would keep the
// last). Throws Refusal.
json parse_strict(std::string_view text) {
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    throw Refusal{nul, "invalid JSON: a NUL byte"};
  }
  std::vector<Frame> frames;
  auto element_done = [&] {
    if (!frames.empty() && frames.back().array) ++frames.back().index;
  };
  auto watch = [&](int depth, json::parse_event_t event, json& parsed) {
    if (depth > max_json_depth) throw std::length_error("nesting");
    switch (event) {
      case json::parse_event_t::object_start: frames.push_back(Frame{}); break;
      case json::parse_event_t::array_start: frames.push_back(Frame{true, 0, {}, {}}); break;
      case json::parse_event_t::key: {
        Frame& frame = frames.back();
        frame.key = parsed.get<std::string>();
        if (!frame.keys.insert(frame.key).second) throw DuplicateKey(pointer_of(frames));
        break;
      }
      case json::parse_event_t::object_end:
      case json::parse_event_t::array_end:
        frames.pop_back();
        element_done();
        break;
      case json::parse_event_t::value: element_done(); break;
    }
    return true;
  };
  try {
    return json::parse(text, watch);
  } catch (const DuplicateKey& e) {
    throw Refusal{std::nullopt, e.pointer() + ": duplicate key"};
  } catch (const json::parse_error& e) {
    std::string message = e.what();
    auto colon = message.find(": ", message.find("column"));
    if (colon != std::string::npos) message = message.substr(colon + 2);
    throw Refusal{e.byte == 0 ? 0 : e.byte - 1, "invalid JSON: " + message};
  } catch (const std::length_error&) {
    throw Refusal{std::nullopt,
                  "nesting deeper than " + std::to_string(max_json_depth) + " levels"};
  }
}

}  // namespace

json parse_json(const DataFile& file) {
  if (file.built_in) return json::parse(file.text);
  try {
    return parse_strict(file.text);
  } catch (const Refusal& refusal) {
    if (!refusal.byte) throw DataError(file.name + ": " + refusal.message);
    // "NAME:LINE:COLUMN" of the byte.
    std::size_t line = 1, column = 1;
    const std::size_t end = std::min(*refusal.byte, file.text.size());
    for (std::size_t i = 0; i < end; ++i) {
      if (file.text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    throw DataError(file.name + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " +
                    refusal.message);
  }
}

json parse_json_line(std::string_view line) {
  try {
    return parse_strict(line);
  } catch (const Refusal& refusal) {
    throw DataError(refusal.message);
  }
}

void Node::fail(const std::string& message) const {
  throw DataError(file_ + ": " + (pointer_.empty() ? "/" : pointer_) + ": " + message);
}

void Node::expect_object(std::initializer_list<std::string_view> required,
                         std::initializer_list<std::string_view> optional) const {
  if (!value_.is_object()) fail("expected an object, found " + type_name(value_));
  for (auto key : required) {
    if (!value_.contains(key)) fail("missing \"" + std::string(key) + "\"");
  }
  for (const auto& item : value_.items()) {
    auto known = [&](std::initializer_list<std::string_view> keys) {
      for (auto key : keys) {
        if (key == item.key()) return true;
      }
      return false;
    };
    if (!known(required) && !known(optional)) {
      at(item.key()).fail("unknown key \"" + item.key() + "\"");
    }
  }
}

Node Node::at(const std::string& key) const {
  return Node(value_.at(key), file_, pointer_ + "/" + pointer_token(key));
}

std::vector<std::pair<std::string, Node>> Node::members() const {
  if (!value_.is_object()) fail("expected an object, found " + type_name(value_));
  std::vector<std::pair<std::string, Node>> out;
  out.reserve(value_.size());
  for (const auto& item : value_.items()) out.emplace_back(item.key(), at(item.key()));
  return out;
}

std::vector<Node> Node::elements(bool allow_empty) const {
  if (!value_.is_array()) fail("expected an array, found " + type_name(value_));
  if (!allow_empty && value_.empty()) fail("expected a non-empty array");
  std::vector<Node> out;
  out.reserve(value_.size());
  for (std::size_t i = 0; i < value_.size(); ++i) {
    out.emplace_back(value_[i], file_, pointer_ + "/" + std::to_string(i));
  }
  return out;
}

std::string Node::text() const {
  if (!value_.is_string()) fail("expected a string, found " + type_name(value_));
  const auto& s = value_.get_ref<const std::string&>();
  if (s.empty()) fail("expected a non-empty string");
  return s;
}

int Node::integer(int min, int max) const {
  if (!value_.is_number_integer()) fail("expected an integer, found " + type_name(value_));
  auto wide = value_.get<long long>();
  if (value_.is_number_unsigned() &&
      value_.get<unsigned long long>() > static_cast<unsigned long long>(max)) {
    wide = static_cast<long long>(max) + 1;
  }
  if (wide < min || wide > max) {
    fail("expected an integer from " + std::to_string(min) + " to " + std::to_string(max));
  }
  return static_cast<int>(wide);
}

double Node::number(double min, double max) const {
  if (!value_.is_number()) fail("expected a number, found " + type_name(value_));
  const double number = value_.get<double>();
  if (!(number >= min && number <= max)) {
    fail("expected a number from " + format_number(min) + " to " + format_number(max));
  }
  return number;
}

std::vector<std::string> Node::texts() const {
  std::vector<std::string> out;
  for (const auto& element : elements()) out.push_back(element.text());
  return out;
}

}  // namespace runmassage::detail
