#include "core/format_version.h"

namespace spineview::core {

Result<FormatVersion> readFormatVersion(const nlohmann::json& document, int current) {
  FormatVersion out;
  if (!document.is_object() || !document.contains("version")) {
    out.age = current > 0 ? VersionAge::Older : VersionAge::Current;
    return out;
  }
  const nlohmann::json& v = document["version"];
  if (!v.is_number_integer() || v.get<long long>() < 1 || v.get<long long>() > 1'000'000)
    return fail("expected a whole number from 1 up, not " + v.dump());
  out.version = static_cast<int>(v.get<long long>());
  out.age = out.version < current ? VersionAge::Older : out.version == current ? VersionAge::Current : VersionAge::Newer;
  return out;
}

std::string newerFormatText(int found, int current) {
  return "format " + std::to_string(found) + " (this version of spineview reads up to format " + std::to_string(current) + ")";
}

}  // namespace spineview::core
