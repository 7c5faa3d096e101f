#include "education/content.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include <unistd.h>

#include "education/education_library.h"

namespace spineview::app::education {
namespace {

const std::filesystem::path kText = std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR) / "text";

std::filesystem::path writeTemp(const std::string& name, const std::string& text) {
  const auto dir = std::filesystem::temp_directory_path() / ("spineview_content_test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / name) << text;
  return dir / name;
}

TEST(SeekHelp, MissingGroupIsAClearError) {
  const auto file = writeTemp("seek_help.json", R"({"notice": "n", "groups": [
    {"urgency": "emergency", "title": "t", "advice": "a", "signs": [{"letter": "B", "sign": "s", "source": "x", "tag": "V"},
      {"letter": "E", "sign": "s", "source": "x", "tag": "V"}, {"letter": "F", "sign": "s", "source": "x", "tag": "V"},
      {"letter": "A", "sign": "s", "source": "x", "tag": "V"}, {"letter": "S", "sign": "s", "source": "x", "tag": "V"}]}],
    "emergency_numbers": {"fallback": "112", "by_region": {}, "source": "x", "tag": "U"}})");
  auto content = loadSeekHelp(file);
  ASSERT_FALSE(content);
  EXPECT_NE(content.message().find("seek_help.json"), std::string::npos);
  EXPECT_NE(content.message().find("prompt"), std::string::npos);
}

TEST(SeekHelp, UnknownUrgencyNamesThePointer) {
  const auto file = writeTemp("bad_urgency.json", R"({"notice": "n", "groups": [
    {"urgency": "whenever", "title": "t", "advice": "a", "signs": [{"sign": "s", "source": "x", "tag": "V"}]}],
    "emergency_numbers": {"fallback": "112", "by_region": {}, "source": "x", "tag": "U"}})");
  auto content = loadSeekHelp(file);
  ASSERT_FALSE(content);
  EXPECT_NE(content.message().find("/groups/0/urgency"), std::string::npos);
}

TEST(StructureTexts, EveryPartKindHasAText) {
  auto texts = loadStructureTexts(kText / "structures.json");
  ASSERT_TRUE(texts) << texts.message();
  for (int k = 0; k < mesh::kPartKindCount; ++k) {
    EXPECT_FALSE(texts->kinds[k].title.empty()) << partKindKey(static_cast<mesh::PartKind>(k));
    EXPECT_GT(texts->kinds[k].text.size(), 40u) << partKindKey(static_cast<mesh::PartKind>(k));
  }
  for (const char* key : {"occiput", "atlas", "axis", "c7", "thoracic", "V1", "V2", "V3", "V4", "basilar"})
    EXPECT_TRUE(texts->special.count(key)) << key;
}

TEST(StructureTexts, SpecialStructuresAreRecognised) {
  auto texts = loadStructureTexts(kText / "structures.json");
  ASSERT_TRUE(texts) << texts.message();
  mesh::MeshPart atlas{"atlas (C1)", mesh::PartKind::Bone, anatomy::Vertebra::C1, std::nullopt, 0, 0};
  EXPECT_EQ(specialKey(atlas), "atlas");
  EXPECT_EQ(describePart(*texts, atlas).title, "Atlas (C1)");
  EXPECT_FALSE(describePart(*texts, atlas).sources.empty());  // inherited from the bone text
  mesh::MeshPart c7{"C7 vertebra", mesh::PartKind::Bone, anatomy::Vertebra::C7, std::nullopt, 0, 0};
  EXPECT_EQ(specialKey(c7), "c7");
  mesh::MeshPart c5{"C5 vertebra", mesh::PartKind::Bone, anatomy::Vertebra::C5, std::nullopt, 0, 0};
  EXPECT_EQ(specialKey(c5), "");
  EXPECT_EQ(describePart(*texts, c5).title, "Vertebra");
  mesh::MeshPart v3{"Left vertebral artery V3", mesh::PartKind::Artery, anatomy::Vertebra::C1, anatomy::Side::Left, 0, 0};
  EXPECT_EQ(specialKey(v3), "V3");
  mesh::MeshPart facet{"Left C5–C6 facet joint", mesh::PartKind::Facet, anatomy::Vertebra::C5, anatomy::Side::Left, 0, 0};
  EXPECT_EQ(describePart(*texts, facet).title, "Facet joint");
}

TEST(StructureTexts, MissingKindIsAClearError) {
  const auto file = writeTemp("structures.json", R"({"kinds": {"bone": {"title": "t", "text": "x"}}})");
  auto texts = loadStructureTexts(file);
  ASSERT_FALSE(texts);
  EXPECT_NE(texts.message().find("/kinds/disc"), std::string::npos);
}

TEST(EducationLibrary, LoadsEverythingFromTheAssetFolder) {
  const auto lib = loadEducationLibrary(SPINEVIEW_TEST_ASSET_DIR);
  EXPECT_TRUE(lib.seekHelp) << lib.seekHelp.message();
  EXPECT_TRUE(lib.structures) << lib.structures.message();
  EXPECT_TRUE(lib.speed) << lib.speed.message();
  ASSERT_TRUE(lib.anatomySources) << lib.anatomySources.message();
  EXPECT_GT(lib.anatomySources->size(), 20u);
  EXPECT_EQ(lib.textSources.entries.size(), 2u);
  EXPECT_TRUE(lib.glossary) << lib.glossary.message();
}

}  // namespace
}  // namespace spineview::app::education
