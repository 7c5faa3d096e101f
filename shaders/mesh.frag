#version 450
// Three-point lighting with hemispheric ambient. Output is linear; the sRGB attachment encodes.
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

layout(location = 0) out vec4 outColor;
#ifdef SV_TEXTURED  // an imported part's base-colour texture (mesh_textured.frag), sRGB-decoded by the sampler
layout(location = 2) in vec2 inTexCoord;
layout(set = 1, binding = 0) uniform sampler2D baseColourTexture;
#endif

float wrapDiffuse(vec3 n, vec3 l, float wrap) { return max((dot(n, l) + wrap) / (1.0 + wrap), 0.0); }

void main() {

  vec3 n = normalize(inWorldNormal);
  vec3 v = normalize(frame.cameraPosition.xyz - inWorldPosition);
  if (!gl_FrontFacing) n = -n;  // open tubes and clipped shells still shade sensibly
  uint material = draw.material.x;

  // Bone gets soft wrap lighting (light bleeds past the terminator like porous bone does);
  // vessels are glossier; skin is mostly a fresnel veil.
  float wrap = material == SV_MATERIAL_BONE ? 0.45 : 0.2;
  float shininess = material == SV_MATERIAL_VESSEL ? 48.0 : (material == SV_MATERIAL_SOFT ? 24.0 : 10.0);
  float specularStrength = material == SV_MATERIAL_VESSEL ? 0.35 : (material == SV_MATERIAL_SOFT ? 0.18 : 0.07);

  vec3 base = draw.color.rgb;
  float alpha = draw.color.a;
#ifdef SV_TEXTURED
  vec4 texel = texture(baseColourTexture, inTexCoord);
  base *= texel.rgb;
  alpha *= texel.a;
#endif
  vec3 hemi = mix(frame.groundColor.rgb, frame.skyColor.rgb, 0.5 + 0.5 * n.y);
  vec3 color = base * hemi;
  vec3 lights[3] = vec3[3](frame.keyLightDirection.xyz, frame.fillLightDirection.xyz, frame.rimLightDirection.xyz);
  float intensities[3] = float[3](frame.keyLightDirection.w, frame.fillLightDirection.w, frame.rimLightDirection.w);
  for (int i = 0; i < 3; ++i) {
    vec3 l = lights[i];  // unit length (normalized on the CPU)
    float d = wrapDiffuse(n, l, wrap);
    vec3 h = normalize(l + v);
    float s = pow(max(dot(n, h), 0.0), shininess) * specularStrength * step(0.0, dot(n, l));
    color += intensities[i] * (base * d + vec3(s));
  }

  // Powers with small integer exponents as products: pow() is exp2(log2()) on CPU devices.
  float facing = 1.0 - max(dot(n, v), 0.0);
  float rim = facing * facing;
  float fresnel = rim * facing;
  if (material == SV_MATERIAL_SKIN) alpha = clamp(alpha * (0.35 + 0.65 * fresnel), 0.0, 1.0);
  // Selection: a bright fresnel rim (reads as an outline on any silhouette) over a light tint
  // of the whole part, so a selected bone stands out from its ivory neighbours head-on too.
  float selection = draw.highlight.a;
  float shade = dot(color, vec3(0.2126, 0.7152, 0.0722));
  color = mix(color, shade * draw.highlight.rgb * 2.0, selection * 0.65);
  color += draw.highlight.rgb * selection * 1.4 * rim;
  if (material == SV_MATERIAL_SKIN) alpha = clamp(alpha + selection * 0.5 * rim, 0.0, 1.0);
  outColor = vec4(color, alpha);
}
