#version 450
// Post-process anti-aliasing of a single-sample frame: FXAA as described by T. Lottes
// ("FXAA", NVIDIA white paper, 2009; "quality" variant of FXAA 3.11, 12 search steps),
// written here from the description. It finds pixels whose local luma contrast marks an
// edge, decides whether the edge runs horizontally or vertically, follows it both ways to
// where the contrast ends, and re-samples the frame across the edge by how far this pixel
// lies from the nearer end, which approximates the covered fraction a multisampled frame
// would have averaged. CPU Vulkan devices pay for multisampling per triangle (about 3x on
// lavapipe, docs/performance.md); this pass costs one pass over the pixels the model covers
// (render/post_anti_aliasing.h: on a CPU device every instruction below runs for every
// pixel drawn, early exit or not, so the pass is kept to the model's rectangle).
layout(set = 0, binding = 0) uniform sampler2D sceneColour;  // linear RGB (sRGB image), clamp to edge
layout(push_constant) uniform PostConstants {
  vec2 texelSize;  // 1 / frame size
} post;
layout(location = 0) out vec4 outColour;

// An edge needs a contrast of at least this share of the brightest neighbour, and at least
// kMinContrast in absolute terms (dark, noisy areas are left alone).
const float kRelativeContrast = 0.125;
const float kMinContrast = 0.0312;
// How strongly single-pixel features (thin lines, corners) are softened, 0..1.
const float kSubpixelStrength = 0.75;
const int kSearchSteps = 12;
const float kStep[kSearchSteps] = float[](1.0, 1.0, 1.0, 1.0, 1.0, 1.5, 2.0, 2.0, 2.0, 2.0, 4.0, 8.0);

// Perceptual luma: the square root stands in for the sRGB curve the eye judges contrast by.
float luma(vec3 linearRgb) { return sqrt(dot(linearRgb, vec3(0.299, 0.587, 0.114))); }
float lumaAt(vec2 uv) { return luma(textureLod(sceneColour, uv, 0.0).rgb); }
// The offset must be a constant expression, hence a macro.
#define LUMA_OFFSET(uv, dx, dy) luma(textureLodOffset(sceneColour, uv, 0.0, ivec2(dx, dy)).rgb)

void main() {
  vec2 uv = gl_FragCoord.xy * post.texelSize;  // the pixel's centre
  const vec4 centre = textureLod(sceneColour, uv, 0.0);
  const float lM = luma(centre.rgb);
  // Texture space: y grows downwards, so "north" is -y.
  float lN = LUMA_OFFSET(uv, 0, -1);
  float lS = LUMA_OFFSET(uv, 0, 1);
  const float lE = LUMA_OFFSET(uv, 1, 0);
  const float lW = LUMA_OFFSET(uv, -1, 0);
  const float lMax = max(lM, max(max(lN, lS), max(lE, lW)));
  const float lMin = min(lM, min(min(lN, lS), min(lE, lW)));
  const float range = lMax - lMin;
  if (range < max(kMinContrast, lMax * kRelativeContrast)) {
    outColour = centre;
    return;
  }
  const float lNW = LUMA_OFFSET(uv, -1, -1);
  const float lNE = LUMA_OFFSET(uv, 1, -1);
  const float lSW = LUMA_OFFSET(uv, -1, 1);
  const float lSE = LUMA_OFFSET(uv, 1, 1);

  // Sub-pixel softening: how far the centre stands out from its 3x3 neighbourhood's average.
  const float average = (2.0 * (lN + lS + lE + lW) + (lNW + lNE + lSW + lSE)) / 12.0;
  const float standOut = clamp(abs(average - lM) / range, 0.0, 1.0);
  const float smoothed = (-2.0 * standOut + 3.0) * standOut * standOut;
  const float subpixelOffset = smoothed * smoothed * kSubpixelStrength;

  // Orientation: second differences across rows (a horizontal edge) against across columns.
  const float acrossRows = abs(lNW + lSW - 2.0 * lW) + 2.0 * abs(lN + lS - 2.0 * lM) + abs(lNE + lSE - 2.0 * lE);
  const float acrossColumns = abs(lNW + lNE - 2.0 * lN) + 2.0 * abs(lW + lE - 2.0 * lM) + abs(lSW + lSE - 2.0 * lS);
  const bool horizontal = acrossRows >= acrossColumns;

  // The side of the edge with the steeper step; `across` points from the centre towards it.
  if (!horizontal) {
    lN = lW;
    lS = lE;
  }
  float across = horizontal ? post.texelSize.y : post.texelSize.x;
  const float gradientN = lN - lM, gradientS = lS - lM;
  const bool towardsN = abs(gradientN) >= abs(gradientS);
  if (towardsN) across = -across;
  const float edgeLuma = 0.5 * (lM + (towardsN ? lN : lS));  // luma halfway across the edge
  const float threshold = 0.25 * max(abs(gradientN), abs(gradientS));
  const bool centreBelowEdge = lM - edgeLuma < 0.0;

  // Walk along the edge, on the line between the two pixel rows, until the luma there leaves
  // the edge's value: those are the edge's two ends.
  vec2 along = horizontal ? vec2(post.texelSize.x, 0.0) : vec2(0.0, post.texelSize.y);
  vec2 onEdge = uv + (horizontal ? vec2(0.0, 0.5 * across) : vec2(0.5 * across, 0.0));
  vec2 posN = onEdge - along, posP = onEdge + along;
  float endN = lumaAt(posN) - edgeLuma, endP = lumaAt(posP) - edgeLuma;
  bool doneN = abs(endN) >= threshold, doneP = abs(endP) >= threshold;
  for (int i = 1; i < kSearchSteps && !(doneN && doneP); ++i) {
    if (!doneN) {
      posN -= along * kStep[i];
      endN = lumaAt(posN) - edgeLuma;
      doneN = abs(endN) >= threshold;
    }
    if (!doneP) {
      posP += along * kStep[i];
      endP = lumaAt(posP) - edgeLuma;
      doneP = abs(endP) >= threshold;
    }
  }
  const float distN = horizontal ? uv.x - posN.x : uv.y - posN.y;
  const float distP = horizontal ? posP.x - uv.x : posP.y - uv.y;
  const bool nearerN = distN < distP;
  // Only blend when the nearer end turns the way this pixel's side of the edge does (the
  // edge ends there rather than the pixel lying on a neighbouring edge's span).
  const bool goodSpan = ((nearerN ? endN : endP) < 0.0) != centreBelowEdge;
  const float edgeOffset = goodSpan ? 0.5 - min(distN, distP) / (distN + distP) : 0.0;
  const float offset = max(edgeOffset, subpixelOffset);
  if (horizontal) uv.y += offset * across;
  else uv.x += offset * across;
  outColour = vec4(textureLod(sceneColour, uv, 0.0).rgb, centre.a);
}
