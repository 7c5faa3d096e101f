// The education texts and extra figures, loaded once per process from the asset folder:
// seek-help table, structure texts, glossary, the verdict's speed thresholds and the anatomy
// sources.
// A file that fails to load leaves its Result holding the message; panels show it instead.
#pragma once

#include <filesystem>
#include <vector>

#include "anatomy/morphometry.h"
#include "biomech/sources_list.h"
#include "core/result.h"
#include "education/content.h"
#include "education/glossary.h"
#include "education/verdict.h"

namespace spineview::app::education {

struct EducationLibrary {
  core::Result<SeekHelpContent> seekHelp = core::fail("not loaded");
  core::Result<StructureTexts> structures = core::fail("not loaded");
  core::Result<Glossary> glossary = core::fail("not loaded");
  core::Result<SpeedThresholds> speed = core::fail("not loaded");
  biomech::SourcesList textSources;                       // figures from assets/text
  core::Result<std::vector<anatomy::SourceEntry>> anatomySources = core::fail("not loaded");
};

EducationLibrary loadEducationLibrary(const std::filesystem::path& assetDir);

// Loaded on first use from core::assetDir().
const EducationLibrary& educationLibrary();

}  // namespace spineview::app::education
