// Camera transitions: ease-in-out over 0.4 s, the short way round in yaw, immediate when the
// session is headless or the command asks for it; near/far planes for close-ups and the
// whole spine.
#include <gtest/gtest.h>

#include "scene/camera_animation.h"
#include "scene/camera_transition.h"

namespace spineview::app {
namespace {

scene::OrbitCamera camera(float yaw, float distance, glm::vec3 target = glm::vec3(0.0f)) {
  scene::OrbitCamera c;
  c.yawDegrees = yaw;
  c.distance = distance;
  c.target = target;
  return c;
}

TEST(CameraTransition, EaseInOutHasFlatEnds) {
  EXPECT_DOUBLE_EQ(scene::easeInOut(0.0), 0.0);
  EXPECT_DOUBLE_EQ(scene::easeInOut(1.0), 1.0);
  EXPECT_DOUBLE_EQ(scene::easeInOut(0.5), 0.5);
  EXPECT_LT(scene::easeInOut(0.05), 0.05);  // starts slowly
  EXPECT_GT(scene::easeInOut(0.95), 0.95);  // and settles slowly
  EXPECT_DOUBLE_EQ(scene::easeInOut(3.0), 1.0);
}

TEST(CameraTransition, YawGoesTheShortWayRound) {
  const auto mid = scene::blendCameras(camera(170.0f, 100.0f), camera(-170.0f, 100.0f), 0.5);
  EXPECT_NEAR(std::fmod(mid.yawDegrees + 360.0f, 360.0f), 180.0f, 1e-3f);
  const auto zoom = scene::blendCameras(camera(0.0f, 1000.0f), camera(0.0f, 10.0f), 0.5);
  EXPECT_NEAR(zoom.distance, 100.0f, 0.01f);  // log scale: the geometric middle
}

TEST(CameraAnimation, ReachesTheGoalAfterTheTransitionTime) {
  ViewSettings view;
  view.smoothCamera = true;
  view.camera = camera(0.0f, 400.0f);
  moveCamera(view, camera(90.0f, 400.0f, {0, 50, 0}));
  EXPECT_FLOAT_EQ(view.camera.yawDegrees, 0.0f);  // nothing moves until the frame advances
  animateCamera(view, 0.2);
  EXPECT_NEAR(view.camera.yawDegrees, 45.0f, 0.01f);
  EXPECT_NEAR(view.camera.target.y, 25.0f, 0.01f);
  animateCamera(view, 0.25);
  EXPECT_FLOAT_EQ(view.camera.yawDegrees, 90.0f);
  EXPECT_FALSE(view.cameraGoal.has_value());
  animateCamera(view, 0.1);  // idle: nothing changes
  EXPECT_FLOAT_EQ(view.camera.yawDegrees, 90.0f);
}

TEST(CameraAnimation, JumpsWhenHeadlessOrInstant) {
  ViewSettings view;
  view.camera = camera(0.0f, 400.0f);
  moveCamera(view, camera(90.0f, 400.0f));  // smoothCamera is off by default (headless)
  EXPECT_FLOAT_EQ(view.camera.yawDegrees, 90.0f);
  view.smoothCamera = true;
  moveCamera(view, camera(180.0f, 400.0f), true);
  EXPECT_FLOAT_EQ(view.camera.yawDegrees, 180.0f);
  EXPECT_FALSE(view.cameraGoal.has_value());
}

TEST(CameraProjection, NearAndFarSuitCloseUpsAndTheWholeSpine) {
  for (float distance : {30.0f, 1200.0f}) {
    const auto c = camera(0.0f, distance);
    const glm::mat4 p = c.projection(1.5f);
    // A point at the target must be inside the depth range; so must points ±40 % of the distance.
    for (float d : {0.6f * distance, distance, 1.4f * distance}) {
      const glm::vec4 clip = p * glm::vec4(0.0f, 0.0f, -d, 1.0f);
      const float ndcZ = clip.z / clip.w;
      EXPECT_GT(ndcZ, 0.0f) << distance << " " << d;  // GLM_FORCE_DEPTH_ZERO_TO_ONE
      EXPECT_LT(ndcZ, 1.0f) << distance << " " << d;
    }
  }
}

}  // namespace
}  // namespace spineview::app
