#include "lessons/lesson.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "core/format_version.h"
#include "core/json_file.h"
#include "core/paths.h"
#include "scene/camera.h"
#include "session/app_state.h"

namespace spineview::app::lessons {
namespace {
using nlohmann::json;
using core::JsonFieldError;

constexpr double kMaxLessonTimeS = 600.0;
constexpr std::size_t kMaxCaptionChars = 400;

void rejectUnknownKeys(const json& object, const std::string& pointer, const std::set<std::string>& allowed) {
  for (const auto& [key, value] : object.items())
    if (!allowed.contains(key)) throw JsonFieldError{pointer + "/" + key, "unknown field (allowed: see assets/lessons/README.md)"};
}

std::optional<std::string> optionalString(const json& parent, const std::string& key, const std::string& pointer) {
  if (!parent.contains(key)) return std::nullopt;
  return core::requireString(parent, key, pointer);
}

std::string plainText(const json& parent, const std::string& key, const std::string& pointer, std::size_t maxChars) {
  std::string text = core::requireString(parent, key, pointer);
  if (text.empty()) throw JsonFieldError{pointer + "/" + key, "must not be empty"};
  if (text.size() > maxChars) throw JsonFieldError{pointer + "/" + key, "longer than " + std::to_string(maxChars) + " characters"};
  return text;
}

LessonStep parseStep(const json& step, const std::string& p) {
  if (!step.is_object()) throw JsonFieldError{p, "expected an object"};
  rejectUnknownKeys(step, p, {"caption", "view", "layers", "motion", "mode", "speed", "range", "end", "commands"});
  LessonStep out;
  out.caption = plainText(step, "caption", p, kMaxCaptionChars);
  if ((out.view = optionalString(step, "view", p))) {
    scene::StandardView v{};
    if (!scene::parseView(*out.view, v))
      throw JsonFieldError{p + "/view", "\"" + *out.view + "\" is not anterior, posterior, left, right or superior"};
  }
  if (step.contains("layers")) {
    const json& layers = core::requireArray(step, "layers", p);
    out.layers.emplace();
    for (std::size_t i = 0; i < layers.size(); ++i) {
      const std::string lp = p + "/layers/" + std::to_string(i);
      if (!layers[i].is_string()) throw JsonFieldError{lp, "expected a layer name"};
      LayerId id{};
      if (!parseLayer(layers[i].get<std::string>(), id))
        throw JsonFieldError{lp, "\"" + layers[i].get<std::string>() + "\" is not a layer (bones, discs, facets, arteries, nerves, ribs, skin)"};
      out.layers->push_back(std::string(layerName(id)));
    }
  }
  if ((out.motion = optionalString(step, "motion", p)) && out.motion->empty())
    throw JsonFieldError{p + "/motion", "must not be empty"};
  if ((out.mode = optionalString(step, "mode", p))) {
    AppMode m{};
    if (!parseMode(*out.mode, m)) throw JsonFieldError{p + "/mode", "\"" + *out.mode + "\" is not explore, compare or guided"};
  }
  if (step.contains("speed")) out.speed = core::requireNumberIn(step, "speed", p, 0.05, 2.0);
  if (step.contains("range")) {
    const json& range = core::requireArray(step, "range", p);
    if (range.size() != 2) throw JsonFieldError{p + "/range", "expected [from, to] in seconds"};
    for (std::size_t i = 0; i < 2; ++i)
      if (!range[i].is_number()) throw JsonFieldError{p + "/range/" + std::to_string(i), "expected a number of seconds"};
    out.fromS = range[0].get<double>();
    out.toS = range[1].get<double>();
    if (!(out.fromS >= 0.0) || !(out.toS <= kMaxLessonTimeS))
      throw JsonFieldError{p + "/range", "times must lie between 0 and " + std::to_string(static_cast<int>(kMaxLessonTimeS)) + " s"};
    if (out.toS < out.fromS) throw JsonFieldError{p + "/range", "the end comes before the start"};
  }
  if (auto end = optionalString(step, "end", p)) {
    if (*end == "hold") out.end = RangeEnd::Hold;
    else if (*end == "loop") out.end = RangeEnd::Loop;
    else throw JsonFieldError{p + "/end", "\"" + *end + "\" is not hold or loop"};
  }
  if (step.contains("commands")) {
    const json& commands = core::requireArray(step, "commands", p);
    for (std::size_t i = 0; i < commands.size(); ++i) {
      if (!commands[i].is_string() || commands[i].get<std::string>().empty())
        throw JsonFieldError{p + "/commands/" + std::to_string(i), "expected a session command, e.g. \"xray on\""};
      out.extraCommands.push_back(commands[i].get<std::string>());
    }
  }
  return out;
}
}  // namespace

core::Result<Lesson> loadLesson(const std::filesystem::path& file) {
  auto document = core::loadJsonFile(file);
  if (!document) return core::fail(document.message());
  return core::withJsonErrors<Lesson>(file, [&]() -> Lesson {
    const json& root = *document;
    if (!root.is_object()) throw JsonFieldError{"", "expected an object with \"title\" and \"steps\""};
    auto version = core::readFormatVersion(root, kLessonFormatVersion);
    if (!version) throw JsonFieldError{"/version", version.message()};
    if (version->age == core::VersionAge::Newer)
      throw JsonFieldError{"/version", "this lesson was written for a newer spineview, in " +
                                           core::newerFormatText(version->version, kLessonFormatVersion) +
                                           "; the file is left as it is"};
    rejectUnknownKeys(root, "", {"version", "title", "steps", "about"});
    Lesson lesson;
    lesson.id = file.stem().string();
    lesson.file = file;
    lesson.title = plainText(root, "title", "", 120);
    const json& steps = core::requireArray(root, "steps", "");
    if (steps.empty()) throw JsonFieldError{"/steps", "a lesson needs at least one step"};
    if (steps.size() > kMaxLessonSteps)
      throw JsonFieldError{"/steps", "more than " + std::to_string(kMaxLessonSteps) + " steps"};
    for (std::size_t i = 0; i < steps.size(); ++i) lesson.steps.push_back(parseStep(steps[i], "/steps/" + std::to_string(i)));
    return lesson;
  });
}

std::vector<std::string> stepCommands(const LessonStep& step) {
  std::vector<std::string> out;
  auto number = [](double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", v);
    return std::string(text);
  };
  // Every step is complete in itself, so stepping back lands in the same state as stepping
  // forward: a step without a mode is an Explore step, one without a speed plays at 1x.
  out.push_back("mode " + step.mode.value_or("explore"));
  if (step.motion) out.push_back("motion " + *step.motion);
  if (step.view) out.push_back("view " + *step.view);
  if (step.layers) {
    std::string list;
    for (const auto& l : *step.layers) list += (list.empty() ? "" : ",") + l;
    out.push_back("layers " + (list.empty() ? std::string("none") : list));
  }
  out.push_back("speed " + number(step.speed.value_or(1.0)));
  for (const auto& c : step.extraCommands) out.push_back(c);
  out.push_back("seek " + number(step.fromS));
  out.push_back(step.toS > step.fromS ? "play" : "pause");
  return out;
}

std::vector<std::filesystem::path> lessonSearchPath() {
  return {core::configDir() / "lessons", core::assetDir() / "lessons"};
}

core::Result<std::filesystem::path> resolveLesson(const std::string& fileOrId) {
  std::error_code ec;
  const std::filesystem::path asPath(fileOrId);
  if (fileOrId.find('/') != std::string::npos || asPath.extension() == ".json" || asPath.extension() == kLessonExtension) {
    if (std::filesystem::is_regular_file(asPath, ec)) return asPath;
    return core::fail("no lesson file " + fileOrId);
  }
  for (const auto& dir : lessonSearchPath())
    for (const char* extension : {".json", kLessonExtension}) {
      const auto candidate = dir / (fileOrId + extension);
      if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
    }
  std::string known;
  for (const auto& id : availableLessons()) known += (known.empty() ? "" : ", ") + id;
  return core::fail("there is no lesson called \"" + fileOrId + "\" (available: " + (known.empty() ? "none" : known) + ")");
}

std::vector<std::string> availableLessons() {
  std::set<std::string> ids;
  for (const auto& dir : lessonSearchPath()) {
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
      if (it->path().extension() == ".json" || it->path().extension() == kLessonExtension)
        ids.insert(it->path().stem().string());
  }
  return {ids.begin(), ids.end()};
}

}  // namespace spineview::app::lessons
