// Reads {"value", "source", "tag", "note"} objects from the anatomy data files, checks
// them, resolves the source key to its citation and records a Sources-panel row for each.
// Throws core::JsonFieldError; callers wrap it in core::withJsonErrors.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "anatomy/morphometry.h"

namespace spineview::anatomy::detail {

class SourcedValueReader {
 public:
  SourcedValueReader(const std::map<std::string, std::string>& citations, std::vector<SourceEntry>& entries)
      : citations_(citations), entries_(entries) {}

  // `what` names the figure for people ("C5 body"); the key adds the rest ("width").
  SourcedValue read(const nlohmann::json& parent, const std::string& key, const std::string& pointer,
                    double min, double max, const std::string& what);

  // Mm lengths that must be positive and plausible for a spine.
  SourcedValue length(const nlohmann::json& parent, const std::string& key, const std::string& pointer,
                      const std::string& what) {
    return read(parent, key, pointer, 0.05, 250.0, what);
  }
  SourcedValue angle(const nlohmann::json& parent, const std::string& key, const std::string& pointer,
                     const std::string& what) {
    return read(parent, key, pointer, -180.0, 180.0, what);
  }

 private:
  const std::map<std::string, std::string>& citations_;
  std::vector<SourceEntry>& entries_;
};

// "C5 body" + "anterior_height_mm" → "C5 body anterior height"; unit "mm".
std::string humanName(const std::string& what, const std::string& key);
std::string unitOf(const std::string& key);

}  // namespace spineview::anatomy::detail
