#include "io/primitive_assembly.h"

namespace spineview::io {

namespace {
void addTriangle(std::vector<std::uint32_t>& out, std::uint32_t a, std::uint32_t b, std::uint32_t c) {
  if (a == b || b == c || a == c) return;  // degenerate: strips use these to join runs
  out.insert(out.end(), {a, b, c});
}
}  // namespace

core::Result<AssembledPrimitive> assemblePrimitive(int mode, const std::vector<std::uint32_t>& in, const std::string& at) {
  using mesh::Topology;
  const std::string count = std::to_string(in.size()) + " indices";
  AssembledPrimitive out;
  switch (mode) {
    case 0:  // points
      if (in.empty()) return core::fail(at + ": a point list needs at least one point");
      out.topology = Topology::Points;
      out.indices = in;
      return out;
    case 1:  // lines
      if (in.empty() || in.size() % 2 != 0) return core::fail(at + ": " + count + " is not a whole number of line segments");
      out.topology = Topology::Lines;
      out.indices = in;
      return out;
    case 2:    // line loop: each vertex to the next, the last back to the first
    case 3: {  // line strip: each vertex to the next
      if (in.size() < 2) return core::fail(at + ": a line " + (mode == 2 ? "loop" : "strip") + " needs at least 2 indices");
      out.topology = Topology::Lines;
      out.indices.reserve(2 * in.size());
      for (std::size_t i = 0; i + 1 < in.size(); ++i) out.indices.insert(out.indices.end(), {in[i], in[i + 1]});
      if (mode == 2 && in.size() > 2) out.indices.insert(out.indices.end(), {in.back(), in.front()});
      return out;
    }
    case 4:  // triangles
      if (in.empty() || in.size() % 3 != 0) return core::fail(at + ": " + count + " is not a whole number of triangles");
      out.indices = in;
      return out;
    case 5:  // triangle strip: every other triangle is wound the other way round (glTF 2.0 §3.7.2.1)
      if (in.size() < 3) return core::fail(at + ": a triangle strip needs at least 3 indices");
      out.indices.reserve(3 * (in.size() - 2));
      for (std::size_t i = 0; i + 2 < in.size(); ++i) {
        if (i % 2 == 0) addTriangle(out.indices, in[i], in[i + 1], in[i + 2]);
        else addTriangle(out.indices, in[i + 1], in[i], in[i + 2]);
      }
      return out;
    case 6:  // triangle fan: around the first vertex
      if (in.size() < 3) return core::fail(at + ": a triangle fan needs at least 3 indices");
      out.indices.reserve(3 * (in.size() - 2));
      for (std::size_t i = 1; i + 1 < in.size(); ++i) addTriangle(out.indices, in[i], in[i + 1], in[0]);
      return out;
    default:
      return core::fail(at + ": mode " + std::to_string(mode) + " is not a glTF primitive mode (0 to 6)");
  }
}

}  // namespace spineview::io
