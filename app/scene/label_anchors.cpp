#include "scene/label_anchors.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "biomech/foramen_model.h"
#include "scene/layer_mapping.h"
#include "scene/session_scene.h"
#include "session/session.h"

namespace spineview::app::look {
namespace {

std::string sideWord(const mesh::MeshPart& part) {
  if (!part.side) return "";
  return *part.side == anatomy::Side::Left ? "Left " : "Right ";
}

// A bone's label: its level for the vertebrae; the skull (the C0 segment) and the bones that ride
// with a level (the mandible with the skull) by their own names.
std::string boneLabel(const mesh::MeshPart& part) {
  if (*part.level != anatomy::Vertebra::C0) return std::string(anatomy::vertebraName(*part.level));
  return part.name == "Mandible" ? std::string("Jaw") : std::string("Skull");
}

// Text and priority of a part's label, or empty text when it gets none.
std::pair<std::string, int> labelFor(const mesh::MeshPart& part, std::uint32_t index, const LookContext& c, bool& alarm,
                                     double& severity) {
  const ViewSettings& v = *c.view;
  const bool selected = c.selectedPart && *c.selectedPart == index;
  alarm = false;
  severity = 0.0;
  if (selected) return {part.name, 100};
  const bool isolatedHere = v.isolatedLevel && belongsToLevel(part, *v.isolatedLevel);
  if (v.isolatedLevel && !isolatedHere && part.kind != mesh::PartKind::Bone) return {"", 0};
  if (part.kind == mesh::PartKind::Bone && part.level)
    return {boneLabel(part), isolatedHere ? 60 : (v.isolatedLevel ? 5 : 10)};
  if (!v.heatMaps || !c.state || !part.level || !part.side) return {"", 0};
  const int segment = anatomy::index(*part.level);
  if (segment >= anatomy::kSegmentCount) return {"", 0};
  const auto s = static_cast<std::size_t>(segment);
  const auto side = static_cast<std::size_t>(*part.side);
  char buffer[96];
  if (auto vseg = arterySegmentOf(part)) {
    const double strain = c.state->arteries[side].segments[static_cast<std::size_t>(*vseg)].strainPercent;
    if (strain < c.strainStops.amberFrom) return {"", 0};
    std::snprintf(buffer, sizeof buffer, "%sV%d stretched %.0f %%", sideWord(part).c_str(), *vseg + 1, strain);
    alarm = true;
    return {buffer, 80};
  }
  if (part.kind == mesh::PartKind::Facet) {
    const double change = c.state->facets[s][side].changeMm;
    if (std::abs(change) < kAlarmShare * kFacetLegendRangeMm) return {"", 0};
    std::snprintf(buffer, sizeof buffer, "%s%s facet %s %.1f mm", sideWord(part).c_str(), anatomy::segmentName(segment).c_str(),
                  change < 0.0 ? "squeezed" : "opened", std::abs(change));
    alarm = change < 0.0;
    severity = std::abs(change);
    return {buffer, 50};
  }
  if (part.kind == mesh::PartKind::Nerve) {
    const double area = c.state->foramina[s][side].areaChangePercent;
    if (area > -kAlarmShare * c.narrowingFullScalePercent) return {"", 0};
    std::snprintf(buffer, sizeof buffer, "%s%s nerve exit %.0f %% narrower", sideWord(part).c_str(), biomech::exitingRoot(segment).c_str(), -area);
    alarm = true;
    severity = -area;
    return {buffer, 50};
  }
  return {"", 0};
}

}  // namespace

std::optional<bool> probedVisible(const std::vector<ProbedPixel>& probes, const LabelAnchor& anchor,
                                  std::span<const mesh::MeshPart> parts) {
  // The probe was taken last frame; the anchor may have moved a little since.
  constexpr float kMatchPixels = 6.0f;
  const ProbedPixel* best = nullptr;
  float bestDistance = kMatchPixels;
  for (const auto& p : probes) {
    if (p.viewIndex != anchor.viewIndex) continue;
    const float d = glm::length(p.pixel - anchor.pixel);
    if (d <= bestDistance) bestDistance = d, best = &p;
  }
  if (!best) return std::nullopt;
  if (best->partId == anchor.partId) return true;
  // Part ids are mesh part indices + 1 (0: nothing).
  auto partOf = [&](std::uint32_t id) -> const mesh::MeshPart* { return id >= 1 && id <= parts.size() ? &parts[id - 1] : nullptr; };
  const mesh::MeshPart* labelled = partOf(anchor.partId);
  const mesh::MeshPart* seen = partOf(best->partId);
  return labelled && seen && labelled->kind == mesh::PartKind::Bone && labelled->level && seen->level == labelled->level;
}

std::vector<LabelAnchor> sessionLabelAnchors(const Session& session, float width, float height) {
  std::vector<LabelAnchor> out;
  const AppState& state = session.state();
  if (!state.view.labels || width < 1.0f || height < 1.0f) return out;
  const auto& mesh = session.model().mesh;
  const auto& geometry = modelGeometry(session);
  const auto poses = sessionViewPoses(session);
  const bool vertebraJoints = session.drivenBySpine() && mesh.skeleton.size() >= static_cast<std::size_t>(anatomy::kVertebraCount);
  for (std::uint32_t viewIndex = 0; viewIndex < poses.size(); ++viewIndex) {
    const auto& pose = poses[viewIndex];
    const LookContext context = lookContext(session, pose.state);
    const ViewProjection projection = viewProjection(session, pose, width, height);
    // (index into out, severity) of the worst facet and the worst root labelled so far.
    std::array<std::pair<std::size_t, double>, 2> worstOf{{{SIZE_MAX, 0.0}, {SIZE_MAX, 0.0}}};
    for (std::uint32_t i = 0; i < mesh.parts.size() && i < geometry.parts.size(); ++i) {
      const auto& part = mesh.parts[i];
      if (!partLook(part, i, context).visible) continue;
      bool alarm = false;
      double severity = 0.0;
      auto [text, priority] = labelFor(part, i, context, alarm, severity);
      if (text.empty()) continue;
      // Uncluttered: of the notable facets and of the narrowed roots, only the worst one per view.
      if (severity > 0.0 && !(context.selectedPart && *context.selectedPart == i)) {
        auto& worst = worstOf[part.kind == mesh::PartKind::Facet ? 0 : 1];
        if (worst.second >= severity) continue;
        if (worst.first < out.size()) out[worst.first].text.clear();  // superseded; dropped below
        worst = {out.size(), severity};
      }
      LabelAnchor a;
      a.text = std::move(text);
      a.priority = priority;
      a.alarm = alarm;
      a.viewIndex = viewIndex;
      a.partId = i + 1;
      if (part.kind == mesh::PartKind::Bone && part.level && *part.level != anatomy::Vertebra::C0 && vertebraJoints) {
        // The centre of the vertebral body: the vertebra's own frame origin, posed. The
        // occiput's origin lies in the foramen magnum, behind the cord: it takes its bone's centre.
        const auto j = static_cast<std::size_t>(anatomy::index(*part.level));
        a.world = glm::vec3(pose.skin[j] * mesh.skeleton[j].bindWorld[3]);
      } else {
        a.world = posedAnchor(geometry.parts[i], pose.skin);
      }
      a.onScreen = projectToPixel(projection, a.world, a.pixel) && a.pixel.x >= projection.origin.x &&
                  a.pixel.y >= projection.origin.y && a.pixel.x < projection.origin.x + projection.size.x &&
                  a.pixel.y < projection.origin.y + projection.size.y;
      a.visible = a.onScreen;
      if (a.visible)
        if (auto seen = probedVisible(session.probes().latest(), a, mesh.parts)) a.visible = *seen;
      out.push_back(std::move(a));
    }
  }
  std::erase_if(out, [](const LabelAnchor& a) { return a.text.empty(); });
  return out;
}

}  // namespace spineview::app::look
