// Shared vocabulary of the biomechanics layer: the three rotation axes of a motion
// segment, signed segment angles, and the zones of range use.
//
// Sign conventions (body frame of anatomy/levels.h, +X left, +Y up, +Z anterior):
//   flexion > 0 = flexion (forward), < 0 = extension; rotation about the lower vertebra's +X;
//   lateralBend > 0 = bending to the LEFT; rotation about −Z;
//   axialRotation > 0 = turning to the LEFT (the face turns toward +X); rotation about +Y.
#pragma once

#include <cstdint>
#include <string_view>

#include "anatomy/levels.h"

namespace spineview::biomech {

enum class Axis : std::uint8_t { FlexionExtension, LateralBend, AxialRotation };
inline constexpr int kAxisCount = 3;

struct SegmentAngles {
  double flexion = 0.0;        // degrees
  double lateralBend = 0.0;    // degrees
  double axialRotation = 0.0;  // degrees

  double& operator[](Axis a) {
    return a == Axis::FlexionExtension ? flexion : a == Axis::LateralBend ? lateralBend : axialRotation;
  }
  double operator[](Axis a) const {
    return a == Axis::FlexionExtension ? flexion : a == Axis::LateralBend ? lateralBend : axialRotation;
  }
};

// Ordered from gentle to harmful, so std::max gives the worse zone.
enum class Zone : std::uint8_t { Comfortable, EndRange, BeyondActive, BeyondPhysiological };

std::string_view zoneName(Zone z);         // "comfortable", "end range", "beyond active (passive)", ...
std::string_view axisName(Axis a);         // "flexion/extension", "lateral bend", "axial rotation"

// Which way a signed angle points, as a side (lateral bend and rotation: + = left).
constexpr anatomy::Side sideOf(double signedAngle) {
  return signedAngle >= 0.0 ? anatomy::Side::Left : anatomy::Side::Right;
}

}  // namespace spineview::biomech
