#include "io/gltf_nodes.h"

#include <cmath>
#include <string>

#include <glm/gtx/matrix_decompose.hpp>

namespace spineview::io::gltf {

namespace {

bool allFinite(const std::vector<double>& v) {
  for (double x : v)
    if (!std::isfinite(x)) return false;
  return true;
}

core::Result<Trs> nodeTransform(const tinygltf::Node& node, const std::string& at) {
  Trs trs;
  if (!node.matrix.empty()) {
    if (node.matrix.size() != 16 || !allFinite(node.matrix))
      return core::fail(at + "matrix must be 16 finite numbers");
    glm::mat4 m;
    for (int c = 0; c < 4; ++c)
      for (int r = 0; r < 4; ++r) m[c][r] = static_cast<float>(node.matrix[static_cast<std::size_t>(4 * c + r)]);
    glm::vec3 skew;
    glm::vec4 perspective;
    if (m[0][3] != 0.0f || m[1][3] != 0.0f || m[2][3] != 0.0f || m[3][3] != 1.0f ||
        !glm::decompose(m, trs.scale, trs.rotation, trs.translation, skew, perspective) ||
        glm::length(skew) > 1e-4f)
      return core::fail(at + "matrix is not a translation-rotation-scale transform");
    trs.rotation = glm::normalize(trs.rotation);
    return trs;
  }
  if (!node.translation.empty()) {
    if (node.translation.size() != 3 || !allFinite(node.translation))
      return core::fail(at + "translation must be 3 finite numbers");
    trs.translation = {node.translation[0], node.translation[1], node.translation[2]};
  }
  if (!node.rotation.empty()) {
    if (node.rotation.size() != 4 || !allFinite(node.rotation))
      return core::fail(at + "rotation must be 4 finite numbers");
    const glm::dquat q(node.rotation[3], node.rotation[0], node.rotation[1], node.rotation[2]);
    const double len = glm::length(q);
    if (!(len > 1e-6)) return core::fail(at + "rotation quaternion has zero length");
    trs.rotation = glm::quat(q / len);
  }
  if (!node.scale.empty()) {
    if (node.scale.size() != 3 || !allFinite(node.scale)) return core::fail(at + "scale must be 3 finite numbers");
    trs.scale = {node.scale[0], node.scale[1], node.scale[2]};
  }
  return trs;
}

}  // namespace

core::Result<NodeGraph> buildNodeGraph(const tinygltf::Model& model, const LoadLimits& limits) {
  const std::size_t n = model.nodes.size();
  if (n > limits.maxNodes)
    return core::fail(std::to_string(n) + " nodes, more than the limit of " + std::to_string(limits.maxNodes));
  NodeGraph g;
  g.parent.assign(n, -1);
  g.local.resize(n);
  g.hasMatrix.assign(n, false);
  g.global.assign(n, glm::mat4(1.0f));
  for (std::size_t i = 0; i < n; ++i) {
    const auto& node = model.nodes[i];
    const std::string at = "node " + std::to_string(i) + (node.name.empty() ? "" : " \"" + node.name + "\"") + ": ";
    auto trs = nodeTransform(node, at);
    if (!trs) return trs.error();
    g.local[i] = *trs;
    g.hasMatrix[i] = !node.matrix.empty();
    if (node.mesh < -1 || (node.mesh >= 0 && static_cast<std::size_t>(node.mesh) >= model.meshes.size()))
      return core::fail(at + "mesh " + std::to_string(node.mesh) + " does not exist");
    if (node.skin < -1 || (node.skin >= 0 && static_cast<std::size_t>(node.skin) >= model.skins.size()))
      return core::fail(at + "skin " + std::to_string(node.skin) + " does not exist");
    if (node.skin >= 0 && node.mesh < 0) return core::fail(at + "has a skin but no mesh");
    for (int child : node.children) {
      if (child < 0 || static_cast<std::size_t>(child) >= n)
        return core::fail(at + "child " + std::to_string(child) + " does not exist");
      if (static_cast<std::size_t>(child) == i) return core::fail(at + "is its own child");
      auto& p = g.parent[static_cast<std::size_t>(child)];
      if (p != -1)
        return core::fail("node " + std::to_string(child) + " has more than one parent (nodes " + std::to_string(p) +
                          " and " + std::to_string(i) + ")");
      p = static_cast<int>(i);
    }
  }

  // Roots of the scene to show: the default scene, else scene 0, else every root node.
  std::vector<int> roots;
  if (!model.scenes.empty()) {
    const int s = model.defaultScene >= 0 ? model.defaultScene : 0;
    if (static_cast<std::size_t>(s) >= model.scenes.size())
      return core::fail("default scene " + std::to_string(s) + " does not exist");
    for (int r : model.scenes[static_cast<std::size_t>(s)].nodes) {
      if (r < 0 || static_cast<std::size_t>(r) >= n)
        return core::fail("scene " + std::to_string(s) + ": node " + std::to_string(r) + " does not exist");
      if (g.parent[static_cast<std::size_t>(r)] != -1)
        return core::fail("scene " + std::to_string(s) + ": node " + std::to_string(r) + " is listed as a root but has a parent");
      roots.push_back(r);
    }
  } else {
    for (std::size_t i = 0; i < n; ++i)
      if (g.parent[i] == -1) roots.push_back(static_cast<int>(i));
  }

  // Iterative depth-first walk. With one parent per node, a cycle is unreachable from any
  // root, so nodes never visited from the roots are exactly the cyclic ones.
  std::vector<std::uint32_t> depth(n, 0);
  std::vector<bool> visited(n, false);
  std::vector<int> stack;
  for (auto it = roots.begin(); it != roots.end(); ++it) {
    if (visited[static_cast<std::size_t>(*it)]) return core::fail("scene lists node " + std::to_string(*it) + " twice");
    stack.push_back(*it);
    while (!stack.empty()) {
      const auto i = static_cast<std::size_t>(stack.back());
      stack.pop_back();
      visited[i] = true;
      g.order.push_back(static_cast<int>(i));
      const int p = g.parent[i];
      g.global[i] = (p < 0 ? glm::mat4(1.0f) : g.global[static_cast<std::size_t>(p)]) * g.local[i].matrix();
      depth[i] = p < 0 ? 1 : depth[static_cast<std::size_t>(p)] + 1;
      if (depth[i] > limits.maxNodeDepth)
        return core::fail("node hierarchy deeper than the limit of " + std::to_string(limits.maxNodeDepth) + " levels");
      const auto& children = model.nodes[i].children;
      for (auto c = children.rbegin(); c != children.rend(); ++c) stack.push_back(*c);
    }
  }
  // Nodes outside the scene may still form a cycle, which the file must not contain.
  // Walk up from each, marking the path; meeting the current path again means a loop. O(n).
  std::vector<std::uint8_t> state(n, 0);  // 0 unknown, 1 on the current path, 2 leads to a root
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<std::size_t> path;
    std::size_t k = i;
    for (;;) {
      if (state[k] == 2) break;
      if (state[k] == 1) return core::fail("node " + std::to_string(k) + " is part of a cycle in the node hierarchy");
      state[k] = 1;
      path.push_back(k);
      if (g.parent[k] < 0) break;
      k = static_cast<std::size_t>(g.parent[k]);
    }
    for (std::size_t q : path) state[q] = 2;
  }
  return g;
}

}  // namespace spineview::io::gltf
