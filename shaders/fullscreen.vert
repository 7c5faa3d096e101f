#version 450
// One triangle that covers the whole viewport, for full-screen passes (post anti-aliasing).
// The fragment shader works from gl_FragCoord, so nothing is passed on.
void main() {
  const vec2 corner = vec2((gl_VertexIndex << 1) & 2, gl_VertexIndex & 2);
  gl_Position = vec4(corner * 2.0 - 1.0, 0.0, 1.0);
}
