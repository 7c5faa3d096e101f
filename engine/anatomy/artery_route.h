// The vertebral artery's route as a bone path: from the subclavian origin (T1) in front of the
// transverse processes below its entry level (V1), up through the transverse foramina to C2
// (V2), out of the C2 foramen, through C1 and round behind the atlas lateral mass over the
// posterior arch to the dura (V3), and inside the skull to the basilar junction (V4).
// One route for the drawn tube and for the strain model, so the two cannot disagree.
#pragma once

#include "anatomy/bone_path_route.h"
#include "anatomy/morphometry.h"
#include "anatomy/rest_skeleton.h"

namespace spineview::anatomy {

// Needs the rest skeleton's transverse foramina and artery anchors already placed.
BonePathRoute vertebralArteryRoute(const SpineMorphometry& m, const RestSkeleton& rest, Side side);

}  // namespace spineview::anatomy
