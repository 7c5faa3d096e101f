#include "core/json_file.h"

#include <cmath>
#include <sstream>

#include "core/file_io.h"

namespace spineview::core {

namespace {
// "file:line:column" for a byte offset, which is what an editor shows.
std::string whereInFile(const std::filesystem::path& path, std::string_view text, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') { ++line; column = 1; } else { ++column; }
  }
  return path.string() + ":" + std::to_string(line) + ":" + std::to_string(column);
}
}  // namespace

std::optional<std::size_t> findJsonNestingBeyond(std::string_view text, int maxDepth) {
  int depth = 0;
  bool inString = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inString) {
      if (c == '\\') ++i;
      else if (c == '"') inString = false;
      continue;
    }
    if (c == '"') inString = true;
    else if ((c == '[' || c == '{') && ++depth > maxDepth) return i;
    else if (c == ']' || c == '}') --depth;
  }
  return std::nullopt;
}

Result<nlohmann::json> loadJsonFile(const std::filesystem::path& path) {
  auto text = readTextFile(path, 32ull << 20);
  if (!text) return text.error();
  if (auto at = findJsonNestingBeyond(*text, kMaxJsonNesting))
    return fail(whereInFile(path, *text, *at) + ": JSON nested deeper than " + std::to_string(kMaxJsonNesting) +
                " levels");
  try {
    return nlohmann::json::parse(*text);
  } catch (const nlohmann::json::parse_error& e) {
    std::string msg = whereInFile(path, *text, e.byte) + ": not valid JSON";
    const std::string what = e.what();
    if (auto pos = what.find("syntax error"); pos != std::string::npos) msg += " (" + what.substr(pos) + ")";
    return fail(msg);
  } catch (const std::exception& e) {  // out of memory, or anything else nlohmann may throw
    return fail(path.string() + ": cannot parse (" + e.what() + ")");
  }
}

namespace {
const nlohmann::json& field(const nlohmann::json& parent, const std::string& key, const std::string& pointer) {
  if (!parent.is_object()) throw JsonFieldError{pointer, "expected an object"};
  auto it = parent.find(key);
  if (it == parent.end()) throw JsonFieldError{pointer, "missing field \"" + key + "\""};
  return *it;
}
}  // namespace

double requireNumber(const nlohmann::json& parent, const std::string& key, const std::string& pointer) {
  const auto& v = field(parent, key, pointer);
  if (!v.is_number()) throw JsonFieldError{pointer + "/" + key, "expected a number"};
  const double d = v.get<double>();
  if (!std::isfinite(d)) throw JsonFieldError{pointer + "/" + key, "expected a finite number"};
  return d;
}

double requireNumberIn(const nlohmann::json& parent, const std::string& key, const std::string& pointer,
                       double min, double max) {
  const double d = requireNumber(parent, key, pointer);
  if (d < min || d > max) {
    std::ostringstream msg;
    msg << "value " << d << " is outside the allowed range " << min << " to " << max;
    throw JsonFieldError{pointer + "/" + key, msg.str()};
  }
  return d;
}

std::string requireString(const nlohmann::json& parent, const std::string& key, const std::string& pointer) {
  const auto& v = field(parent, key, pointer);
  if (!v.is_string()) throw JsonFieldError{pointer + "/" + key, "expected a string"};
  return v.get<std::string>();
}

const nlohmann::json& requireArray(const nlohmann::json& parent, const std::string& key, const std::string& pointer) {
  const auto& v = field(parent, key, pointer);
  if (!v.is_array()) throw JsonFieldError{pointer + "/" + key, "expected an array"};
  return v;
}

const nlohmann::json& requireObject(const nlohmann::json& parent, const std::string& key, const std::string& pointer) {
  const auto& v = field(parent, key, pointer);
  if (!v.is_object()) throw JsonFieldError{pointer + "/" + key, "expected an object"};
  return v;
}

}  // namespace spineview::core
