// View commands: camera presets and focus, layers and opacity, x-ray, clip plane, isolating a
// level, selection and picking, labels, heat maps and zone tint.
#include <cmath>

#include <algorithm>
#include <array>
#include <cstdio>

#include "lessons/lesson.h"
#include "scene/camera_animation.h"
#include "scene/clip_plane.h"
#include "scene/layer_mapping.h"
#include "scene/session_scene.h"
#include "scene_builder.h"
#include "session/session.h"

namespace spineview::app {
namespace {

using Args = std::vector<std::string>;

std::string layerList() {
  std::string s;
  for (int i = 0; i < kLayerCount; ++i) s += (i ? ", " : "") + std::string(layerName(static_cast<LayerId>(i)));
  return s;
}

core::Result<LayerId> argLayer(const Args& args, std::size_t index) {
  LayerId layer{};
  if (index >= args.size()) return core::fail("argument " + std::to_string(index + 1) + " is missing");
  if (!parseLayer(args[index], layer)) return core::fail("\"" + args[index] + "\" is not a layer (" + layerList() + ")");
  return layer;
}

// A switch command: `NAME on|off` sets a flag of the view settings.
CommandRegistry::Handler onOff(bool ViewSettings::*flag) {
  return [flag](Session& s, const Args& args) -> core::Status {
    if (auto n = argCount(args, 1, 1); !n) return n;
    auto on = argOnOff(args, 0);
    if (!on) return core::fail(on.message());
    s.state().view.*flag = *on;
    return core::Ok{};
  };
}

// The posed bounds of the bones between two levels (both included); false when there are none.
bool levelBounds(const Session& s, int fromLevel, int toLevel, ModelBounds& out) {
  const auto& geometry = look::modelGeometry(s);
  const auto& parts = s.model().mesh.parts;
  const auto skin = look::sessionViewPoses(s).front().skin;
  bool any = false;
  for (std::size_t i = 0; i < parts.size() && i < geometry.parts.size(); ++i) {
    const auto& part = parts[i];
    if (part.kind != mesh::PartKind::Bone || !part.level) continue;
    const int level = anatomy::index(*part.level);
    if (level < fromLevel || level > toLevel) continue;
    glm::vec3 lo, hi;
    look::posedBounds(geometry.parts[i], skin, lo, hi);
    out.min = any ? glm::min(out.min, lo) : lo;
    out.max = any ? glm::max(out.max, hi) : hi;
    any = true;
  }
  return any;
}

// Where a subject of `frame` lies; false when the model has no such part (an imported model).
bool subjectBounds(const Session& s, const std::string& subject, ModelBounds& b) {
  using anatomy::Vertebra;
  const int c0 = anatomy::index(Vertebra::C0), c1 = anatomy::index(Vertebra::C1), c6 = anatomy::index(Vertebra::C6),
            c7 = anatomy::index(Vertebra::C7), t1 = anatomy::index(Vertebra::T1), t2 = anatomy::index(Vertebra::T2),
            t12 = anatomy::index(Vertebra::T12);
  if (subject == "whole") {
    // What is shown: the bounds of the parts whose layer is on (all of them when none is).
    const auto& geometry = look::modelGeometry(s);
    const auto& parts = s.model().mesh.parts;
    const auto skin = look::sessionViewPoses(s).front().skin;
    bool any = false;
    for (std::size_t i = 0; i < parts.size() && i < geometry.parts.size(); ++i) {
      if (!s.state().view.visible[static_cast<std::size_t>(look::layerOf(parts[i].kind))] || parts[i].indexCount == 0) continue;
      glm::vec3 lo, hi;
      look::posedBounds(geometry.parts[i], skin, lo, hi);
      b.min = any ? glm::min(b.min, lo) : lo;
      b.max = any ? glm::max(b.max, hi) : hi;
      any = true;
    }
    if (!any) b = computeBounds(s.model().mesh);
    return true;
  }
  if (subject == "head_and_neck") {
    // C0 is the whole skull (with the jaw bound to it), so its bounds already hold the head.
    return levelBounds(s, c0, c7, b);
  }
  if (subject == "neck") return levelBounds(s, c1, c7, b);
  if (subject == "junction") return levelBounds(s, c6, t2, b);
  if (subject == "upper_back") return levelBounds(s, t1, t12, b);
  if (auto level = anatomy::parseVertebra(subject)) return levelBounds(s, anatomy::index(*level), anatomy::index(*level), b);
  return false;
}

}  // namespace

// The camera that fits `b` into the area the panels leave free (Session::sceneAspect), from
// the camera's current direction (or the direction it is turning to).
scene::OrbitCamera framing(const Session& s, const ModelBounds& b, float margin) {
  scene::OrbitCamera goal = s.state().view.cameraGoal.value_or(s.state().view.camera);
  goal.target = b.centre();
  const float halfV = glm::radians(goal.fovYDegrees) * 0.5f;
  const float halfH = std::atan(std::tan(halfV) * std::max(0.2f, s.sceneAspect()));
  goal.distance = std::clamp(std::max(12.0f, b.radius()) / std::sin(std::min(halfV, halfH)) * margin, 20.0f, 3000.0f);
  return goal;
}

bool frameSubject(Session& s, const std::string& subject, bool instant) {
  ModelBounds b;
  if (!subjectBounds(s, subject, b)) return false;
  moveCamera(s.state().view, framing(s, b, subject == "whole" ? 1.02f : 1.1f), instant);
  return true;
}

void frameForExercise(Session& s, bool instant) {
  // Which way the exercise moves decides the side it is seen from and what is framed: neck
  // exercises show the head and neck, thoracic ones and the shoulder-blade squeeze the back.
  using biomech::RegionalAxis;
  std::array<double, biomech::kRegionalAxisCount> reach{};
  for (const auto& phase : s.player().program().phases)
    for (int a = 0; a < biomech::kRegionalAxisCount; ++a)
      reach[static_cast<std::size_t>(a)] = std::max(reach[static_cast<std::size_t>(a)], std::abs(phase.to.regionalPercent[static_cast<std::size_t>(a)]));
  const auto axis = static_cast<RegionalAxis>(std::max_element(reach.begin(), reach.end()) - reach.begin());
  scene::StandardView direction = scene::StandardView::LeftLateral;
  if (axis == RegionalAxis::HeadLateralBend || axis == RegionalAxis::ThoracicSideBend || axis == RegionalAxis::HeadRotation ||
      axis == RegionalAxis::ThoracicRotation)
    direction = scene::StandardView::Anterior;
  if (axis == RegionalAxis::ScapularRetraction) direction = scene::StandardView::Posterior;
  const bool back = axis == RegionalAxis::ThoracicExtension || axis == RegionalAxis::ThoracicRotation ||
                    axis == RegionalAxis::ThoracicSideBend || axis == RegionalAxis::ScapularRetraction;
  scene::OrbitCamera turned = s.state().view.camera;
  turned.setView(direction);
  moveCamera(s.state().view, turned, true);
  frameSubject(s, back ? "upper_back" : "head_and_neck", instant);
}

namespace {

void registerCameraCommands(CommandRegistry& r) {
  r.add("frame", "frame whole|head_and_neck|neck|junction|upper_back|LEVEL [instant]",
        "Frame part of the model in the free part of the window, keeping the direction of view",
        [](Session& s, const Args& args) -> core::Status {
          if (auto n = argCount(args, 1, 2); !n) return n;
          if (args.size() == 2 && args[1] != "instant") return core::fail("\"" + args[1] + "\" is not `instant`");
          if (!lessons::isFrameSubject(args[0]))
            return core::fail("\"" + args[0] + "\" is not " + std::string(lessons::kFrameSubjectsText) + " or a level such as C5");
          // A model without that part (an imported one) shows whole rather than failing a lesson.
          if (!frameSubject(s, args[0], args.size() == 2)) frameSubject(s, "whole", args.size() == 2);
          return core::Ok{};
        });
  r.add("camera", "camera [YAW PITCH DISTANCE X Y Z]",
        "Set a saved camera (degrees, mm); without values, show the current one to paste into a lesson",
        [](Session& s, const Args& args) -> core::Status {
          if (args.empty()) {
            const auto& c = s.state().view.camera;
            char text[200];
            std::snprintf(text, sizeof text, "This view as a lesson camera: \"camera\": {\"yaw\": %.1f, \"pitch\": %.1f, \"distance\": %.0f, \"target\": [%.0f, %.0f, %.0f]}",
                          c.yawDegrees, c.pitchDegrees, c.distance, c.target.x, c.target.y, c.target.z);
            s.notify(Notice::Kind::Info, text);
            return core::Ok{};
          }
          if (auto n = argCount(args, 6, 6); !n) return n;
          const double limits[6][2] = {{-360, 360}, {-89.9, 89.9}, {20, 3000}, {-2000, 2000}, {-2000, 2000}, {-2000, 2000}};
          double v[6];
          for (std::size_t i = 0; i < 6; ++i) {
            auto value = argNumber(args, i, limits[i][0], limits[i][1]);
            if (!value) return core::fail(value.message());
            v[i] = *value;
          }
          scene::OrbitCamera goal = s.state().view.camera;
          goal.yawDegrees = static_cast<float>(v[0]);
          goal.pitchDegrees = static_cast<float>(v[1]);
          goal.distance = static_cast<float>(v[2]);
          goal.target = glm::vec3(static_cast<float>(v[3]), static_cast<float>(v[4]), static_cast<float>(v[5]));
          moveCamera(s.state().view, goal);
          return core::Ok{};
        });
  r.add("reset-view", "reset-view", "Every layer, opacity, x-ray, cut, isolation, label and colour setting back to its default",
        [](Session& s, const Args& args) -> core::Status {
          if (auto n = argCount(args, 0, 0); !n) return n;
          ViewSettings& view = s.state().view;
          ViewSettings fresh;
          fresh.camera = view.camera;
          fresh.cameraGoal = view.cameraGoal;
          fresh.cameraStart = view.cameraStart;
          fresh.cameraTransitionS = view.cameraTransitionS;
          fresh.smoothCamera = view.smoothCamera;
          view = fresh;
          s.state().selection.partIndex.reset();
          return core::Ok{};
        });
  r.add("view", "view anterior|posterior|left|right|superior [instant]",
        "Look at the model from a standard direction (animated in the window unless `instant`)",
        [](Session& s, const Args& args) -> core::Status {
          if (auto n = argCount(args, 1, 2); !n) return n;
          scene::StandardView v{};
          if (!scene::parseView(args[0], v))
            return core::fail("\"" + args[0] + "\" is not anterior, posterior, left, right or superior");
          if (args.size() == 2 && args[1] != "instant") return core::fail("\"" + args[1] + "\" is not `instant`");
          scene::OrbitCamera turned = s.state().view.camera;
          turned.setView(v);
          const bool instant = args.size() == 2 || !s.state().view.smoothCamera;
          s.state().view.cameraGoal = turned;  // framing() starts from the new direction
          ModelBounds b;
          subjectBounds(s, "whole", b);
          scene::OrbitCamera goal = framing(s, b, 1.02f);
          s.state().view.cameraGoal.reset();
          moveCamera(s.state().view, goal, instant);
          return core::Ok{};
        });
  r.add("focus", "focus [instant]", "Frame the selected structure (the whole model when nothing is selected)",
        [](Session& s, const Args& args) -> core::Status {
          if (auto n = argCount(args, 0, 1); !n) return n;
          if (args.size() == 1 && args[0] != "instant") return core::fail("\"" + args[0] + "\" is not `instant`");
          scene::OrbitCamera goal = s.state().view.camera;
          const auto& selected = s.state().selection.partIndex;
          const auto& geometry = look::modelGeometry(s);
          if (selected && *selected < geometry.parts.size()) {
            ModelBounds b;
            const auto skin = look::sessionViewPoses(s).front().skin;
            look::posedBounds(geometry.parts[*selected], skin, b.min, b.max);
            goal.target = b.centre();
            // A vertebra: its body's centre (the vertebra's own frame), where its label points.
            const auto& part = s.model().mesh.parts[*selected];
            const auto& skeleton = s.model().mesh.skeleton;
            if (part.kind == mesh::PartKind::Bone && part.level && s.drivenBySpine()) {
              const auto j = static_cast<std::size_t>(anatomy::index(*part.level));
              if (j < skeleton.size() && j < skin.size() && *part.level != anatomy::Vertebra::C0)
                goal.target = glm::vec3(skin[j] * skeleton[j].bindWorld[3]);
            }
            const glm::vec3 target = goal.target;
            goal = framing(s, b, 1.6f);
            goal.target = target;
            goal.distance = std::max(30.0f, goal.distance);
          } else {
            frameModel(goal, computeBounds(s.model().mesh));
          }
          moveCamera(s.state().view, goal, args.size() == 1);
          return core::Ok{};
        });
}

void registerLayerCommands(CommandRegistry& r) {
  r.add("layer", "layer NAME on|off", "Show or hide one layer (" + layerList() + ")", [](Session& s, const Args& args) -> core::Status {
    if (auto n = argCount(args, 2, 2); !n) return n;
    auto layer = argLayer(args, 0);
    if (!layer) return core::fail(layer.message());
    auto on = argOnOff(args, 1);
    if (!on) return core::fail(on.message());
    s.state().view.visible[static_cast<std::size_t>(*layer)] = *on;
    return core::Ok{};
  });
  r.add("opacity", "opacity NAME 0..1", "Set how opaque a layer is", [](Session& s, const Args& args) -> core::Status {
    if (auto n = argCount(args, 2, 2); !n) return n;
    auto layer = argLayer(args, 0);
    if (!layer) return core::fail(layer.message());
    auto value = argNumber(args, 1, 0.0, 1.0);
    if (!value) return core::fail(value.message());
    s.state().view.opacity[static_cast<std::size_t>(*layer)] = static_cast<float>(*value);
    return core::Ok{};
  });
  r.add("layers", "layers NAME,NAME,...|all", "Show exactly these layers and hide the others",
        [](Session& s, const Args& args) -> core::Status {
          if (auto n = argCount(args, 1, 1); !n) return n;
          std::array<bool, kLayerCount> visible{};
          if (args[0] == "all") {
            visible.fill(true);
          } else {
            std::size_t start = 0;
            while (start <= args[0].size()) {
              const std::size_t comma = std::min(args[0].find(',', start), args[0].size());
              const std::string name = args[0].substr(start, comma - start);
              LayerId layer{};
              if (!parseLayer(name, layer)) return core::fail("\"" + name + "\" is not a layer (" + layerList() + ")");
              visible[static_cast<std::size_t>(layer)] = true;
              start = comma + 1;
            }
          }
          s.state().view.visible = visible;
          return core::Ok{};
        });
  r.add("xray", "xray on|off", "See through bone: vessels and nerves stay solid", onOff(&ViewSettings::xray));
  r.add("labels", "labels on|off", "Show names next to the structures", onOff(&ViewSettings::labels));
  r.add("heatmaps", "heatmaps on|off", "Colour arteries by strain, facets by gap change and nerve roots by narrowing",
        onOff(&ViewSettings::heatMaps));
  r.add("zones", "zones on|off", "Tint each vertebra by how much of its range it uses", onOff(&ViewSettings::zoneTint));
  r.add("clip", "clip off|sagittal|coronal|axial [OFFSET_MM]",
        "Cut the body open along a plane through its centre (moved by the offset, −300…300 mm)",
        [](Session& s, const Args& args) -> core::Status {
          if (auto n = argCount(args, 1, 2); !n) return n;
          ClipAxis axis{};
          if (!look::parseClipAxis(args[0], axis)) return core::fail("\"" + args[0] + "\" is not off, sagittal, coronal or axial");
          double offset = 0.0;
          if (args.size() == 2) {
            auto value = argNumber(args, 1, -300.0, 300.0);
            if (!value) return core::fail(value.message());
            offset = *value;
          }
          s.state().view.clipAxis = axis;
          s.state().view.clipOffsetMm = static_cast<float>(offset);
          return core::Ok{};
        });
  r.add("isolate", "isolate LEVEL|none", "Show one vertebra with its joints; dim the rest (e.g. isolate C5)",
        [](Session& s, const Args& args) -> core::Status {
          if (auto n = argCount(args, 1, 1); !n) return n;
          if (args[0] == "none" || args[0] == "off") {
            s.state().view.isolatedLevel.reset();
            return core::Ok{};
          }
          auto level = anatomy::parseVertebra(args[0]);
          if (!level) return core::fail("\"" + args[0] + "\" is not a level C0…C7 or T1…T12 (or none)");
          s.state().view.isolatedLevel = *level;
          // Brings the level into view with two neighbours on each side, so it reads as that level.
          const int i = anatomy::index(*level);
          ModelBounds b;
          if (levelBounds(s, std::max(0, i - 2), std::min(anatomy::kVertebraCount - 1, i + 2), b))
            moveCamera(s.state().view, framing(s, b, 1.1f));
          return core::Ok{};
        });
}

void registerSelectionCommands(CommandRegistry& r) {
  r.add("select", "select PART_INDEX|none", "Select a structure by its part number (see the structure list)",
        [](Session& s, const Args& args) -> core::Status {
          if (auto n = argCount(args, 1, 1); !n) return n;
          if (args[0] == "none") {
            s.state().selection.partIndex.reset();
            return core::Ok{};
          }
          const auto parts = s.model().mesh.parts.size();
          if (parts == 0) return core::fail("the model has no parts to select");
          auto index = argNumber(args, 0, 0.0, static_cast<double>(parts - 1));
          if (!index) return core::fail(index.message());
          if (std::floor(*index) != *index) return core::fail("\"" + args[0] + "\" is not a whole part number");
          s.state().selection.partIndex = static_cast<std::uint32_t>(*index);
          s.state().panels.structureCard = true;  // a selected structure shows its card
          s.state().panels.leftPage = PanelState::LeftPage::Structure;
          return core::Ok{};
        });
  r.add("pick", "pick X Y", "Select whatever is drawn at this pixel of the picture (after the next frame)",
        [](Session& s, const Args& args) -> core::Status {
          if (auto n = argCount(args, 2, 2); !n) return n;
          auto x = argNumber(args, 0, 0.0, 65535.0);
          if (!x) return core::fail(x.message());
          auto y = argNumber(args, 1, 0.0, 65535.0);
          if (!y) return core::fail(y.message());
          s.probes().requestPick(glm::vec2(static_cast<float>(*x), static_cast<float>(*y)));
          return core::Ok{};
        });
}

}  // namespace

void registerViewCommands(CommandRegistry& r) {
  registerCameraCommands(r);
  registerLayerCommands(r);
  registerSelectionCommands(r);
}

}  // namespace spineview::app
