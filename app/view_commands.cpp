// View commands: camera presets and focus, layers and opacity, x-ray, clip plane, isolating a
// level, selection and picking, labels, heat maps and zone tint.
#include <cmath>

#include "scene/camera_animation.h"
#include "scene/clip_plane.h"
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

void registerCameraCommands(CommandRegistry& r) {
  r.add("view", "view anterior|posterior|left|right|superior [instant]",
        "Look at the model from a standard direction (animated in the window unless `instant`)",
        [](Session& s, const Args& args) -> core::Status {
          if (auto n = argCount(args, 1, 2); !n) return n;
          scene::StandardView v{};
          if (!scene::parseView(args[0], v))
            return core::fail("\"" + args[0] + "\" is not anterior, posterior, left, right or superior");
          if (args.size() == 2 && args[1] != "instant") return core::fail("\"" + args[1] + "\" is not `instant`");
          scene::OrbitCamera goal = s.state().view.camera;
          goal.setView(v);
          frameModel(goal, computeBounds(s.model().mesh));
          moveCamera(s.state().view, goal, args.size() == 2);
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
            const float halfFov = glm::radians(goal.fovYDegrees) * 0.5f;
            goal.distance = std::max(30.0f, b.radius() / std::sin(halfFov) * 1.6f);
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
