// Every published figure or model parameter the biomechanics uses, with its citation and
// evidence tag, for the Sources panel. Filled by the data loaders; plain values only.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace spineview::biomech {

struct SourceEntry {
  std::string what;    // "C1–C2 axial rotation (one side)"
  double value = 0.0;
  std::string unit;    // "°", "%", "mm", "s"
  std::string source;  // citation
  std::string tag;     // V / S / U / D
  std::string note;    // why a model parameter has this value (may be empty)
  std::string file;    // data file it came from (name only)
};

struct SourcesList {
  std::vector<SourceEntry> entries;
  void add(SourceEntry entry) { entries.push_back(std::move(entry)); }
};

// Reads {"value": v, "source": s, "tag": t, "note"?: n} at parent[key], checks min ≤ v ≤ max,
// records it in `sources` and returns v. Throws core::JsonFieldError on bad input.
double readCited(const nlohmann::json& parent, const std::string& key, const std::string& pointer,
                 double min, double max, const std::string& what, const std::string& unit,
                 const std::string& file, SourcesList& sources);

// Checks that parent has a "source" string and a "tag" of V, S, U or D; returns the tag.
std::string readTag(const nlohmann::json& parent, const std::string& pointer);

}  // namespace spineview::biomech
