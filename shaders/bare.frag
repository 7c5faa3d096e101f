#version 450
// Constant colour: the cheapest fragment work that still writes every covered pixel.
layout(location = 0) out vec4 outColor;

void main() { outColor = vec4(0.8, 0.78, 0.7, 1.0); }
