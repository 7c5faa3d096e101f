#version 450
// The object-id pass: the part id and depth of the nearest pickable surface (the body surface
// is not drawn here, so it never hides what lies behind it). Clipped-away parts are not pickable.
#include "shared/frame_data.h"

layout(location = 0) in vec3 inWorldPosition;
layout(location = 1) in vec3 inWorldNormal;

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

layout(push_constant) uniform DrawConstants {
  vec4 color;
  vec4 highlight;
  uvec4 material;
} draw;

layout(location = 0) out uvec2 outObjectId;

void main() {
  outObjectId = uvec2(draw.material.z, floatBitsToUint(gl_FragCoord.z));
}
