// JSON data files (assets, motions, lessons, settings) with errors that name the file,
// the JSON pointer of the offending field, and what was expected.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "core/result.h"

namespace spineview::core {

// Parses a JSON file; parse errors report the file, line and column.
Result<nlohmann::json> loadJsonFile(const std::filesystem::path& path);

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
