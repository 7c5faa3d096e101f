#version 450
// Skinned, lit mesh. Skinning happens here (the GPU path); when the renderer pre-skins on the
// CPU it binds identity matrices and the same shader works unchanged.
#include "shared/frame_data.h"

layout(location = 0) in vec3 inPosition;
layout(location = 1) in vec3 inNormal;
layout(location = 2) in uvec4 inJoints;
layout(location = 3) in vec4 inWeights;

layout(set = 0, binding = SV_BINDING_FRAME) uniform FrameUniforms {
  mat4 viewProj;
  mat4 view;
  vec4 cameraPosition;
  vec4 keyLightDirection;   // xyz: direction towards the light, w: intensity
  vec4 fillLightDirection;
  vec4 rimLightDirection;
  vec4 skyColor;
  vec4 groundColor;
  vec4 clipPlane;           // xyz normal, w offset; clipPlaneEnabled in options.x
  vec4 options;
} frame;

layout(std430, set = 0, binding = SV_BINDING_JOINTS) readonly buffer JointMatrices { mat4 joints[]; };

layout(push_constant) uniform DrawConstants {
  vec4 color;        // linear RGB + opacity
  vec4 highlight;    // rgb rim colour, a = strength (selection)
  uvec4 material;    // x: material id, y: joint offset, z: part id, w: flags
} draw;

layout(location = 0) out vec3 outWorldPosition;
layout(location = 1) out vec3 outWorldNormal;
out float gl_ClipDistance[1];
#ifdef SV_TEXTURED  // imported models' base-colour textures (mesh_textured.vert)
layout(location = 4) in vec2 inTexCoord;
layout(location = 2) out vec2 outTexCoord;
#endif

void main() {
  uint base = draw.material.y;
  mat4 skin = inWeights.x * joints[base + inJoints.x] + inWeights.y * joints[base + inJoints.y] +
              inWeights.z * joints[base + inJoints.z] + inWeights.w * joints[base + inJoints.w];
  vec4 world = skin * vec4(inPosition, 1.0);
  outWorldPosition = world.xyz;
  outWorldNormal = normalize(mat3(skin) * inNormal);
  gl_Position = frame.viewProj * world;
  // The section plane: clipped here rather than discarded per fragment (keeps early depth).
  gl_ClipDistance[0] = frame.options.x > 0.5 ? frame.clipPlane.w - dot(world.xyz, frame.clipPlane.xyz) : 1.0;
#ifdef SV_TEXTURED
  outTexCoord = inTexCoord;
#endif
#ifdef SV_POINTS  // imported point primitives (mesh_points.vert): size in pixels, from the renderer
  gl_PointSize = float(draw.material.w);
#endif
}
