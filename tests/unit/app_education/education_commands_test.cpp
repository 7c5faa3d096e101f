// The education commands through a real Session (no GPU): panels, help, exercises and the
// structure card, with clear messages for bad input.
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <gtest/gtest.h>

#include <unistd.h>

#include "education/panel_names.h"
#include "session/session.h"

namespace spineview::app {
namespace {

// The real anatomy and biomechanics with a small motion library of short programs, so the
// session pre-runs seconds of motion instead of minutes.
std::filesystem::path shortLibraryAssets() {
  const std::filesystem::path assets(SPINEVIEW_TEST_ASSET_DIR);
  const auto dir = std::filesystem::temp_directory_path() / ("spineview_education_commands-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "motions");
  std::filesystem::create_directory_symlink(assets / "anatomy", dir / "anatomy");
  std::filesystem::create_directory_symlink(assets / "biomech", dir / "biomech");
  std::filesystem::copy_file(assets / "motions" / "forceful_self_twist.json", dir / "motions" / "forceful_self_twist.json");
  for (const char* id : {"a_stretch", "b_stretch"}) {
    std::ofstream(dir / "motions" / (std::string(id) + ".json")) << R"({"id": ")" << id << R"(",
      "name": "Short stretch", "category": "exercise", "description": "d", "works_on": "w",
      "start_position": "Sit tall.", "handout": {"view": "left", "frame": "neck"},
      "dosage": {"hold_s": 0.2, "repetitions": 1, "source": "test", "tag": "U", "sets": {"value": 1, "source": "s", "tag": "clinician_default"}, "times_per_day": {"value": 2, "source": "s", "tag": "V"}, "days_per_week": {"value": 7, "source": "s", "tag": "V"}, "rest_s": {"value": 10, "source": "s", "tag": "clinician_default"}, "stop_if": {"text": "it hurts.", "source": "s", "tag": "D"}},
      "phases": [
        {"type": "move", "duration_s": 0.3, "curve": "minimum_jerk", "to": {"chin_tuck": 50}, "instruction": "In."},
        {"type": "hold", "duration_s": 0.2, "instruction": "Hold."},
        {"type": "return", "duration_s": 0.3, "curve": "minimum_jerk", "instruction": "Out."}]})";
  }
  return dir;
}

std::unique_ptr<Session> makeSession() {
  ViewModel model;
  model.displayName = "test parts";
  model.mesh.parts.push_back({"atlas (C1)", mesh::PartKind::Bone, anatomy::Vertebra::C1, std::nullopt, 0, 0});
  model.mesh.parts.push_back({"C5–C6 disc", mesh::PartKind::Disc, anatomy::Vertebra::C5, std::nullopt, 0, 0});
  auto session = Session::create(std::move(model), shortLibraryAssets());
  EXPECT_TRUE(session) << session.message();
  return session ? std::move(session).value() : nullptr;
}

Session& shared() {
  static std::unique_ptr<Session> session = makeSession();
  if (!session) throw std::runtime_error("no session");  // reported by gtest as a failure
  return *session;
}

TEST(EducationCommands, PanelOnOffToggle) {
  Session& s = shared();
  ASSERT_TRUE(s.execute("panel sources on"));
  EXPECT_TRUE(s.state().panels.sources);
  ASSERT_TRUE(s.execute("panel sources toggle"));
  EXPECT_FALSE(s.state().panels.sources);
  ASSERT_TRUE(s.execute("panel sources"));
  EXPECT_TRUE(s.state().panels.sources);
  ASSERT_TRUE(s.execute("panel structure off"));
  EXPECT_FALSE(s.state().panels.structureCard);
  for (auto name : education::panelNames()) {
    EXPECT_TRUE(s.execute("panel " + std::string(name) + " on")) << name;
    EXPECT_TRUE(*education::findPanel(s.state().panels, name)) << name;
  }
}

TEST(EducationCommands, PanelRejectsBadInput) {
  Session& s = shared();
  auto bad = s.execute("panel nosuch on");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.message().find("no panel called \"nosuch\""), std::string::npos);
  EXPECT_NE(bad.message().find("library"), std::string::npos);
  bad = s.execute("panel help maybe");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.message().find("maybe"), std::string::npos);
  EXPECT_FALSE(s.execute("panel"));
  EXPECT_FALSE(s.execute("panel help on extra"));
}

TEST(EducationCommands, HelpOpensAndCloses) {
  Session& s = shared();
  ASSERT_TRUE(s.execute("help off"));
  EXPECT_FALSE(s.state().panels.help);
  ASSERT_TRUE(s.execute("help"));
  EXPECT_TRUE(s.state().panels.help);
  ASSERT_TRUE(s.execute("help toggle"));
  EXPECT_FALSE(s.state().panels.help);
  EXPECT_FALSE(s.execute("help sometimes"));
}

TEST(EducationCommands, EmergencyNumberSettingAndTheGlossaryPanel) {
  Session& s = shared();
  EXPECT_EQ(s.state().preferences.emergencyNumber, "auto");
  ASSERT_TRUE(s.execute("emergency-number 999"));
  EXPECT_EQ(s.state().preferences.emergencyNumber, "999");
  const auto bad = s.execute("emergency-number nine");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.message().find("phone number"), std::string::npos);
  EXPECT_EQ(s.state().preferences.emergencyNumber, "999");
  ASSERT_TRUE(s.execute("emergency-number auto"));
  ASSERT_TRUE(s.execute("panel glossary on"));
  EXPECT_TRUE(s.state().panels.glossary);
  ASSERT_TRUE(s.execute("panel glossary off"));
}

TEST(EducationCommands, ExerciseStartsGuidedModeAndRejectsTheForcefulTwist) {
  Session& s = shared();
  ASSERT_TRUE(s.execute("exercise b_stretch"));
  EXPECT_EQ(s.state().mode, AppMode::Guided);
  EXPECT_EQ(s.state().guided.exerciseId, "b_stretch");
  EXPECT_EQ(s.player().program().id, "b_stretch");
  EXPECT_DOUBLE_EQ(s.state().playback.timeS, 0.0);
  auto bad = s.execute("exercise forceful_self_twist");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.message().find("not an exercise"), std::string::npos);
  EXPECT_EQ(s.state().guided.exerciseId, "b_stretch");
  bad = s.execute("exercise jumping_jacks");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.message().find("jumping_jacks"), std::string::npos);
  ASSERT_TRUE(s.execute("mode explore"));
}

TEST(EducationCommands, StructureSelectsByNameOrIndex) {
  Session& s = shared();
  ASSERT_TRUE(s.execute("structure \"C5–C6 disc\""));
  EXPECT_EQ(s.state().selection.partIndex, 1u);
  ASSERT_TRUE(s.execute("structure 0"));
  EXPECT_EQ(s.state().selection.partIndex, 0u);
  EXPECT_TRUE(s.state().panels.structureCard);
  ASSERT_TRUE(s.execute("structure none"));
  EXPECT_FALSE(s.state().selection.partIndex.has_value());
  auto bad = s.execute("structure 7");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.message().find("0 to 1"), std::string::npos);
  EXPECT_FALSE(s.execute("structure 0.5"));
  EXPECT_FALSE(s.execute("structure femur"));
}

}  // namespace
}  // namespace spineview::app
