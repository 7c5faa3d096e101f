// The renderer tests' own fixed scene, generated in code: a gently curved column of rounded
// bodies with one joint each. Independent of the anatomy data, so a change to the anatomical
// model never moves these goldens, and cheap enough to build in every test.
#pragma once

#include "mesh/mesh_data.h"

namespace spineview::test {

mesh::MeshData makeTestColumn();

}  // namespace spineview::test
