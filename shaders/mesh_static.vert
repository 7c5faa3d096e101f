#version 450
// Mesh already skinned on the CPU (positions and normals in world space): the cheaper path on
// CPU Vulkan devices such as lavapipe, where vertex-shader skinning costs more than doing it
// once in C++. Same outputs as mesh.vert, so mesh.frag serves both.
#include "shared/frame_data.h"

layout(location = 0) in vec3 inPosition;
layout(location = 1) in vec3 inNormal;

layout(set = 0, binding = SV_BINDING_FRAME) uniform FrameUniforms {
  mat4 viewProj;
  mat4 view;
  vec4 cameraPosition;
  vec4 keyLightDirection;
  vec4 fillLightDirection;
  vec4 rimLightDirection;
  vec4 skyColor;
  vec4 groundColor;
  vec4 clipPlane;
  vec4 options;
} frame;

layout(location = 0) out vec3 outWorldPosition;
layout(location = 1) out vec3 outWorldNormal;
out float gl_ClipDistance[1];
#ifdef SV_TEXTURED  // imported models' base-colour textures (mesh_static_textured.vert)
layout(location = 2) in vec2 inTexCoord;
layout(location = 2) out vec2 outTexCoord;
#endif
#ifdef SV_POINTS  // imported point primitives (mesh_static_points.vert)
layout(push_constant) uniform DrawConstants {
  vec4 color;
  vec4 highlight;
  uvec4 material;  // w: point size in pixels
} draw;
#endif

void main() {
  outWorldPosition = inPosition;
  outWorldNormal = inNormal;
  gl_Position = frame.viewProj * vec4(inPosition, 1.0);
  gl_ClipDistance[0] = frame.options.x > 0.5 ? frame.clipPlane.w - dot(inPosition, frame.clipPlane.xyz) : 1.0;
#ifdef SV_TEXTURED
  outTexCoord = inTexCoord;
#endif
#ifdef SV_POINTS
  gl_PointSize = float(draw.material.w);
#endif
}
