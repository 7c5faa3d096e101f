#version 450
// Lines and points of imported models (vessel and nerve centre-lines): their colour, unlit (a
// line has no surface to light), with the selection tint of surfaces. Points (point.frag,
// SV_POINTS) are drawn round.
layout(location = 0) in vec3 inWorldPosition;

layout(push_constant) uniform DrawConstants {
  vec4 color;
  vec4 highlight;
  uvec4 material;
} draw;

layout(location = 0) out vec4 outColor;

void main() {
#ifdef SV_POINTS
  vec2 fromCentre = gl_PointCoord - vec2(0.5);
  if (dot(fromCentre, fromCentre) > 0.25) discard;
#endif
  float selection = draw.highlight.a;
  outColor = vec4(mix(draw.color.rgb, draw.highlight.rgb, selection * 0.7), draw.color.a);
}
