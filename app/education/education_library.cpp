#include "education/education_library.h"

#include "core/paths.h"

namespace spineview::app::education {

EducationLibrary loadEducationLibrary(const std::filesystem::path& assetDir) {
  EducationLibrary lib;
  lib.seekHelp = loadSeekHelp(assetDir / "text" / "seek_help.json");
  lib.structures = loadStructureTexts(assetDir / "text" / "structures.json");
  lib.glossary = loadGlossary(assetDir / "text" / "glossary.json");
  lib.speed = loadSpeedThresholds(assetDir / "text" / "verdict.json", &lib.textSources);
  auto morphometry = anatomy::loadMorphometry(assetDir / "anatomy");
  if (morphometry) lib.anatomySources = anatomy::listSources(*morphometry);
  else lib.anatomySources = core::fail(morphometry.message());
  return lib;
}

const EducationLibrary& educationLibrary() {
  static const EducationLibrary library = loadEducationLibrary(core::assetDir());
  return library;
}

}  // namespace spineview::app::education
