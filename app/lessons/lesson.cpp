#include "lessons/lesson.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "core/format_version.h"
#include "core/json_file.h"
#include "anatomy/levels.h"
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
    if (!allowed.contains(key)) throw JsonFieldError{pointer + "/" + key, "unknown field (the fields a lesson may have are listed in docs/lessons.md)"};
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
  rejectUnknownKeys(step, p, {"caption", "view", "layers", "motion", "mode", "speed", "range", "end", "frame", "camera", "commands"});
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
  if ((out.frame = optionalString(step, "frame", p)) && !isFrameSubject(*out.frame))
    throw JsonFieldError{p + "/frame", "\"" + *out.frame + "\" is not " + std::string(kFrameSubjectsText) + " or a level (C0…C7, T1…T12)"};
  if (step.contains("camera")) {
    const json& camera = core::requireObject(step, "camera", p);
    rejectUnknownKeys(camera, p + "/camera", {"yaw", "pitch", "distance", "target"});
    const double yaw = core::requireNumberIn(camera, "yaw", p + "/camera", -360.0, 360.0);
    const double pitch = core::requireNumberIn(camera, "pitch", p + "/camera", -89.9, 89.9);
    const double distance = core::requireNumberIn(camera, "distance", p + "/camera", 20.0, 3000.0);
    const json& target = core::requireArray(camera, "target", p + "/camera");
    if (target.size() != 3 || !target[0].is_number() || !target[1].is_number() || !target[2].is_number())
      throw JsonFieldError{p + "/camera/target", "expected [x, y, z] in millimetres"};
    char text[160];
    std::snprintf(text, sizeof text, "%.2f %.2f %.1f %.1f %.1f %.1f", yaw, pitch, distance, target[0].get<double>(),
                  target[1].get<double>(), target[2].get<double>());
    out.camera = text;
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

bool isFrameSubject(std::string_view text) {
  for (std::string_view s : {"whole", "head_and_neck", "neck", "junction", "upper_back"})
    if (text == s) return true;
  return anatomy::parseVertebra(text).has_value();
}

std::vector<StepCommand> stepCommandFields(const LessonStep& step) {
  std::vector<StepCommand> out;
  auto number = [](double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", v);
    return std::string(text);
  };
  out.push_back({"", "reset-view"});
  const std::string mode = step.mode.value_or("explore");
  out.push_back({"mode", "mode " + mode});
  if (step.motion) out.push_back({"motion", "motion " + *step.motion});
  else if (mode == "explore") out.push_back({"", "motion " + std::string(kDefaultLessonMotion)});
  // Layers first: the view and the framing fit what is shown.
  if (step.layers) {
    std::string list;
    for (const auto& l : *step.layers) list += (list.empty() ? "" : ",") + l;
    out.push_back({"layers", "layers " + (list.empty() ? std::string("none") : list)});
  }
  if (step.view) out.push_back({"view", "view " + *step.view});
  else if (mode == "explore" && !step.frame && !step.camera) out.push_back({"", "view left"});  // the default view
  if (step.frame) out.push_back({"frame", "frame " + *step.frame});
  if (step.camera) out.push_back({"camera", "camera " + *step.camera});
  out.push_back({"speed", "speed " + number(step.speed.value_or(1.0))});
  for (std::size_t i = 0; i < step.extraCommands.size(); ++i) out.push_back({"commands/" + std::to_string(i), step.extraCommands[i]});
  out.push_back({"range", "seek " + number(step.fromS)});
  out.push_back({"range", step.toS > step.fromS ? "play" : "pause"});
  return out;
}

std::vector<std::string> stepCommands(const LessonStep& step) {
  std::vector<std::string> out;
  for (auto& c : stepCommandFields(step)) out.push_back(std::move(c.line));
  return out;
}

std::vector<std::filesystem::path> lessonSearchPath() {
  return {core::dataDir() / "lessons", core::configDir() / "lessons", core::assetDir() / "lessons"};
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

namespace spineview::app::lessons {

std::vector<LessonEntry> lessonCatalogue() {
  std::vector<LessonEntry> out;
  const auto shipped = core::assetDir() / "lessons";
  for (const auto& id : availableLessons()) {
    auto file = resolveLesson(id);
    if (!file) continue;
    LessonEntry e{id, id, *file, file->parent_path() != shipped};
    if (auto document = core::loadJsonFile(*file); document && document->is_object() && (*document)["title"].is_string())
      e.title = (*document)["title"].get<std::string>();
    out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(), [](const LessonEntry& a, const LessonEntry& b) {
    return a.userLesson != b.userLesson ? b.userLesson : a.title < b.title;
  });
  return out;
}

}  // namespace spineview::app::lessons
