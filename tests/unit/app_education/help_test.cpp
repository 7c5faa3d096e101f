// "When to seek help" as the guidance has it: BE-FAST first and "call even if it goes away";
// the stroke signs under "call now"; the teaching article's nerve signs under "get medical
// attention now"; every sign with its source; the emergency number from the region, with a
// setting that wins.
#include <algorithm>
#include <cctype>
#include <filesystem>

#include <gtest/gtest.h>

#include "education/content.h"

namespace spineview::app::education {
namespace {

const SeekHelpContent& help() {
  static const SeekHelpContent content = [] {
    auto c = loadSeekHelp(std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR) / "text" / "seek_help.json");
    if (!c) ADD_FAILURE() << c.message();
    return c ? *c : SeekHelpContent{};
  }();
  return content;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool groupMentions(const SeekHelpGroup& g, const std::string& words) {
  return std::any_of(g.signs.begin(), g.signs.end(), [&](const WarningSign& s) { return lower(s.sign).find(words) != std::string::npos; });
}

TEST(SeekHelp, EverySignHasASourceAndATag) {
  ASSERT_EQ(help().groups.size(), 4u);
  int signs = 0;
  for (const auto& g : help().groups) {
    for (const auto& s : g.signs) {
      EXPECT_GT(s.source.size(), 10u) << s.sign;
      EXPECT_TRUE(s.tag == "V" || s.tag == "S" || s.tag == "U" || s.tag == "D") << s.sign;
      EXPECT_EQ(s.source.find("fidelity"), std::string::npos);  // the original guidance, not our notes
      EXPECT_EQ(s.source.find("§"), std::string::npos);
      ++signs;
    }
  }
  EXPECT_GE(signs, 15);
  EXPECT_FALSE(help().numbers.source.empty());
}

TEST(SeekHelp, BeFastComesFirstUnderCallNowEvenIfItGoesAway) {
  const auto& emergency = help().groups[0];
  EXPECT_EQ(emergency.urgency, Urgency::Emergency);
  EXPECT_NE(emergency.title.find("{number}"), std::string::npos);
  EXPECT_NE(lower(emergency.title).find("now"), std::string::npos);
  const char* letters[] = {"B", "E", "F", "A", "S"};
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(emergency.signs[i].letter, letters[i]);
  EXPECT_NE(lower(emergency.advice).find("even if"), std::string::npos);
  EXPECT_NE(lower(emergency.advice).find("go away"), std::string::npos);
}

TEST(SeekHelp, StrokeSignsAreUnderCallNow) {
  const auto& emergency = help().groups[0];
  for (const char* sign : {"droops", "numb", "weak", "slurred", "balance", "walk straight", "sight", "double", "headache",
                           "dizziness", "swallowing", "fainting"})
    EXPECT_TRUE(groupMentions(emergency, sign)) << sign;
  // Balance and coordination are stroke signs, never "same day" advice.
  for (std::size_t g = 1; g < help().groups.size(); ++g) EXPECT_FALSE(groupMentions(help().groups[g], "balance")) << g;
}

TEST(SeekHelp, TheArticlesNerveSignsNeedMedicalAttentionNow) {
  const auto& prompt = help().groups[1];
  EXPECT_EQ(prompt.urgency, Urgency::Prompt);
  EXPECT_NE(lower(prompt.title).find("medical attention now"), std::string::npos);
  for (const char* sign : {"numbness", "tingling", "weakness", "arms or hands"}) EXPECT_TRUE(groupMentions(prompt, sign)) << sign;
}

TEST(SeekHelp, TheRestFollowTheTable) {
  const auto& today = help().groups[2];
  EXPECT_NE(lower(today.title).find("today"), std::string::npos);
  for (const char* sign : {"fever", "weight loss", "wakes you", "injury"}) EXPECT_TRUE(groupMentions(today, sign)) << sign;
  const auto& book = help().groups[3];
  EXPECT_NE(lower(book.title).find("book"), std::string::npos);
  for (const char* sign : {"pins and needles", "few weeks", "worried"}) EXPECT_TRUE(groupMentions(book, sign)) << sign;
  EXPECT_NE(help().notice.find("diagnose") == std::string::npos ? help().notice.find("say what is wrong") : 0, std::string::npos);
}

TEST(SeekHelp, EmergencyNumberFromTheRegionWithASettingThatWins) {
  const auto& n = help().numbers;
  EXPECT_EQ(regionOfLocale("en_GB.UTF-8"), "GB");
  EXPECT_EQ(regionOfLocale("en_US"), "US");
  EXPECT_EQ(regionOfLocale("de_DE.utf8@euro"), "DE");
  EXPECT_EQ(regionOfLocale("C"), "");
  EXPECT_EQ(regionOfLocale("POSIX"), "");
  EXPECT_EQ(emergencyNumber(n, "auto", "GB"), "999");
  EXPECT_EQ(emergencyNumber(n, "auto", "US"), "911");
  EXPECT_EQ(emergencyNumber(n, "auto", "CA"), "911");
  EXPECT_EQ(emergencyNumber(n, "auto", "DE"), "112");
  EXPECT_EQ(emergencyNumber(n, "auto", ""), "112");
  EXPECT_EQ(emergencyNumber(n, "999", "US"), "999");  // the user's choice wins
  EXPECT_TRUE(validEmergencySetting("auto"));
  EXPECT_TRUE(validEmergencySetting("000"));
  EXPECT_FALSE(validEmergencySetting("call 999"));
  EXPECT_FALSE(validEmergencySetting(""));
  EXPECT_EQ(withNumber("Call {number} now, {number}!", "911"), "Call 911 now, 911!");
}

}  // namespace
}  // namespace spineview::app::education
