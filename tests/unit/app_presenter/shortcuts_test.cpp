// The shortcut table: the same key means "play" normally and "next step" with a lesson open.
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "frontend/shortcuts.h"

namespace spineview::app {
namespace {

using Lines = std::vector<std::string>;

TEST(Shortcuts, KeysMapToCommandsByContext) {
  AppState state;
  EXPECT_EQ(commandsForKey(GLFW_KEY_SPACE, 0, state), Lines{"toggle-play"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_Q, GLFW_MOD_CONTROL, state), Lines{"quit"});
  EXPECT_TRUE(commandsForKey(GLFW_KEY_Q, 0, state).empty()) << "plain Q does not quit";
  EXPECT_EQ(commandsForKey(GLFW_KEY_F5, 0, state), Lines{"presenter"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_F1, 0, state), Lines{"help on"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_EQUAL, GLFW_MOD_CONTROL, state), Lines{"ui-scale +"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_3, 0, state), Lines{"view left"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_X, 0, state), Lines{"xray on"});
  state.view.xray = true;
  EXPECT_EQ(commandsForKey(GLFW_KEY_X, 0, state), Lines{"xray off"});
  EXPECT_TRUE(commandsForKey(GLFW_KEY_PAGE_DOWN, 0, state).empty());

  state.presenter.active = true;
  EXPECT_EQ(commandsForKey(GLFW_KEY_ESCAPE, 0, state), Lines{"presenter off"}) << "Esc leaves even without a lesson";
  state.presenter.lesson = lessons::Lesson{};
  EXPECT_EQ(commandsForKey(GLFW_KEY_SPACE, 0, state), Lines{"lesson-step next"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_PAGE_DOWN, 0, state), Lines{"lesson-step next"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_RIGHT, 0, state), Lines{"lesson-step next"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_PAGE_UP, 0, state), Lines{"lesson-step prev"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_LEFT, 0, state), Lines{"lesson-step prev"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_HOME, 0, state), Lines{"lesson-step first"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_END, 0, state), Lines{"lesson-step last"});
  // The view keys, X-ray, names and F1 keep working while presenting.
  EXPECT_EQ(commandsForKey(GLFW_KEY_3, 0, state), Lines{"view left"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_X, 0, state), Lines{"xray off"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_L, 0, state), Lines{"labels off"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_F1, 0, state), Lines{"help on"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_ESCAPE, 0, state), Lines{"presenter off"});
  EXPECT_EQ(commandsForKey(GLFW_KEY_Q, GLFW_MOD_CONTROL, state), Lines{"quit"});
}

TEST(Shortcuts, NoKeyMeansTwoThingsInOneContext) {
  const auto table = shortcutTable();
  for (std::size_t i = 0; i < table.size(); ++i)
    for (std::size_t j = i + 1; j < table.size(); ++j)
      EXPECT_FALSE(table[i].key == table[j].key && table[i].mods == table[j].mods && table[i].context == table[j].context)
          << table[i].keyName << ": " << table[i].command << " and " << table[j].command;
}

TEST(Shortcuts, EveryTableEntryHasAKeyNameAndADescription) {
  for (const auto& s : shortcutTable()) {
    EXPECT_FALSE(s.keyName.empty());
    EXPECT_FALSE(s.description.empty()) << s.command;
  }
}

TEST(Shortcuts, KeyNamesParseForScripts) {
  auto f1 = parseKeyChord("F1");
  ASSERT_TRUE(f1);
  EXPECT_EQ(f1->key, GLFW_KEY_F1);
  auto quit = parseKeyChord("Ctrl+Q");
  ASSERT_TRUE(quit);
  EXPECT_EQ(quit->key, GLFW_KEY_Q);
  EXPECT_EQ(quit->mods, GLFW_MOD_CONTROL);
  EXPECT_EQ(parseKeyChord("pagedown")->key, GLFW_KEY_PAGE_DOWN);
  EXPECT_EQ(parseKeyChord("5")->key, GLFW_KEY_5);
  EXPECT_EQ(parseKeyChord("F12")->key, GLFW_KEY_F12);
  EXPECT_FALSE(parseKeyChord("F99"));
  EXPECT_FALSE(parseKeyChord("banana"));
}

}  // namespace
}  // namespace spineview::app
