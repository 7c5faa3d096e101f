#include "anatomy/morphometry.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace spineview::anatomy;
namespace fs = std::filesystem;

namespace {

const fs::path kAnatomyDir = fs::path(SPINEVIEW_TEST_ASSET_DIR) / "anatomy";

const SpineMorphometry& shipped() {
  static const SpineMorphometry m = [] {
    auto r = loadMorphometry(kAnatomyDir);
    if (!r) ADD_FAILURE() << r.message();
    return r ? *r : SpineMorphometry{};
  }();
  return m;
}

// A scratch copy of the anatomy folder whose files a test may break.
class BrokenData : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("spineview_morph_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (const auto& f : fs::directory_iterator(kAnatomyDir)) fs::copy_file(f.path(), dir_ / f.path().filename());
  }
  void TearDown() override { fs::remove_all(dir_); }
  nlohmann::json read(const std::string& name) {
    std::ifstream in(dir_ / name);
    return nlohmann::json::parse(in);
  }
  void write(const std::string& name, const nlohmann::json& j) { std::ofstream(dir_ / name) << j.dump(1); }
  std::string loadError() {
    auto r = loadMorphometry(dir_);
    EXPECT_FALSE(r.ok());
    return r ? std::string() : r.message();
  }
  fs::path dir_;
};

}  // namespace

TEST(Morphometry, ShippedDataLoadsWithCitedLiteratureValues) {
  const auto& m = shipped();
  for (int i = index(Vertebra::C2); i < kVertebraCount; ++i) EXPECT_TRUE(m.present[static_cast<std::size_t>(i)]);
  EXPECT_FALSE(m.present[0]);
  // Galloway collection body widths and the PMC2219934 facet angles, read as published.
  EXPECT_DOUBLE_EQ(m.vertebra(Vertebra::C5).body.widthMm.value, 23.6);
  EXPECT_EQ(m.vertebra(Vertebra::C5).body.widthMm.tag, "V");
  EXPECT_NE(m.vertebra(Vertebra::C5).body.widthMm.source.find("Galloway"), std::string::npos);
  EXPECT_NEAR(m.vertebra(Vertebra::C3).superiorFacet.sagittalPlaneAngleDeg.value, 70.35, 1e-9);
  EXPECT_DOUBLE_EQ(m.vertebra(Vertebra::T4).pedicle.widthMm.value, 4.5);  // Kaur 2016: narrowest
  EXPECT_DOUBLE_EQ(m.segment(index(Vertebra::C2)).foramenHeightMm.value, 10.15);
  EXPECT_DOUBLE_EQ(m.atlas.transverseProcessSpanMm.value, 71.85);
  EXPECT_EQ(m.arteries.entryLevel, Vertebra::C6);
  // Bifid spines C2–C6, a single long C7 prominens.
  EXPECT_TRUE(m.vertebra(Vertebra::C4).spinous.bifid);
  EXPECT_FALSE(m.vertebra(Vertebra::C7).spinous.bifid);
  EXPECT_GT(m.vertebra(Vertebra::C7).spinous.lengthMm.value, m.vertebra(Vertebra::C6).spinous.lengthMm.value);
  // Only C2–C7 carry a transverse foramen row; uncinates C3–C7.
  EXPECT_TRUE(m.vertebra(Vertebra::C7).transverseForamen.has_value());
  EXPECT_FALSE(m.vertebra(Vertebra::T1).transverseForamen.has_value());
  EXPECT_TRUE(m.vertebra(Vertebra::C3).uncinateHeightMm.has_value());
  EXPECT_FALSE(m.vertebra(Vertebra::C2).uncinateHeightMm.has_value());
  EXPECT_FALSE(m.segment(0).disc.has_value());
  EXPECT_TRUE(m.segment(index(Vertebra::C2)).disc.has_value());
}

TEST(Morphometry, CurveRegionsSpreadTheirTotalsOverSegments) {
  const auto& m = shipped();
  double cervical = 0, thoracic = 0;
  for (int s = index(Vertebra::C2); s < index(Vertebra::C7); ++s) cervical += m.segment(s).restSagittalAngleDeg;
  for (int s = index(Vertebra::T1); s < index(Vertebra::T12); ++s) thoracic += m.segment(s).restSagittalAngleDeg;
  EXPECT_NEAR(cervical, -15.0, 1e-9);  // project default lordosis C2–C7
  EXPECT_NEAR(thoracic, 34.0, 1e-9);   // Ozturk 2006: T2–T6 13 + T6–T12 21
}

