// Binding slots and per-frame/per-draw layouts shared by GLSL and C++.
// Included by shaders (GLSL) and by engine/render (C++), so both always agree.
#ifndef SPINEVIEW_SHADERS_FRAME_DATA_H
#define SPINEVIEW_SHADERS_FRAME_DATA_H

#define SV_BINDING_FRAME 0   // uniform FrameUniforms
#define SV_BINDING_JOINTS 1  // readonly buffer of skin matrices (joint world * inverse bind)

// Material ids (push constant material.x): decide the lighting model in mesh.frag.
#define SV_MATERIAL_BONE 0
#define SV_MATERIAL_SOFT 1    // disc, cartilage, cord, nerves: slightly glossy
#define SV_MATERIAL_VESSEL 2  // arteries: wet, glossy
#define SV_MATERIAL_SKIN 3    // translucent body surface: fresnel-weighted

#endif
