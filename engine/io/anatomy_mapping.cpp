#include "io/anatomy_mapping.h"

#include <limits>

#include <glm/gtc/matrix_transform.hpp>

#include "core/json_file.h"
#include "io/mesh_assembly.h"

namespace spineview::io {

namespace {
constexpr int kLevels = anatomy::kVertebraCount;
constexpr std::uintmax_t kMaxMappingBytes = 1 << 20;
}

core::Result<AnatomyMapping> loadAnatomyMapping(const std::filesystem::path& path) {
  // A mapping is small; refuse anything larger before parsing (loadJsonFile itself refuses
  // deep nesting before it recurses).
  std::error_code ec;
  if (const auto size = std::filesystem::file_size(path, ec); !ec && size > kMaxMappingBytes)
    return core::fail(path.string() + ": " + std::to_string(size) + " bytes, larger than a mapping file can be (" +
                      std::to_string(kMaxMappingBytes) + ")");
  auto json = core::loadJsonFile(path);
  if (!json) return json.error();
  return core::withJsonErrors<AnatomyMapping>(path, [&]() -> core::Result<AnatomyMapping> {
    const auto& doc = *json;
    if (core::requireString(doc, "format", "") != "spineview-anatomy-mapping")
      throw core::JsonFieldError{"/format", "expected \"spineview-anatomy-mapping\""};
    if (core::requireNumber(doc, "version", "") != 1.0) throw core::JsonFieldError{"/version", "only version 1 is supported"};
    AnatomyMapping mapping;
    const auto& levels = core::requireObject(doc, "levels", "");
    int mappedLevels = 0;
    for (const auto& [key, value] : levels.items()) {
      const auto level = anatomy::parseVertebra(key);
      const std::string at = "/levels/" + key;
      if (!level) throw core::JsonFieldError{at, "not a level name (C0..C7, T1..T12)"};
      std::vector<std::string>& names = mapping.names[static_cast<std::size_t>(anatomy::index(*level))];
      const auto add = [&](const nlohmann::json& item, const std::string& pointer) {
        if (!item.is_string() || item.get<std::string>().empty()) throw core::JsonFieldError{pointer, "expected a non-empty name"};
        names.push_back(item.get<std::string>());
      };
      if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) add(value[i], at + "/" + std::to_string(i));
      } else {
        add(value, at);
      }
      if (!names.empty()) ++mappedLevels;
    }
    if (mappedLevels == 0) throw core::JsonFieldError{"/levels", "maps no level"};
    if (auto pivots = doc.find("pivots"); pivots != doc.end()) {
      if (!pivots->is_object()) throw core::JsonFieldError{"/pivots", "expected an object"};
      for (const auto& [key, value] : pivots->items()) {
        const auto level = anatomy::parseVertebra(key);
        const std::string at = "/pivots/" + key;
        if (!level) throw core::JsonFieldError{at, "not a level name (C0..C7, T1..T12)"};
        if (!value.is_array() || value.size() != 3) throw core::JsonFieldError{at, "expected [x, y, z] in mm"};
        glm::vec3 p;
        for (int c = 0; c < 3; ++c) {
          if (!value[static_cast<std::size_t>(c)].is_number() || !std::isfinite(value[static_cast<std::size_t>(c)].get<double>()))
            throw core::JsonFieldError{at + "/" + std::to_string(c), "expected a finite number"};
          p[c] = value[static_cast<std::size_t>(c)].get<float>();
        }
        mapping.pivots[static_cast<std::size_t>(anatomy::index(*level))] = p;
      }
    }
    if (doc.contains("unmapped")) {
      const std::string mode = core::requireString(doc, "unmapped", "");
      if (mode != "static" && mode != "error") throw core::JsonFieldError{"/unmapped", "expected \"static\" or \"error\""};
      mapping.unmappedIsError = mode == "error";
    }
    return mapping;
  });
}

