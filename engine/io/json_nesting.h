// JSON nested deeper than maxDepth (arrays/objects) would recurse deeply in any recursive
// parser (nlohmann::json, tinygltf); checked on the raw text before parsing.
#pragma once

#include <string_view>

namespace spineview::io {

inline bool jsonNestingWithin(std::string_view text, int maxDepth) {
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
    else if ((c == '[' || c == '{') && ++depth > maxDepth) return false;
    else if (c == ']' || c == '}') --depth;
  }
  return true;
}

}  // namespace spineview::io
