// JSON data files (assets, motions, lessons, settings) with errors that name the file,
// the JSON pointer of the offending field, and what was expected.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/result.h"

namespace spineview::core {

// Deepest array/object nesting loadJsonFile accepts. nlohmann::json parses recursively, so
// a crafted file of a few kilobytes of "[[[[..." would otherwise exhaust the stack.
inline constexpr int kMaxJsonNesting = 64;

// Parses a JSON file; parse errors (and nesting deeper than kMaxJsonNesting) report the
// file, line and column.
Result<nlohmann::json> loadJsonFile(const std::filesystem::path& path);

// Byte offset of the first '[' or '{' that opens nesting level maxDepth + 1 (strings are
// skipped), or nullopt when the text stays within maxDepth. A linear pre-scan, run before
// any recursive parser (nlohmann::json, tinygltf) sees the text.
std::optional<std::size_t> findJsonNestingBeyond(std::string_view text, int maxDepth);
inline bool jsonNestingWithin(std::string_view text, int maxDepth) { return !findJsonNestingBeyond(text, maxDepth); }

// Thrown by the field helpers below; loaders catch it once and turn it into an Error
// prefixed with the file name. Never escapes a loader.
struct JsonFieldError {
  std::string pointer;  // e.g. "/levels/3/body/width_mm"
  std::string problem;  // e.g. "expected a number"
};

// Typed, range-checked access. `pointer` is the JSON pointer of `parent`, used in messages.
double requireNumber(const nlohmann::json& parent, const std::string& key, const std::string& pointer);
double requireNumberIn(const nlohmann::json& parent, const std::string& key, const std::string& pointer,
                       double min, double max);
std::string requireString(const nlohmann::json& parent, const std::string& key, const std::string& pointer);
const nlohmann::json& requireArray(const nlohmann::json& parent, const std::string& key, const std::string& pointer);
const nlohmann::json& requireObject(const nlohmann::json& parent, const std::string& key, const std::string& pointer);

// Runs `body` and converts JsonFieldError / nlohmann exceptions into "file: pointer: problem".
template <typename T, typename Body>
Result<T> withJsonErrors(const std::filesystem::path& file, Body&& body) {
  try {
    return body();
  } catch (const JsonFieldError& e) {
    return fail(file.string() + ": " + (e.pointer.empty() ? "/" : e.pointer) + ": " + e.problem);
  } catch (const nlohmann::json::exception& e) {
    return fail(file.string() + ": " + e.what());
  }
}

}  // namespace spineview::core
