#include "biomech/sources_list.h"

#include <nlohmann/json.hpp>

#include "core/json_file.h"

namespace spineview::biomech {

std::string readTag(const nlohmann::json& parent, const std::string& pointer) {
  (void)core::requireString(parent, "source", pointer);
  std::string tag = core::requireString(parent, "tag", pointer);
  if (tag != "V" && tag != "S" && tag != "U" && tag != "D") {
    throw core::JsonFieldError{pointer + "/tag", "expected one of V, S, U, D (got \"" + tag + "\")"};
  }
  return tag;
}

double readCited(const nlohmann::json& parent, const std::string& key, const std::string& pointer,
                 double min, double max, const std::string& what, const std::string& unit,
                 const std::string& file, SourcesList& sources) {
  const auto& item = core::requireObject(parent, key, pointer);
  const std::string here = pointer + "/" + key;
  const double value = core::requireNumberIn(item, "value", here, min, max);
  SourceEntry entry{what, value, unit, core::requireString(item, "source", here), readTag(item, here), "", file};
  if (auto it = item.find("note"); it != item.end() && it->is_string()) entry.note = it->get<std::string>();
  sources.add(std::move(entry));
  return value;
}

}  // namespace spineview::biomech