TEST(Morphometry, EverySourceRowIsCitedTaggedAndDerivedRowsExplainThemselves) {
  const auto sources = listSources(shipped());
  EXPECT_GT(sources.size(), 400u);
  const std::set<std::string> tags{"V", "S", "U", "D"};
  std::set<std::string> whats;
  for (const auto& s : sources) {
    EXPECT_FALSE(s.what.empty());
    EXPECT_FALSE(s.source.empty()) << s.what;
    EXPECT_TRUE(tags.count(s.tag)) << s.what;
    if (s.tag == "D") {
      EXPECT_FALSE(s.note.empty()) << s.what;
    }
    EXPECT_TRUE(whats.insert(s.what).second) << "two rows called " << s.what;
  }
  bool found = false;
  for (const auto& s : sources) {
    if (s.what == "C5 body width") {
      found = true;
      EXPECT_EQ(s.unit, "mm");
      EXPECT_DOUBLE_EQ(s.value, 23.6);
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(BrokenData, MissingFieldNamesFileAndPointer) {
  auto j = read("vertebrae.json");
  j["levels"][3]["body"].erase("width_mm");
  write("vertebrae.json", j);
  const auto msg = loadError();
  EXPECT_NE(msg.find("vertebrae.json"), std::string::npos) << msg;
  EXPECT_NE(msg.find("/levels/3/body"), std::string::npos) << msg;
  EXPECT_NE(msg.find("width_mm"), std::string::npos) << msg;
}

TEST_F(BrokenData, OutOfRangeValueIsRejected) {
  auto j = read("segments.json");
  j["segments"][5]["disc"]["middle_height_mm"]["value"] = -3.0;
  write("segments.json", j);
  const auto msg = loadError();
  EXPECT_NE(msg.find("segments.json"), std::string::npos) << msg;
  EXPECT_NE(msg.find("/segments/5/disc/middle_height_mm/value"), std::string::npos) << msg;
}

TEST_F(BrokenData, UnknownSourceKeyAndBadTagAreRejected) {
  auto j = read("craniovertebral.json");
  j["atlas"]["canal_ap_mm"]["source"] = "nobody 2099";
  write("craniovertebral.json", j);
  EXPECT_NE(loadError().find("unknown source key \"nobody 2099\""), std::string::npos);
  j["atlas"]["canal_ap_mm"]["source"] = "atlas_morph";
  j["atlas"]["canal_ap_mm"]["tag"] = "X";
  write("craniovertebral.json", j);
  EXPECT_NE(loadError().find("/atlas/canal_ap_mm/tag"), std::string::npos);
}

TEST_F(BrokenData, DerivedValueWithoutNoteIsRejected) {
  auto j = read("vertebrae.json");
  j["levels"][0]["body"]["posterior_height_mm"].erase("note");
  write("vertebrae.json", j);
  EXPECT_NE(loadError().find("/levels/0/body/posterior_height_mm/note"), std::string::npos);
}

TEST_F(BrokenData, MissingLevelSegmentAndOverlappingCurveAreRejected) {
  auto v = read("vertebrae.json");
  v["levels"].erase(v["levels"].size() - 1);
  write("vertebrae.json", v);
  EXPECT_NE(loadError().find("T12 is missing"), std::string::npos);
  fs::copy_file(kAnatomyDir / "vertebrae.json", dir_ / "vertebrae.json", fs::copy_options::overwrite_existing);

  auto c = read("curvature.json");
  c["regions"][2]["first"] = "C1";
  write("curvature.json", c);
  EXPECT_NE(loadError().find("already belongs"), std::string::npos);
}

TEST_F(BrokenData, NotJsonAndMissingFileGiveClearErrors) {
  std::ofstream(dir_ / "arteries.json") << "{ \"diameter_mm\": ";
  const auto msg = loadError();
  EXPECT_NE(msg.find("arteries.json"), std::string::npos) << msg;
  EXPECT_NE(msg.find("not valid JSON"), std::string::npos) << msg;
  fs::remove(dir_ / "sources.json");
  EXPECT_NE(loadError().find("sources.json"), std::string::npos);
}

TEST_F(BrokenData, WrongTypesAreRejectedNotThrown) {
  auto j = read("vertebrae.json");
  j["levels"][2]["spinous_process"]["bifid"] = "yes";
  j["levels"][4]["level"] = "L3";
  write("vertebrae.json", j);
  const auto msg = loadError();
  EXPECT_NE(msg.find("vertebrae.json"), std::string::npos) << msg;
}

TEST_F(BrokenData, SkullFileIsRequiredAndChecked) {
  auto j = read("skull.json");
  j["cranium"]["maximum_breadth_mm"]["value"] = 200.0;
  write("skull.json", j);
  const std::string msg = loadError();
  EXPECT_NE(msg.find("skull.json"), std::string::npos) << msg;
  EXPECT_NE(msg.find("/cranium/maximum_breadth_mm"), std::string::npos) << msg;
  fs::remove(dir_ / "skull.json");
  EXPECT_NE(loadError().find("skull.json"), std::string::npos);
}
