// Lower-case ASCII (the app's texts match words case-insensitively; UTF-8 bytes pass through).
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace spineview::app::education {

inline std::string lowerCase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace spineview::app::education
