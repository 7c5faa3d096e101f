// A motion program as a glTF animation clip of the built-in spine: each joint's pose, sampled
// from the simulation over one repetition (time 0 … cycle duration, evenly spaced, both ends
// included), named after the motion's id.
#pragma once

#include <vector>

#include "biomech/biomech_model.h"
#include "biomech/motion_program.h"
#include "io/gltf_export.h"
#include "mesh/mesh_data.h"

namespace spineview::app {

// Samples per second of the exported clip: smooth at a viewer's usual frame rate, and viewers
// interpolate between samples. A presentation choice.
inline constexpr double kMotionClipSamplesPerS = 30.0;

// `skeleton` is the built-in spine's (joints 0–19 are C0–T12).
io::JointAnimation sampleMotionAnimation(const std::vector<mesh::Joint>& skeleton, const biomech::BiomechModel& model,
                                         const biomech::MotionProgram& program,
                                         double samplesPerS = kMotionClipSamplesPerS);

}  // namespace spineview::app
