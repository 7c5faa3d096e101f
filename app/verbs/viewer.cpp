#include <GLFW/glfw3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <csignal>
#include <chrono>
#include <cstdio>
#include <optional>

#include <imgui.h>

#include "background_task.h"
#include "core/file_io.h"
#include "core/log.h"
#include "core/paths.h"
#include "frontend/script_runner.h"
#include "frontend/capture.h"
#include "frontend/session_setup.h"
#include "gpu/vk_check.h"
#include "frontend/shortcuts.h"
#include "platform/window.h"
#include "render/frame_recorder.h"
#include "render/headless_target.h"
#include "render/imgui_layer.h"
#include "render/window_presenter.h"
#include "scene/camera_animation.h"
#include "scene/session_scene.h"
#include "scene_builder.h"
#include "settings/settings.h"
#include "startup_clock.h"
#include "ui/main_ui.h"
#include "verbs/bench_verb.h"
#include "verbs/verbs.h"

namespace spineview::app {

namespace {
volatile std::sig_atomic_t g_stateRequested = 0;
void requestState(int) { g_stateRequested = 1; }

// Every readable state path with its value, one a line, written whole (window tests poll it).
void writeState(const Session& session, const std::filesystem::path& file) {
  std::string text;
  for (const auto& path : readableStatePaths())
    if (auto value = readStatePath(session, path)) text += path + " " + *value + "\n";
  if (auto written = core::writeFileAtomic(file, text); !written) {
    std::fprintf(stderr, "spineview: %s\n", written.message().c_str());
    return;
  }
  std::printf("state %s\n", file.c_str());
  std::fflush(stdout);
}

void queueShortcuts(const std::vector<platform::Window::KeyPress>& presses, Session& session) {
  for (const auto& press : presses)
    for (auto& line : commandsForKey(press.key, press.mods, session.state()))
      if (auto command = parseCommand(line)) session.queue().push(std::move(command).value());
}

// The wheel zooms towards what is under the pointer: the point of the plane through the camera's
// target (facing the camera) under the cursor stays under the cursor.
void zoomTowards(Session& session, glm::vec2 cursor, float wheel, float width, float height) {
  auto& camera = session.state().view.camera;
  const auto poses = look::sessionViewPoses(session);
  const auto it = std::find_if(poses.begin(), poses.end(), [&](const look::ViewPose& p) {
    return cursor.x >= p.viewport.x * width && cursor.x < (p.viewport.x + p.viewport.z) * width;
  });
  const float before = camera.distance;
  camera.zoom(wheel);
  if (it == poses.end() || width < 1.0f || height < 1.0f) return;
  const auto projection = look::viewProjection(session, *it, width, height);
  glm::vec2 centre;
  if (!look::projectToPixel(projection, camera.target, centre)) return;
  // Millimetres per pixel at the target's depth, before the zoom.
  const float mmPerPixel = 2.0f * before * std::tan(glm::radians(camera.fovYDegrees) * 0.5f) / std::max(1.0f, it->frameArea.w * height);
  const glm::mat4 v = camera.view();
  const glm::vec3 right{v[0][0], v[1][0], v[2][0]}, up{v[0][1], v[1][1], v[2][1]};
  const glm::vec2 offset = (cursor - centre) * mmPerPixel;
  const glm::vec3 under = camera.target + offset.x * right - offset.y * up;
  camera.target += (1.0f - camera.distance / before) * (under - camera.target);
}

// Presenter mode fills the screen; leaving it restores the window where it was.
class FullscreenSwitch {
 public:
  void follow(GLFWwindow* window, bool wanted) {
    if (wanted == fullscreen_) return;
    if (wanted) {
      GLFWmonitor* monitor = glfwGetPrimaryMonitor();
      const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
      if (!mode) return;
      glfwGetWindowPos(window, &x_, &y_);
      glfwGetWindowSize(window, &w_, &h_);
      glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    } else {
      glfwSetWindowMonitor(window, nullptr, x_, y_, w_, h_, 0);
    }
    fullscreen_ = wanted;
  }

