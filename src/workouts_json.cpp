// Reading workouts.json into the workout words, refusing anything malformed with its location.
#include "runmassage/workouts_json.hpp"

#include <algorithm>
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "runmassage/json_node.hpp"
#include "runmassage/training_load.hpp"
#include "runmassage/workout.hpp"

namespace runmassage {
namespace {

using detail::Node;
using detail::type_name;

std::vector<Phrase> parse_phrases(const Node& node) {
  std::vector<Phrase> phrases;
  for (const auto& element : node.elements()) {
    std::string text = element.text();
    Phrase phrase = title_words(text);
    // Stored as matched, so a phrase that could never match is refused here, not ignored later.
    if (phrase.empty()) element.fail("no letters or digits in \"" + text + "\"");
    for (char c : text) {
      if (c >= 'A' && c <= 'Z') element.fail("\"" + text + "\" is not lower case");
    }
    phrases.push_back(std::move(phrase));
  }
  return phrases;
}

// The load estimate: a factor per minute for each kind of run (all five kinds required, so a
// typo cannot quietly fall back to another factor), one for other sports, and the model's days.
LoadSettings parse_load_settings(const Node& node) {
  node.expect_object({"per_minute", "acute_days", "chronic_days", "min_history_days"});
  LoadSettings settings;
  Node per_minute = node.at("per_minute");
  per_minute.expect_object({"easy", "long", "hard", "race", "run", "other"});
  for (const auto& [kind, factor_node] : per_minute.members()) {
    const double factor = factor_node.number(0, 100);
    if (kind == "run") {
      settings.factors.run_per_minute = factor;
    } else if (kind == "other") {
      settings.factors.other_per_minute = factor;
    } else {
      settings.factors.kind_per_minute.emplace(kind, factor);
    }
  }
  settings.model.acute_days = node.at("acute_days").integer(1, 365);
  settings.model.chronic_days = node.at("chronic_days").integer(1, 365);
  settings.model.min_history_days = node.at("min_history_days").integer(1, 365);
  if (settings.model.chronic_days < settings.model.acute_days) {
    node.at("chronic_days").fail("less than acute_days");
  }
  return settings;
}

}  // namespace

WorkoutWords parse_workout_words(const DataFile& file) {
  nlohmann::json root = detail::parse_json(file);
  Node top(root, file.name, "");
  top.expect_object({"kinds", "race_distances", "units", "long_run_km"}, {"load"});
  WorkoutWords words;
  for (const auto& entry : top.at("kinds").elements()) {
    entry.expect_object({"kind", "words"});
    auto kind = kind_from_name(entry.at("kind").text());
    if (!kind) {
      std::string names;
      for (std::size_t i = 0; i < workout_kind_count; ++i) {
        names += (names.empty() ? "" : ", ") + std::string(kind_name(static_cast<WorkoutKind>(i)));
      }
      entry.at("kind").fail("unknown kind \"" + entry.at("kind").text() + "\" (expected " + names +
                            ")");
    }
    words.kinds.push_back({*kind, parse_phrases(entry.at("words"))});
  }
  for (const auto& [name, distance] : top.at("race_distances").members()) {
    Phrase phrase = title_words(name);
    if (phrase.empty()) distance.fail("no letters or digits in \"" + name + "\"");
    words.race_distances.push_back(
        {std::move(phrase), distance.number(0.1, max_workout_km), std::string(name)});
  }
  // Longest phrase first, so "half marathon" is found before "marathon".
  std::stable_sort(words.race_distances.begin(), words.race_distances.end(),
                   [](const NamedDistance& a, const NamedDistance& b) {
                     return a.phrase.size() > b.phrase.size();
                   });
  for (const auto& [key, unit] : top.at("units").members()) {
    auto name = title_words(key);
    if (name.size() != 1 || name.front() != key || (key[0] >= '0' && key[0] <= '9') ||
        key[0] == '-') {
      unit.fail("a unit is one lower-case word not starting with a digit");
    }
    words.units.push_back({key, unit.number(0.001, 1000)});
  }
  words.long_run_km = top.at("long_run_km").number(1, max_workout_km);
  if (top.has("load")) words.load = parse_load_settings(top.at("load"));
  return words;
}

}  // namespace runmassage
