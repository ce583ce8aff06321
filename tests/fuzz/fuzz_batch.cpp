// libFuzzer target: batch lines. Every line must give exactly one line of valid JSON.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "runmassage/batch.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const runmassage::Knowledge knowledge = runmassage::default_knowledge();
  static const auto planner = runmassage::make_batch_planner(
      knowledge, runmassage::Detail::brief, *runmassage::parse_iso_date("2024-05-02"), false);
  std::string_view input(reinterpret_cast<const char*>(data), size);
  if (input.size() > runmassage::max_batch_line_bytes) return 0;  // refused before parsing
  if (input.find('\n') != std::string_view::npos) return 0;       // the CLI splits lines
  std::string out;
  planner->plan_line(input, 1, out, 0);
  if (out.empty() || out.back() != '\n' || out.find('\n') != out.size() - 1) __builtin_trap();
  if (!nlohmann::json::accept(out)) __builtin_trap();
  return 0;
}
