// Everything the user can change in the app, as plain values. The UI panels read it and
// issue commands (session/command.h); only command handlers and Session::update write it.
// Each group has one owner feature, named in its comment.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/levels.h"
#include "lessons/lesson.h"
#include "scene/camera.h"

namespace spineview::app {

// What the main view is showing.
enum class AppMode : std::uint8_t {
  Explore,  // one model, the motion library on the timeline
  Compare,  // forceful self-twist | controlled motion, side by side, synchronized
  Guided,   // an exercise with an on-screen coach
};

// Playback of the current motion program (session).
struct PlaybackState {
  std::string motionId = "controlled_rotation";  // the program on the timeline (Explore/Guided)
  double timeS = 0.0;                            // program time shown
  double speed = 1.0;                            // 0.05× … 2×
  bool playing = false;
  bool loop = true;
};

// Comparison mode (education UI).
struct CompareState {
  std::string forcefulMotionId = "forceful_self_twist";
  std::string controlledMotionId = "controlled_rotation";
};

// Layers the renderer can toggle (scene builder).
enum class LayerId : std::uint8_t { Bones, Discs, Facets, Arteries, CordAndNerves, RibsAndScapulae, BodySurface };
inline constexpr int kLayerCount = 7;
std::string_view layerName(LayerId layer);               // "bones", "discs", ... (CLI and scripts)
bool parseLayer(std::string_view text, LayerId& out);

enum class ClipAxis : std::uint8_t { Off, Sagittal, Coronal, Axial };

struct ViewSettings {
  std::array<bool, kLayerCount> visible{true, true, true, true, true, true, true};
  std::array<float, kLayerCount> opacity{1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 0.22f};
  bool xray = false;                               // bone translucent, vessels and nerves show through
  ClipAxis clipAxis = ClipAxis::Off;
  float clipOffsetMm = 0.0f;                       // along the axis, from the model centre
  std::optional<anatomy::Vertebra> isolatedLevel;  // others dimmed
  bool labels = true;
  bool heatMaps = true;                            // strain/gap colours instead of plain tissue colours
  scene::OrbitCamera camera;                       // current camera (animated towards cameraGoal)
  std::optional<scene::OrbitCamera> cameraGoal;    // smooth transitions
  // Scene builder state:
  bool zoneTint = false;                           // tint bones by range-use zone
  bool smoothCamera = false;                       // the window animates camera moves; headless jumps
  std::optional<scene::OrbitCamera> cameraStart;   // where the running transition began
  double cameraTransitionS = 0.0;                  // time into the running transition
};

// The structure under the cursor when the user clicked (picking); index into mesh.parts.
struct SelectionState {
  std::optional<std::uint32_t> partIndex;
};

// Guided exercise coach (education UI).
struct GuidedState {
  std::string exerciseId = "chin_tuck";
  int repetitionsDone = 0;
};

// Panels that are open (education UI).
struct PanelState {
  bool library = true;
  bool timeline = true;
  bool gauges = true;
  bool structureCard = true;
  bool help = false;     // "When to seek help"
  bool sources = false;
  bool settings = false;
  bool tour = false;     // first-run tour
  int tourCard = 0;      // card of the tour shown (app/ui/tour)
  bool about = false;
  bool compare = true;   // comparison plots and verdict (Compare mode)
  bool coach = true;     // guided-exercise coach (Guided mode)
  bool stats = false;    // frame time / device overlay
  bool openFile = false; // File → Open model (lead)
  bool glossary = false; // plain meanings of the technical words
  bool layers = true;    // Layers panel: layers, opacity, x-ray, clip plane, isolate, labels
  bool shortcuts = false;  // Help → Keyboard shortcuts
  bool stepList = false;   // presenter: the lesson's steps
  // The left column shows one page at a time (app/ui/window_layout.h).
  enum class LeftPage : std::uint8_t { Library, Layers, Structure, Coach } leftPage = LeftPage::Library;
  // A side column folded into a drawer that the user opened: 0 none, 1 left, 2 right.
  int drawer = 0;
};

// Preferences that persist (settings file, education UI).
struct Preferences {
  float uiScale = 1.0f;
  bool highContrast = false;
  bool colourBlindSafe = true;  // diverging maps safe for the common colour-vision deficiencies
  bool tourSeen = false;
  std::string lastMotionId;
  std::string emergencyNumber = "auto";  // "auto": from the locale's region; else the digits to call
};

// Presenter mode with lessons (education UI).
struct PresenterState {
  bool active = false;
  std::optional<std::filesystem::path> lessonFile;
  int step = 0;  // 1-based step of the lesson shown; 0 before the first
  std::optional<lessons::Lesson> lesson;  // the loaded lesson (app/lessons)
  // The time range of the current step: at rangeToS playback holds (pauses) or loops to rangeFromS.
  bool rangeActive = false;
  double rangeFromS = 0.0, rangeToS = 0.0;
  bool rangeLoops = false;
};

// Pictures requested by the `screenshot` command; the front end that owns the GPU takes them (capture).
struct CaptureState {
  std::optional<std::filesystem::path> pendingScreenshot;  // empty path: a timestamped default name
};

struct AppState {
  AppMode mode = AppMode::Explore;
  PlaybackState playback;
  CompareState compare;
  ViewSettings view;
  SelectionState selection;
  GuidedState guided;
  PanelState panels;
  Preferences preferences;
  PresenterState presenter;
  CaptureState capture;
  bool quitRequested = false;
};

std::string_view modeName(AppMode mode);  // "explore", "compare", "guided"
bool parseMode(std::string_view text, AppMode& out);

}  // namespace spineview::app
