#include "mesh/sdf.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace spineview::mesh {

namespace {

float smoothMin(float a, float b, float k) {
  if (k <= 0.0f) return std::min(a, b);
  const float h = std::max(k - std::abs(a - b), 0.0f) / k;
  return std::min(a, b) - h * h * k * 0.25f;
}
float smoothMax(float a, float b, float k) { return -smoothMin(-a, -b, k); }

float roundCone(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float ra, float rb) {
  const glm::vec3 ab = b - a;
  const float len2 = glm::dot(ab, ab);
  if (len2 < 1e-12f) return glm::length(p - a) - std::max(ra, rb);
  // Linear radius along the axis: close enough to the exact round cone for gentle tapers.
  const float t = std::clamp(glm::dot(p - a, ab) / len2, 0.0f, 1.0f);
  return glm::length(p - (a + t * ab)) - (ra + (rb - ra) * t);
}

float roundBoxDistance(const glm::vec3& q, const glm::vec3& half, float r) {
  const glm::vec3 d = glm::abs(q) - (half - glm::vec3(r));
  return glm::length(glm::max(d, glm::vec3(0.0f))) + std::min(std::max(d.x, std::max(d.y, d.z)), 0.0f) - r;
}

float ellipsoidDistance(const glm::vec3& q, const glm::vec3& r) {
  // Bound-preserving approximation (Quilez): exact on the surface, good nearby.
  const float k0 = glm::length(q / r);
  const float k1 = glm::length(q / (r * r));
  if (k1 < 1e-9f) return -std::min(r.x, std::min(r.y, r.z));
  return k0 * (k0 - 1.0f) / k1;
}

float ellipse2D(float x, float z, float rx, float rz) {
  return ellipsoidDistance(glm::vec3(x, 0.0f, z), glm::vec3(rx, 1.0f, rz));
}

// Unsigned distance to a triangle (Quilez).
float triangleDistance(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
  const glm::vec3 ba = b - a, pa = p - a, cb = c - b, pb = p - b, ac = a - c, pc = p - c;
  const glm::vec3 n = glm::cross(ba, ac);
  auto dot2 = [](const glm::vec3& v) { return glm::dot(v, v); };
  auto sgn = [](float v) { return v > 0.0f ? 1.0f : (v < 0.0f ? -1.0f : 0.0f); };
  const bool outside = sgn(glm::dot(glm::cross(ba, n), pa)) + sgn(glm::dot(glm::cross(cb, n), pb)) +
                           sgn(glm::dot(glm::cross(ac, n), pc)) < 2.0f;
  if (outside) {
    const float e0 = dot2(ba * std::clamp(glm::dot(ba, pa) / dot2(ba), 0.0f, 1.0f) - pa);
    const float e1 = dot2(cb * std::clamp(glm::dot(cb, pb) / dot2(cb), 0.0f, 1.0f) - pb);
    const float e2 = dot2(ac * std::clamp(glm::dot(ac, pc) / dot2(ac), 0.0f, 1.0f) - pc);
    return std::sqrt(std::min(e0, std::min(e1, e2)));
  }
  return std::sqrt(glm::dot(n, pa) * glm::dot(n, pa) / dot2(n));
}

}  // namespace

float Primitive::distance(const glm::vec3& p) const {
  float d = 0.0f;
  switch (type) {
    case PrimitiveType::Capsule:
      d = roundCone(p, a, b, ra, rb);
      break;
    case PrimitiveType::RoundBox:
      d = roundBoxDistance(toLocal * (p - a), size, ra);
      break;
    case PrimitiveType::Ellipsoid:
      d = ellipsoidDistance(toLocal * (p - a), size);
      break;
    case PrimitiveType::EllipticPrism: {
      const glm::vec3 q = toLocal * (p - a);
      const float r = ra;
      const float de = ellipse2D(q.x, q.z, size.x - r, size.z - r);
      const float dy = std::abs(q.y) - (size.y - r);
      d = std::min(std::max(de, dy), 0.0f) + glm::length(glm::vec2(std::max(de, 0.0f), std::max(dy, 0.0f))) - r;
      break;
    }
    case PrimitiveType::Torus: {
      const glm::vec3 q = toLocal * (p - a);
      d = glm::length(glm::vec2(glm::length(glm::vec2(q.x, q.z)) - size.x, q.y)) - size.y;
      break;
    }
    case PrimitiveType::Slab:
      d = triangleDistance(p, a, b, size) - ra;
      break;
  }
  for (int i = 0; i < cutCount; ++i) d = std::max(d, glm::dot(p - cutPoint[i], cutNormal[i]));
  return d;
}

