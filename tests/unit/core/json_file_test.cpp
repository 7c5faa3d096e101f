#include "core/json_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace spineview::core;

namespace {
fs::path writeTemp(const std::string& name, const std::string& text) {
  fs::path p = fs::temp_directory_path() / ("spineview-json-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(p) << text;
  return p;
}
}  // namespace

TEST(JsonFile, SyntaxErrorNamesFileLineAndColumn) {
  const fs::path p = writeTemp("bad.json", "{\n  \"a\": 1,\n  \"b\": ]\n}\n");
  auto r = loadJsonFile(p);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find(p.string() + ":3:"), std::string::npos) << r.message();
  fs::remove(p);
}

TEST(JsonFile, FieldHelpersReportPointerAndProblem) {
  const fs::path p = writeTemp("fields.json", R"({"level": {"width_mm": "wide", "height_mm": 900}})");
  auto doc = loadJsonFile(p);
  ASSERT_TRUE(doc.ok());
  auto width = withJsonErrors<double>(p, [&] { return requireNumber(doc->at("level"), "width_mm", "/level"); });
  ASSERT_FALSE(width.ok());
  EXPECT_NE(width.message().find("/level/width_mm: expected a number"), std::string::npos) << width.message();
  auto height = withJsonErrors<double>(p, [&] {
    return requireNumberIn(doc->at("level"), "height_mm", "/level", 1.0, 60.0);
  });
  ASSERT_FALSE(height.ok());
  EXPECT_NE(height.message().find("outside the allowed range"), std::string::npos) << height.message();
  auto missing = withJsonErrors<std::string>(p, [&] { return requireString(*doc, "name", ""); });
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.message().find("missing field \"name\""), std::string::npos) << missing.message();
  fs::remove(p);
}

TEST(JsonFile, RefusesDeepNestingBeforeParsingAndSaysWhere) {
  // 100 000 nested arrays would recurse 100 000 frames deep inside nlohmann::json.
  const std::string deep = "{\n\"a\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  const fs::path p = writeTemp("deep.json", deep);
  auto r = loadJsonFile(p);
  ASSERT_FALSE(r.ok());
  // The first '{' is level 1; the 64th '[' opens level 65, at line 2, column 6 + 63.
  EXPECT_NE(r.message().find(p.string() + ":2:69: JSON nested deeper than 64 levels"), std::string::npos)
      << r.message();
  fs::remove(p);
}

TEST(JsonFile, AcceptsNestingUpToTheLimitAndIgnoresBracketsInStrings) {
  const std::string limit = std::string(kMaxJsonNesting, '[') + std::string(kMaxJsonNesting, ']');
  const fs::path p = writeTemp("limit.json", R"({"text": "[[[[{{{{ \" [[[[", "deep": )" +
                                                 std::string(kMaxJsonNesting - 1, '[') +
                                                 std::string(kMaxJsonNesting - 1, ']') + "}");
  auto r = loadJsonFile(p);
  ASSERT_TRUE(r.ok()) << r.message();
  EXPECT_EQ(r->at("text").get<std::string>(), "[[[[{{{{ \" [[[[");
  EXPECT_TRUE(jsonNestingWithin(limit, kMaxJsonNesting));
  EXPECT_FALSE(jsonNestingWithin("[" + limit + "]", kMaxJsonNesting));
  EXPECT_EQ(findJsonNestingBeyond("[[\"[\", [[]]]", 2), 7u);
  fs::remove(p);
}