core::Status applyAnatomyMapping(ImportedModel& model, const AnatomyMapping& mapping) {
  auto& m = model.mesh;
  const std::size_t partCount = m.parts.size();
  // 1. Which level each part belongs to (by node, mesh or part name).
  std::vector<int> levelOfPart(partCount, -1);
  for (int level = 0; level < kLevels; ++level) {
    for (const std::string& name : mapping.names[static_cast<std::size_t>(level)]) {
      bool found = false;
      for (std::size_t p = 0; p < partCount; ++p) {
        const PartSource src = p < model.partSources.size() ? model.partSources[p] : PartSource{};
        if (src.nodeName != name && src.meshName != name && m.parts[p].name != name) continue;
        found = true;
        if (levelOfPart[p] >= 0 && levelOfPart[p] != level)
          return core::fail("mapping: \"" + name + "\" is assigned to both " +
                            std::string(anatomy::vertebraName(anatomy::vertebraAt(levelOfPart[p]))) + " and " +
                            std::string(anatomy::vertebraName(anatomy::vertebraAt(level))));
        levelOfPart[p] = level;
      }
      if (!found) return core::fail("mapping: the model has no node or mesh named \"" + name + "\"");
    }
  }
  bool anyUnmapped = false;
  for (std::size_t p = 0; p < partCount; ++p)
    if (levelOfPart[p] < 0) {
      if (mapping.unmappedIsError) return core::fail("mapping: part \"" + m.parts[p].name + "\" is not assigned to a level");
      anyUnmapped = true;
    }

  // 2. Bake the current rest pose into the vertices (the old skeleton goes away).
  if (!m.skeleton.empty() && m.joints.size() == m.positions.size()) {
    const auto skinning = skinningMatrices(model, model.restPose);
    for (std::size_t v = 0; v < m.positions.size(); ++v) {
      glm::mat4 blend(0.0f);
      for (int c = 0; c < 4; ++c)
        if (m.weights[v][c] > 0.0f && m.joints[v][c] < skinning.size()) blend += m.weights[v][c] * skinning[m.joints[v][c]];
      m.positions[v] = glm::vec3(blend * glm::vec4(m.positions[v], 1.0f));
      const glm::vec3 n = glm::mat3(blend) * m.normals[v];
      const float len = glm::length(n);
      m.normals[v] = len > 1e-12f ? n / len : glm::vec3(0.0f, 1.0f, 0.0f);
    }
  }

  // 3. Pivots: given, else the centre of the level's vertices, else between neighbours.
  std::array<std::optional<glm::vec3>, kLevels> pivot = mapping.pivots;
  for (int level = 0; level < kLevels; ++level) {
    if (pivot[static_cast<std::size_t>(level)]) continue;
    glm::vec3 lo(std::numeric_limits<float>::max()), hi(std::numeric_limits<float>::lowest());
    bool any = false;
    for (std::size_t p = 0; p < partCount; ++p) {
      if (levelOfPart[p] != level) continue;
      for (std::uint32_t k = 0; k < m.parts[p].indexCount; ++k) {
        const glm::vec3& q = m.positions[m.indices[m.parts[p].firstIndex + k]];
        lo = glm::min(lo, q);
        hi = glm::max(hi, q);
        any = true;
      }
    }
    if (any) pivot[static_cast<std::size_t>(level)] = 0.5f * (lo + hi);
  }
  const auto known = pivot;
  for (int level = 0; level < kLevels; ++level) {
    if (known[static_cast<std::size_t>(level)]) continue;
    int above = level - 1, below = level + 1;
    while (above >= 0 && !known[static_cast<std::size_t>(above)]) --above;
    while (below < kLevels && !known[static_cast<std::size_t>(below)]) ++below;
    const auto a = above >= 0 ? known[static_cast<std::size_t>(above)] : std::nullopt;
    const auto b = below < kLevels ? known[static_cast<std::size_t>(below)] : std::nullopt;
    if (a && b) pivot[static_cast<std::size_t>(level)] = glm::mix(*a, *b, float(level - above) / float(below - above));
    else pivot[static_cast<std::size_t>(level)] = a ? *a : *b;  // one side exists: at least one level is mapped
  }

  // 4. The new skeleton: T12 is the root, each vertebra hangs from the one below.
  std::vector<mesh::Joint> skeleton;
  std::vector<Trs> rest;
  for (int level = 0; level < kLevels; ++level) {
    mesh::Joint joint;
    joint.name = anatomy::vertebraLongName(anatomy::vertebraAt(level));
    joint.parent = level + 1 < kLevels ? level + 1 : -1;
    joint.bindWorld = glm::translate(glm::mat4(1.0f), *pivot[static_cast<std::size_t>(level)]);
    skeleton.push_back(joint);
    Trs local;
    local.translation = *pivot[static_cast<std::size_t>(level)] -
                        (level + 1 < kLevels ? *pivot[static_cast<std::size_t>(level + 1)] : glm::vec3(0.0f));
    rest.push_back(local);
  }
  const auto unmappedJoint = static_cast<std::uint16_t>(kLevels);
  if (anyUnmapped) {
    skeleton.push_back(mesh::Joint{"unmapped (static)", -1, glm::mat4(1.0f)});
    rest.push_back(Trs{});
  }
  m.joints.assign(m.positions.size(), glm::u16vec4(unmappedJoint, 0, 0, 0));
  m.weights.assign(m.positions.size(), glm::vec4(1.0f, 0.0f, 0.0f, 0.0f));
  for (std::size_t p = 0; p < partCount; ++p) {
    if (levelOfPart[p] < 0) continue;
    m.parts[p].level = anatomy::vertebraAt(levelOfPart[p]);
    if (m.parts[p].kind == mesh::PartKind::Other) m.parts[p].kind = mesh::PartKind::Bone;
    for (std::uint32_t k = 0; k < m.parts[p].indexCount; ++k)
      m.joints[m.indices[m.parts[p].firstIndex + k]] = glm::u16vec4(static_cast<std::uint16_t>(levelOfPart[p]), 0, 0, 0);
  }
  m.skeleton = std::move(skeleton);
  model.restPose = std::move(rest);
  model.rootTransform = glm::mat4(1.0f);
  if (!model.animations.empty()) {
    model.warnings.push_back("animations were dropped: they drove the file's own skeleton, now replaced");
    model.animations.clear();
  }
  model.bounds = restPoseBounds(model);
  return core::Ok{};
}

}  // namespace spineview::io
