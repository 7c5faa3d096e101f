#version 450
// The bare-draw baseline of the benchmark: positions only, one matrix, nothing else.
layout(location = 0) in vec3 inPosition;
layout(push_constant) uniform Bare { mat4 viewProj; } bare;

void main() { gl_Position = bare.viewProj * vec4(inPosition, 1.0); }
