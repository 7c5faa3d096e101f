#include "scene/camera_animation.h"

#include <algorithm>

#include "scene/camera_transition.h"

namespace spineview::app {

void moveCamera(ViewSettings& view, const scene::OrbitCamera& goal, bool instant) {
  if (instant || !view.smoothCamera) {
    view.camera = goal;
    view.cameraGoal.reset();
    view.cameraStart.reset();
    return;
  }
  view.cameraGoal = goal;
  view.cameraStart = view.camera;  // a new goal starts from wherever the camera is now
  view.cameraTransitionS = 0.0;
}

void animateCamera(ViewSettings& view, double dtS) {
  if (!view.cameraGoal) return;
  if (!view.cameraStart) view.cameraStart = view.camera, view.cameraTransitionS = 0.0;
  view.cameraTransitionS += std::max(0.0, dtS);
  const double s = view.cameraTransitionS / scene::kCameraTransitionS;
  view.camera = scene::blendCameras(*view.cameraStart, *view.cameraGoal, scene::easeInOut(s));
  if (s >= 1.0) {
    view.camera = *view.cameraGoal;
    view.cameraGoal.reset();
    view.cameraStart.reset();
  }
}

}  // namespace spineview::app
