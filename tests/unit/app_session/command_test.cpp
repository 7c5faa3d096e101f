#include <gtest/gtest.h>

#include "session/command.h"

namespace spineview::app {
namespace {

TEST(Command, SplitsWordsAndKeepsQuotedSpaces) {
  auto c = parseCommand(R"(lesson "Why necks crack"  2)");
  ASSERT_TRUE(c.ok()) << c.message();
  EXPECT_EQ(c->verb, "lesson");
  ASSERT_EQ(c->args.size(), 2u);
  EXPECT_EQ(c->args[0], "Why necks crack");
  EXPECT_EQ(c->args[1], "2");
  EXPECT_EQ(c->text(), R"(lesson "Why necks crack" 2)");
}

TEST(Command, CommentsAndBlankLinesAreEmpty) {
  EXPECT_TRUE(parseCommand("   ")->verb.empty());
  EXPECT_TRUE(parseCommand("# a note")->verb.empty());
}

TEST(Command, UnclosedQuoteIsAnError) {
  auto c = parseCommand("lesson \"open");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.message().find("unclosed quote"), std::string::npos);
}

TEST(Command, NumberArgumentsAreCheckedWithReasons) {
  const std::vector<std::string> args{"abc", "5", "nan", "3x"};
  EXPECT_NE(argNumber(args, 0, 0, 10).message().find("not a number"), std::string::npos);
  EXPECT_DOUBLE_EQ(*argNumber(args, 1, 0, 10), 5.0);
  EXPECT_NE(argNumber(args, 1, 0, 2).message().find("outside"), std::string::npos);
  EXPECT_FALSE(argNumber(args, 2, -1e9, 1e9).ok());
  EXPECT_FALSE(argNumber(args, 3, 0, 10).ok());
  EXPECT_NE(argNumber(args, 7, 0, 10).message().find("missing"), std::string::npos);
}

TEST(Command, OnOffWords) {
  const std::vector<std::string> args{"on", "off", "maybe"};
  EXPECT_TRUE(*argOnOff(args, 0));
  EXPECT_FALSE(*argOnOff(args, 1));
  EXPECT_FALSE(argOnOff(args, 2).ok());
}

}  // namespace
}  // namespace spineview::app
