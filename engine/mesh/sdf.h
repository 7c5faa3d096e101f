// Signed-distance shapes for the procedural bones: a flat list of primitives joined by a
// smooth union, then holes carved by a smooth subtraction. Negative inside, millimetres.
// Primitives carry a bounding sphere so evaluation skips those that cannot matter.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

namespace spineview::mesh {

enum class PrimitiveType : std::uint8_t {
  Capsule,        // a..b, radius ra → rb (a round cone when they differ)
  RoundBox,       // centre, rotation, half extents, rounding radius
  Ellipsoid,      // centre, rotation, radii
  EllipticPrism,  // centre, rotation, radii x/z, half height y, rounding radius
  Torus,          // centre, rotation (axis = local Y), major radius, minor radius
  Slab,           // triangle a, b, c (c kept in size) thickened by ra: a rounded flat plate
};

struct Primitive {
  PrimitiveType type = PrimitiveType::Capsule;
  glm::vec3 a{0.0f}, b{0.0f};       // capsule ends; centre in a for the others
  glm::mat3 toLocal{1.0f};          // world → primitive axes (rotation only)
  glm::vec3 size{1.0f};             // half extents / radii
  float ra = 1.0f, rb = 1.0f;       // capsule radii, or rounding radius in ra
  float blend = 1.0f;               // smooth-union (or subtraction) radius
  // Optional half-space cuts: the primitive is kept where dot(p - point, normal) <= 0.
  int cutCount = 0;
  glm::vec3 cutPoint[2]{};
  glm::vec3 cutNormal[2]{};
  // Bounding sphere, filled by finalize().
  glm::vec3 boundCentre{0.0f};
  float boundRadius = 0.0f;

  float distance(const glm::vec3& p) const;
  void finalize();
};

Primitive capsule(glm::vec3 a, glm::vec3 b, float ra, float rb, float blend);
Primitive roundBox(glm::vec3 centre, glm::mat3 axes, glm::vec3 halfExtents, float rounding, float blend);
Primitive ellipsoid(glm::vec3 centre, glm::mat3 axes, glm::vec3 radii, float blend);
Primitive ellipticPrism(glm::vec3 centre, glm::mat3 axes, float rx, float rz, float halfHeight, float rounding,
                        float blend);
Primitive torus(glm::vec3 centre, glm::mat3 axes, float major, float minor, float blend);
// A flat triangular plate with rounded edges, halfThickness on each side of the triangle.
Primitive slab(glm::vec3 a, glm::vec3 b, glm::vec3 c, float halfThickness, float blend);

// Columns of `axes` are the primitive's X, Y, Z axes in the shape's frame.
glm::mat3 axesFromY(glm::vec3 y, glm::vec3 roughX = {1, 0, 0});

struct Shape {
  std::vector<Primitive> solids;
  std::vector<Primitive> holes;
  glm::vec3 boundsMin{0.0f}, boundsMax{0.0f};

  Primitive& add(Primitive p) { p.finalize(); solids.push_back(p); return solids.back(); }
  Primitive& carve(Primitive p) { p.finalize(); holes.push_back(p); return holes.back(); }
  void computeBounds(float margin);
  float distance(const glm::vec3& p) const;
  glm::vec3 gradient(const glm::vec3& p) const;
};

}  // namespace spineview::mesh