void Primitive::finalize() {
  switch (type) {
    case PrimitiveType::Capsule:
      boundCentre = 0.5f * (a + b);
      boundRadius = 0.5f * glm::length(b - a) + std::max(ra, rb);
      break;
    case PrimitiveType::RoundBox:
    case PrimitiveType::EllipticPrism:
      boundCentre = a;
      boundRadius = glm::length(size);
      break;
    case PrimitiveType::Ellipsoid:
      boundCentre = a;
      boundRadius = std::max(size.x, std::max(size.y, size.z));
      break;
    case PrimitiveType::Torus:
      boundCentre = a;
      boundRadius = size.x + size.y;
      break;
    case PrimitiveType::Slab:
      boundCentre = (a + b + size) / 3.0f;
      boundRadius = std::max({glm::length(a - boundCentre), glm::length(b - boundCentre), glm::length(size - boundCentre)}) + ra;
      break;
  }
}

Primitive capsule(glm::vec3 a, glm::vec3 b, float ra, float rb, float blend) {
  Primitive p;
  p.type = PrimitiveType::Capsule;
  p.a = a; p.b = b; p.ra = ra; p.rb = rb; p.blend = blend;
  return p;
}
Primitive roundBox(glm::vec3 centre, glm::mat3 axes, glm::vec3 halfExtents, float rounding, float blend) {
  Primitive p;
  p.type = PrimitiveType::RoundBox;
  p.a = centre; p.toLocal = glm::transpose(axes); p.size = halfExtents;
  p.ra = std::min(rounding, std::min(halfExtents.x, std::min(halfExtents.y, halfExtents.z)));
  p.blend = blend;
  return p;
}
Primitive ellipsoid(glm::vec3 centre, glm::mat3 axes, glm::vec3 radii, float blend) {
  Primitive p;
  p.type = PrimitiveType::Ellipsoid;
  p.a = centre; p.toLocal = glm::transpose(axes); p.size = radii; p.blend = blend;
  return p;
}
Primitive ellipticPrism(glm::vec3 centre, glm::mat3 axes, float rx, float rz, float halfHeight, float rounding,
                        float blend) {
  Primitive p;
  p.type = PrimitiveType::EllipticPrism;
  p.a = centre; p.toLocal = glm::transpose(axes); p.size = {rx, halfHeight, rz};
  p.ra = std::min(rounding, 0.9f * std::min(halfHeight, std::min(rx, rz)));
  p.blend = blend;
  return p;
}
Primitive torus(glm::vec3 centre, glm::mat3 axes, float major, float minor, float blend) {
  Primitive p;
  p.type = PrimitiveType::Torus;
  p.a = centre; p.toLocal = glm::transpose(axes); p.size = {major, minor, 0.0f}; p.blend = blend;
  return p;
}

Primitive slab(glm::vec3 a, glm::vec3 b, glm::vec3 c, float halfThickness, float blend) {
  Primitive p;
  p.type = PrimitiveType::Slab;
  p.a = a; p.b = b; p.size = c; p.ra = halfThickness; p.blend = blend;
  return p;
}

glm::mat3 axesFromY(glm::vec3 y, glm::vec3 roughX) {
  y = glm::normalize(y);
  glm::vec3 z = glm::cross(roughX, y);
  if (glm::length(z) < 1e-4f) z = glm::cross(glm::vec3(0, 0, 1), y);
  z = glm::normalize(z);
  const glm::vec3 x = glm::normalize(glm::cross(y, z));
  return glm::mat3(x, y, z);
}

void Shape::computeBounds(float margin) {
  boundsMin = glm::vec3(std::numeric_limits<float>::max());
  boundsMax = glm::vec3(-std::numeric_limits<float>::max());
  for (const auto& s : solids) {
    boundsMin = glm::min(boundsMin, s.boundCentre - glm::vec3(s.boundRadius + s.blend));
    boundsMax = glm::max(boundsMax, s.boundCentre + glm::vec3(s.boundRadius + s.blend));
  }
  boundsMin -= glm::vec3(margin);
  boundsMax += glm::vec3(margin);
}

float Shape::distance(const glm::vec3& p) const {
  float d = std::numeric_limits<float>::max();
  for (const auto& s : solids) {
    const float lower = glm::length(p - s.boundCentre) - s.boundRadius;
    if (lower > d + s.blend) continue;
    d = smoothMin(d, s.distance(p), s.blend);
  }
  for (const auto& h : holes) {
    const float lower = glm::length(p - h.boundCentre) - h.boundRadius;
    if (-lower < d - h.blend) continue;  // the hole is too far to change anything
    d = smoothMax(d, -h.distance(p), h.blend);
  }
  return d;
}

glm::vec3 Shape::gradient(const glm::vec3& p) const {
  const float e = 0.05f;
  const glm::vec3 g(distance(p + glm::vec3(e, 0, 0)) - distance(p - glm::vec3(e, 0, 0)),
                    distance(p + glm::vec3(0, e, 0)) - distance(p - glm::vec3(0, e, 0)),
                    distance(p + glm::vec3(0, 0, e)) - distance(p - glm::vec3(0, 0, e)));
  const float len = glm::length(g);
  return len > 1e-12f ? g / len : glm::vec3(0, 1, 0);
}

}  // namespace spineview::mesh
