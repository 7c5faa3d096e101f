#include "scene/layer_mapping.h"

namespace spineview::app::look {

LayerId layerOf(mesh::PartKind kind) {
  switch (kind) {
    case mesh::PartKind::Bone:
    case mesh::PartKind::Other: return LayerId::Bones;
    case mesh::PartKind::Disc: return LayerId::Discs;
    case mesh::PartKind::Facet: return LayerId::Facets;
    case mesh::PartKind::Artery: return LayerId::Arteries;
    case mesh::PartKind::Cord:
    case mesh::PartKind::Nerve: return LayerId::CordAndNerves;
    case mesh::PartKind::RibCage:
    case mesh::PartKind::Scapula: return LayerId::RibsAndScapulae;
    case mesh::PartKind::BodySurface: return LayerId::BodySurface;
  }
  return LayerId::Bones;
}

}  // namespace spineview::app::look
