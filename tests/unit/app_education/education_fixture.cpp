#include "education_fixture.h"

#include <stdexcept>

namespace spineview::test {

const biomech::MotionProgram& EducationFixture::motion(const std::string& id) const {
  for (const auto& m : motions)
    if (m.id == id) return m;
  throw std::runtime_error("no motion " + id);
}

const EducationFixture& educationFixture() {
  static const EducationFixture fixture = [] {
    EducationFixture f;
    auto model = biomech::loadBiomechModel(SPINEVIEW_TEST_ASSET_DIR);
    if (!model) throw std::runtime_error(model.message());
    f.model = std::make_unique<biomech::BiomechModel>(std::move(model).value());
    auto motions = biomech::loadMotionLibrary(std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR) / "motions");
    if (!motions) throw std::runtime_error(motions.message());
    f.motions = std::move(motions).value();
    return f;
  }();
  return fixture;
}

const EducationSeries& educationSeries() {
  static const EducationSeries series = [] {
    const auto& f = educationFixture();
    EducationSeries s;
    s.forceful = std::make_unique<app::MotionPlayer>(*f.model, f.motion("forceful_self_twist"));
    s.controlled = std::make_unique<app::MotionPlayer>(*f.model, f.motion("controlled_rotation"));
    return s;
  }();
  return series;
}

}  // namespace spineview::test