 private:
  bool fullscreen_ = false;
  int x_ = 0, y_ = 0, w_ = 1280, h_ = 720;
};

// Saves the settings shortly after they change (not on every frame of a slider drag) and at exit.
class SettingsKeeper {
 public:
  // The settings were loaded before the start-up commands ran (runViewer); what those
  // commands changed lasts for this run only, what the user changes later is saved.
  // `writable` is false when the file came from a newer spineview: it is left as it is.
  SettingsKeeper(Session& session, bool writable)
      : session_(session), file_(settings::defaultSettingsFile()), writable_(writable) {
    saved_ = settings::captureSettings(session.state());
  }
  void tick(double dt, bool force = false) {
    if (!writable_) return;  // a newer spineview's file: left as it is (the load said so)
    const settings::Settings now = settings::captureSettings(session_.state());
    if (now == saved_) {
      pendingS_ = 0.0;
      return;
    }
    pendingS_ += dt;
    if (pendingS_ < 0.5 && !force) return;
    if (auto saved = settings::saveSettings(file_, now); !saved) {
      if (!warned_) session_.notify(Notice::Kind::Warning, saved.message() + " — your changes last until you close spineview.");
      warned_ = true;
    }
    saved_ = now;
    pendingS_ = 0.0;
  }

 private:
  Session& session_;
  std::filesystem::path file_;
  settings::Settings saved_;
  double pendingS_ = 0.0;
  bool warned_ = false;
  bool writable_;
};

// After VK_ERROR_SURFACE_LOST_KHR (e.g. the display server dropped the window's surface):
// a new surface and a new presenter. The old presenter's swapchain must go before its surface.
core::Status replaceLostSurface(GpuContext& gpu, const platform::Window& window,
                                std::optional<render::WindowPresenter>& presenter) {
  gpu.device.waitIdle();
  presenter.reset();
  if (auto recreated = gpu.recreateSurface(window); !recreated) return recreated;
  try {
    presenter.emplace(gpu.device, *gpu.passes, gpu.surface.handle(), window.framebufferSize());
  } catch (const gpu::VulkanError& e) {
    return core::fail(std::string("cannot build a swapchain on the new surface: ") + e.what());
  }
  return core::Ok{};
}
}  // namespace

int runViewer(const GpuOptions& gpuOptions, const ViewerRequest& request) {
  // Before anything slow: a test asking for the state while the model is still being made
  // must not kill the viewer (SIGUSR1's default action); the state is written at the first frame.
  if (request.stateFile) std::signal(SIGUSR1, requestState);
  // The window's starting camera: from the front-left and a little above, so a turn of the
  // head reads at a glance; start-up commands (-c "view left") may change it.
  bool settingsWritable = true;
  const auto prepare = [&settingsWritable](Session& s) {
    auto& camera = s.state().view.camera;
    camera.yawDegrees = 60.0f;
    camera.pitchDegrees = 10.0f;
    frameModel(camera, computeBounds(s.model().mesh));
    settingsWritable = settings::loadInto(s, settings::defaultSettingsFile(), true);
  };
  // The session (model, biomechanics, start-up commands) is made on another core while the
  // window and the GPU start. A user's file is checked first, so no window opens before its
  // error; the built-in spine's data ships with the program.
  BackgroundTask<core::Result<std::unique_ptr<Session>>> pending(
      [&] { return createSession(request.model, request.commands, prepare); });
  std::optional<core::Result<std::unique_ptr<Session>>> created;
  std::vector<std::string> notices = request.startupNotices;
  // GCC 12 at -O2 reports a false -Wfree-nonheap-object on the inlined destructor of the
  // temporary results moved into `created` (the CI build makes warnings errors).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wfree-nonheap-object"
#endif
  const auto settle = [&] {
    created.emplace(pending.get());
    if (!*created && request.keepOpenOnError) {
      // Started from the desktop: nobody reads stderr, so the window opens and says what failed.
      const std::string& message = created->message();
      notices.push_back(message.rfind("usage: ", 0) == 0 ? message.substr(7) : message);
      created.emplace(createSession({}, {}, prepare));
    }
  };
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
  const auto sessionFailed = [&] {
    std::fprintf(stderr, "spineview: %s\n", created->message().c_str());
    return created->message().rfind("usage: ", 0) == 0 ? kExitUsage : kExitRuntime;
  };
  if (request.model.file) {
    settle();
    if (!*created) return sessionFailed();
  }
  auto window = platform::Window::create("spineview", static_cast<int>(request.size.width), static_cast<int>(request.size.height));
  if (!window) {
    std::fprintf(stderr, "spineview: %s\n", window.message().c_str());
    return kExitRuntime;
  }
  int exitCode = kExitOk;
  {
    auto context = GpuContext::create(gpuOptions, &window.value());
    if (!context) {
      std::fprintf(stderr, "spineview: %s\n", context.message().c_str());
      return kExitRuntime;
    }
    GpuContext& gpu = **context;
    if (!created) settle();
    if (!*created) return sessionFailed();
    Session& session = ***created;
    for (const auto& notice : notices) {
      std::fprintf(stderr, "spineview: %s\n", notice.c_str());
      session.notify(Notice::Kind::Error, notice);
    }
    // Interactive frame rates on CPU Vulkan (lavapipe) with multisampling need the lighter
    // model; with post anti-aliasing (their default) Default fits: docs/performance.md.
    if (const mesh::Detail detail = chooseDetail(gpu.device.info().type, gpu.antiAliasing);
        session.model().builtInSpine && detail != mesh::Detail::Default) {
      if (auto lighter = loadBuiltInViewModel(detail)) session.replaceModel(std::move(lighter).value());
    }
    render::SceneRenderer sceneRenderer(gpu.device, *gpu.passes, gpu.skinning);
    std::uint64_t uploadedGeneration = 0;
    std::error_code ec;
    std::filesystem::create_directories(core::stateDir(), ec);
    render::ImGuiLayer ui(gpu.device, *gpu.passes, 1.0f, ec ? std::filesystem::path{} : core::stateDir() / "imgui.ini");
    window->initImGui();
    std::optional<render::WindowPresenter> presenter;  // replaced when the surface is lost
    presenter.emplace(gpu.device, *gpu.passes, gpu.surface.handle(), window->framebufferSize());
    SettingsKeeper settingsKeeper(session, settingsWritable);
    if (!request.commands.empty()) session.state().panels.tour = false;  // scripted start: no tour in the way
    FullscreenSwitch fullscreen;

    auto& camera = session.state().view.camera;
    session.state().view.smoothCamera = true;  // preset views and focus glide in the window

    ui::FrameInfo info;
    info.deviceName = gpu.device.info().name;
    int frames = 0;
    // Probe requests carry the number of the frame that sends them; each renderer slot
    // remembers which frame it last held, so its results answer exactly those requests.
    std::uint64_t frameNumber = 0;
    std::array<std::optional<std::uint64_t>, gpu::kFramesInFlight> slotFrame{};
    constexpr int kMaxSurfaceRebuilds = 3;
    int lostInARow = 0;  // surface losses since the last frame that reached the screen
    bool firstFrameShown = false;
    auto last = std::chrono::steady_clock::now();
    while (!window->shouldClose() && !session.state().quitRequested) {
      window->pollEvents();
      window->beginInputFrame();  // this frame's share of the queued events
      if (window->minimized()) {  // zero extent: wait for events instead of spinning
        window->waitEvents();
        last = std::chrono::steady_clock::now();
        continue;
      }
      const auto now = std::chrono::steady_clock::now();
      const double dt = std::min(0.25, std::chrono::duration<double>(now - last).count());
      last = now;
      info.frameMilliseconds = 0.9 * info.frameMilliseconds + 0.1 * dt * 1000.0;

      // input → commands → simulation → snapshot → render
      queueShortcuts(window->takeKeyPresses(), session);
      for (const auto& click : window->takeClicks()) {
        session.queue().push("pick", {std::to_string(click.x), std::to_string(click.y)});
      }
      for (const auto& path : window->takeDroppedPaths()) session.queue().push("open", {path});
      const platform::CameraInput input = window->takeCameraInput();
      camera.orbit(-input.orbitDx * 0.4f, input.orbitDy * 0.4f);
      camera.pan(input.panDx, input.panDy, static_cast<float>(window->framebufferSize().height));
      if (input.wheel != 0.0f) zoomTowards(session, input.cursor, input.wheel, info.width, info.height);
      if (input.orbitDx != 0 || input.orbitDy != 0 || input.panDx != 0 || input.panDy != 0 || input.wheel != 0) {
        session.state().view.cameraGoal.reset();  // the user's hand wins over a running transition
        session.state().view.cameraStart.reset();
      }
      session.update(dt);
      animateCamera(session.state().view, dt);
      settingsKeeper.tick(dt);
      if (g_stateRequested && request.stateFile) {
        g_stateRequested = 0;
        writeState(session, *request.stateFile);
      }
      fullscreen.follow(window->handle(), session.state().presenter.active);
      if (uploadedGeneration != session.modelGeneration()) {
        sceneRenderer.setMesh(session.model().mesh);
        uploadedGeneration = session.modelGeneration();
      }

      const VkExtent2D size = window->framebufferSize();
      info.width = static_cast<float>(size.width);
      info.height = static_cast<float>(size.height);
      window->newImGuiFrame();
      ui.newFrame();
      info.contentScale = window->contentScale();
      ui::BoxF scene = ui::drawInterface(session, session.queue(), info);
      if (scene.empty()) scene = {0.0f, 0.0f, info.width, info.height};
      session.setSceneArea({scene.x / info.width, scene.y / info.height, scene.w / info.width, scene.h / info.height},
                           scene.w / std::max(1.0f, scene.h));
      auto views = buildSessionViews(session, info.width, info.height);
      const std::uint64_t frame = ++frameNumber;
      session.probes().attach(views, info.width, info.height, frame, session.queue());
      render::DrawStats stats;
      auto recordFrame = [&](VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& t) {
        // This slot's previous frame has completed: what it saw at the probed pixels (picks,
        // label anchors) goes back to the session for the next frame.
        auto& held = slotFrame[slot % gpu::kFramesInFlight];
        if (held) session.probes().collect(*held, sceneRenderer.probeResults(slot), session.queue());
        held = frame;
        stats = render::recordFramePasses(cmd, slot, *gpu.passes, t, {views, &sceneRenderer, &ui});
      };
      if (auto& pending = session.state().capture.pendingScreenshot; pending && size.width > 0 && size.height > 0) {
        // F12: this frame goes to an offscreen target of the window's size instead of the
        // screen (one frame is skipped on screen), so the file shows exactly what the user sees.
        const std::filesystem::path file = pending->empty() ? capture::defaultScreenshotPath() : *pending;
        pending.reset();
        gpu.device.waitIdle();
        render::HeadlessTarget shot(gpu.device, *gpu.passes, size);
        const auto saved = capture::saveScreenshot(file, shot.renderAndRead(recordFrame));
        if (saved) session.notify(Notice::Kind::Info, "Screenshot saved as " + file.string());
        else session.notify(Notice::Kind::Error, saved.message());
        std::printf("%s\n", saved ? ("screenshot " + file.string()).c_str() : saved.message().c_str());
        std::fflush(stdout);
      } else {
        const auto outcome = presenter->drawFrame(size, recordFrame);
        if (outcome != render::PresentOutcome::Presented) ImGui::EndFrame();  // the frame was not drawn
        if (outcome == render::PresentOutcome::Presented) lostInARow = 0;
        if (outcome == render::PresentOutcome::Presented && !firstFrameShown) {
          firstFrameShown = true;  // bench/startup.sh reads this line (-v)
          core::logInfo("first frame shown " + std::to_string(static_cast<long>(msSinceLaunch())) + " ms after launch");
        }
        if (outcome == render::PresentOutcome::SurfaceLost) {
          // A surface lost again before any frame was shown cannot be kept: stop rather than loop.
          auto replaced = ++lostInARow > kMaxSurfaceRebuilds
                              ? core::Status(core::fail("it was lost again right after each rebuild"))
                              : replaceLostSurface(gpu, *window, presenter);
          if (!replaced) {
            std::fprintf(stderr, "spineview: the window's drawing surface was lost and could not be rebuilt: %s\n",
                         replaced.message().c_str());
            exitCode = kExitRuntime;
            break;
          }
          std::fprintf(stderr, "spineview: the window's drawing surface was lost; rebuilt it\n");
        }
      }
      info.triangles = stats.triangles;
      info.drawCalls = stats.drawCalls;
      if (request.maxFrames > 0 && ++frames >= request.maxFrames) window->requestClose();
    }
    settingsKeeper.tick(0.0, true);
    gpu.device.waitIdle();
    window->shutdownImGui();
  }
  if (!reportValidation(gpuOptions.validation)) exitCode = kExitValidation;
  return exitCode;
}

}  // namespace spineview::app
