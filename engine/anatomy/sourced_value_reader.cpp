#include "anatomy/sourced_value_reader.h"

#include "core/json_file.h"

namespace spineview::anatomy::detail {

namespace {
bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

std::string unitOf(const std::string& key) {
  if (endsWith(key, "_mm")) return "mm";
  if (endsWith(key, "_deg")) return "deg";
  if (endsWith(key, "_fraction")) return "fraction";
  return "";
}

std::string humanName(const std::string& what, const std::string& key) {
  std::string name = key;
  for (const char* suffix : {"_mm", "_deg", "_fraction"}) {
    if (endsWith(name, suffix)) {
      name.resize(name.size() - std::string(suffix).size());
      break;
    }
  }
  for (char& c : name) {
    if (c == '_') c = ' ';
  }
  return what.empty() ? name : what + " " + name;
}

SourcedValue SourcedValueReader::read(const nlohmann::json& parent, const std::string& key,
                                      const std::string& pointer, double min, double max,
                                      const std::string& what) {
  const auto& object = core::requireObject(parent, key, pointer);
  const std::string here = pointer + "/" + key;
  SourcedValue v;
  v.value = core::requireNumberIn(object, "value", here, min, max);
  const std::string sourceKey = core::requireString(object, "source", here);
  const auto citation = citations_.find(sourceKey);
  if (citation == citations_.end()) {
    throw core::JsonFieldError{here + "/source", "unknown source key \"" + sourceKey + "\" (not in sources.json)"};
  }
  v.source = citation->second;
  v.tag = core::requireString(object, "tag", here);
  if (v.tag != "V" && v.tag != "S" && v.tag != "U" && v.tag != "D") {
    throw core::JsonFieldError{here + "/tag", "evidence tag must be V, S, U or D, not \"" + v.tag + "\""};
  }
  if (object.contains("note")) v.note = core::requireString(object, "note", here);
  if (v.tag == "D" && v.note.empty()) {
    throw core::JsonFieldError{here + "/note", "a derived (D) value needs a note saying how it was derived"};
  }
  entries_.push_back(SourceEntry{humanName(what, key), v.value, unitOf(key), v.source, v.tag, v.note});
  return v;
}

}  // namespace spineview::anatomy::detail
