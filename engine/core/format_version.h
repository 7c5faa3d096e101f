// Format versions of the user's own files (settings, lessons). Each file says which version
// of its format it was written in; a build reads its own version and every older one (they
// are migrated on load) and leaves a file from a newer build as it is, saying so.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/result.h"

namespace spineview::core {

enum class VersionAge { Older, Current, Newer };

struct FormatVersion {
  int version = 0;  // 0: the file predates versioning (it has no "version" field)
  VersionAge age = VersionAge::Current;
};

// document["version"] compared with `current`. Fails (the message is about /version) when the field is
// there but not a whole number from 1 up.
Result<FormatVersion> readFormatVersion(const nlohmann::json& document, int current);

// "format 3 (this version of spineview reads up to format 1)", for messages about newer files.
std::string newerFormatText(int found, int current);

}  // namespace spineview::core
