#include "frontend/script_runner.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>

#include "core/file_io.h"
#include "frontend/capture.h"
#include "frontend/shortcuts.h"
#include "lessons/presenter.h"

namespace spineview::app {
namespace {
using Reader = std::function<std::string(const Session&)>;

std::string number(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6f", v);
  return text;
}
std::string boolean(bool v) { return v ? "true" : "false"; }

const std::map<std::string, Reader>& readers() {
  static const std::map<std::string, Reader> table = [] {
    std::map<std::string, Reader> r;
    r["playback.time"] = [](const Session& s) { return number(s.state().playback.timeS); };
    r["playback.speed"] = [](const Session& s) { return number(s.state().playback.speed); };
    r["playback.playing"] = [](const Session& s) { return boolean(s.state().playback.playing); };
    r["playback.loop"] = [](const Session& s) { return boolean(s.state().playback.loop); };
    r["playback.motion"] = [](const Session& s) { return s.state().playback.motionId; };
    r["mode"] = [](const Session& s) { return std::string(modeName(s.state().mode)); };
    r["presenter.active"] = [](const Session& s) { return boolean(s.state().presenter.active); };
    r["presenter.step"] = [](const Session& s) { return std::to_string(s.state().presenter.step); };
    r["presenter.steps"] = [](const Session& s) {
      return std::to_string(s.state().presenter.lesson ? s.state().presenter.lesson->steps.size() : 0);
    };
    r["presenter.lesson"] = [](const Session& s) { return s.state().presenter.lesson ? s.state().presenter.lesson->id : std::string(); };
    r["panels.library"] = [](const Session& s) { return boolean(s.state().panels.library); };
    r["panels.timeline"] = [](const Session& s) { return boolean(s.state().panels.timeline); };
    r["panels.gauges"] = [](const Session& s) { return boolean(s.state().panels.gauges); };
    r["panels.structure_card"] = [](const Session& s) { return boolean(s.state().panels.structureCard); };
    r["panels.help"] = [](const Session& s) { return boolean(s.state().panels.help); };
    r["panels.sources"] = [](const Session& s) { return boolean(s.state().panels.sources); };
    r["panels.settings"] = [](const Session& s) { return boolean(s.state().panels.settings); };
    r["panels.tour"] = [](const Session& s) { return boolean(s.state().panels.tour); };
    r["panels.tour_card"] = [](const Session& s) { return std::to_string(s.state().panels.tourCard + 1); };
    r["preferences.ui_scale"] = [](const Session& s) { return number(s.state().preferences.uiScale); };
    r["preferences.high_contrast"] = [](const Session& s) { return boolean(s.state().preferences.highContrast); };
    r["preferences.colour_blind_safe"] = [](const Session& s) { return boolean(s.state().preferences.colourBlindSafe); };
    r["preferences.tour_seen"] = [](const Session& s) { return boolean(s.state().preferences.tourSeen); };
    r["view.xray"] = [](const Session& s) { return boolean(s.state().view.xray); };
    r["view.labels"] = [](const Session& s) { return boolean(s.state().view.labels); };
    for (int i = 0; i < kLayerCount; ++i) {
      const auto layer = static_cast<LayerId>(i);
      r["layers." + std::string(layerName(layer))] = [i](const Session& s) { return boolean(s.state().view.visible[i]); };
    }
    r["notices.count"] = [](const Session& s) { return std::to_string(s.notices().size()); };
    r["notices.warnings"] = [](const Session& s) {
      int n = 0;
      for (const auto& notice : s.notices()) n += notice.kind != Notice::Kind::Info;
      return std::to_string(n);
    };
    r["quit"] = [](const Session& s) { return boolean(s.state().quitRequested); };
    // The selected structure by name ("C5 vertebra") and by level ("C5"); "none".
    r["selection"] = [](const Session& s) {
      const auto& index = s.state().selection.partIndex;
      const auto& parts = s.model().mesh.parts;
      return index && *index < parts.size() ? parts[*index].name : std::string("none");
    };
    r["selection.level"] = [](const Session& s) {
      const auto& index = s.state().selection.partIndex;
      const auto& parts = s.model().mesh.parts;
      if (!index || *index >= parts.size() || !parts[*index].level) return std::string("none");
      return std::string(anatomy::vertebraName(*parts[*index].level));
    };
    return r;
  }();
  return table;
}

bool parseDouble(const std::string& text, double& out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc{} && end == text.data() + text.size() && std::isfinite(out);
}

struct LineError {
  int exitCode;
  std::string message;
};

std::filesystem::path goldenDir(const std::filesystem::path& scriptFile) {
  if (const char* dir = std::getenv("SPINEVIEW_GOLDEN_DIR"); dir && *dir) return dir;
  return scriptFile.parent_path() / ".." / "golden";
}

std::filesystem::path goldenOutputDir() {
  if (const char* dir = std::getenv("SPINEVIEW_TEST_OUTPUT"); dir && *dir) return dir;
  return std::filesystem::temp_directory_path();
}

core::Status takePendingScreenshot(Session& session, const RenderFn& render) {
  auto& pending = session.state().capture.pendingScreenshot;
  if (!pending) return core::Ok{};
  const std::filesystem::path file = pending->empty() ? capture::defaultScreenshotPath() : *pending;
  pending.reset();
  auto image = render();
  if (!image) return core::fail(image.message());
  if (auto saved = capture::saveScreenshot(file, *image); !saved) return saved;
  session.notify(Notice::Kind::Info, "Screenshot saved as " + file.string());
  return core::Ok{};
}

std::optional<LineError> runLine(Session& session, const std::filesystem::path& scriptFile, const Command& c, const RenderFn& render) {
  auto usage = [](std::string text) { return LineError{2, std::move(text)}; };
  if (c.verb == "frames") {
    if (c.args.empty() || c.args.size() > 2) return usage("usage: frames N [DT]");
    double n = 0, dt = 1.0 / 30.0;
    if (!parseDouble(c.args[0], n) || n < 1 || n > 1e5 || n != std::floor(n)) return usage("frames: N must be a whole number from 1 to 100000");
    if (c.args.size() == 2 && (!parseDouble(c.args[1], dt) || dt < 0 || dt > 1)) return usage("frames: DT must be 0 … 1 seconds");
    for (int i = 0; i < static_cast<int>(n); ++i) {
      session.update(dt);
    }
    return std::nullopt;
  }
  if (c.verb == "expect") {
    if (c.args.size() != 3) return usage("usage: expect PATH OP VALUE");
    auto actual = readStatePath(session, c.args[0]);
    if (!actual) return usage(actual.message());
    auto holds = compareValues(*actual, c.args[1], c.args[2]);
    if (!holds) return usage(holds.message());
    if (!*holds) return LineError{1, "expected " + c.args[0] + " " + c.args[1] + " " + c.args[2] + ", but it is " + *actual};
    return std::nullopt;
  }
  if (c.verb == "key") {
    if (c.args.size() != 1) return usage("usage: key NAME (F1, space, pagedown, ctrl+q, …)");
    auto chord = parseKeyChord(c.args[0]);
    if (!chord) return usage("\"" + c.args[0] + "\" is not a key name");
    for (const auto& line : commandsForKey(chord->key, chord->mods, session.state()))
      if (auto done = session.execute(line); !done) return LineError{1, "key " + c.args[0] + " → " + done.message()};
    return std::nullopt;
  }
  if (c.verb == "click") {
    // As a click in the window: a `pick` through the command queue, answered by the frame it
    // is drawn in, whose `select` runs with the next update.
    double x = 0, y = 0;
    if (c.args.size() != 2 || !parseDouble(c.args[0], x) || !parseDouble(c.args[1], y) || x < 0 || y < 0)
      return usage("usage: click X Y (pixels of the picture from its top-left corner)");
    session.queue().push("pick", {c.args[0], c.args[1]});
    for (int frame = 0; frame < 4 && (!session.queue().empty() || session.probes().pickPending()); ++frame) {
      auto image = render();
      if (!image) return LineError{1, image.message()};
      session.update(0.0);
    }
    if (session.probes().pickPending()) return LineError{1, "click " + c.args[0] + " " + c.args[1] + ": no frame answered the pick"};
    return std::nullopt;
  }
  if (c.verb == "screenshot" && c.args.size() == 1) {
    auto image = render();
    if (!image) return LineError{1, image.message()};
    if (auto saved = capture::saveScreenshot(c.args[0], *image); !saved) return LineError{1, saved.message()};
    return std::nullopt;
  }
  if (c.verb == "golden") {
    if (c.args.empty() || c.args.size() > 2) return usage("usage: golden NAME [MAX_CHANNEL_DELTA]");
    ImageTolerance tolerance;
    double delta = 0;
    if (c.args.size() == 2) {
      if (!parseDouble(c.args[1], delta) || delta < 0 || delta > 255) return usage("golden: the tolerance must be 0 … 255");
      tolerance.maxChannelDelta = static_cast<int>(delta);
    }
    auto image = render();
    if (!image) return LineError{1, image.message()};
    const auto reference = goldenDir(scriptFile) / (c.args[0] + ".png");
    if (const char* update = std::getenv("SPINEVIEW_UPDATE_GOLDEN"); update && std::string(update) == "1") {
      if (auto saved = core::writePng(reference, *image); !saved) return LineError{1, saved.message()};
      std::printf("updated %s\n", reference.c_str());
      return std::nullopt;
    }
    auto expected = core::readPng(reference);
    if (!expected) return LineError{1, "no golden picture: " + expected.message() + " (create it with SPINEVIEW_UPDATE_GOLDEN=1 after looking at it)"};
    if (auto difference = compareImages(*image, *expected, tolerance); !difference.empty()) {
      const auto actualFile = goldenOutputDir() / (c.args[0] + ".actual.png");
      (void)core::writePng(actualFile, *image);
      return LineError{1, "golden " + c.args[0] + ": " + difference + " (actual picture: " + actualFile.string() + ")"};
    }
    return std::nullopt;
  }
  if (auto done = session.execute(c); !done) {
    const bool unknown = !session.commands().entries().contains(c.verb);
    return LineError{unknown ? 2 : 1, done.message()};
  }
  if (auto taken = takePendingScreenshot(session, render); !taken) return LineError{1, taken.message()};
  return std::nullopt;
}
}  // namespace

core::Result<std::string> readStatePath(const Session& session, const std::string& path) {
  const auto& table = readers();
  const auto it = table.find(path);
  if (it == table.end()) return core::fail("\"" + path + "\" is not a readable state path (try playback.time, mode, presenter.step, panels.help, …)");
  return it->second(session);
}

std::vector<std::string> readableStatePaths() {
  std::vector<std::string> out;
  for (const auto& [name, reader] : readers()) out.push_back(name);
  return out;
}

core::Result<bool> compareValues(const std::string& actual, const std::string& op, const std::string& expected) {
  static const std::vector<std::string> ops{"==", "!=", "<", "<=", ">", ">="};
  if (std::find(ops.begin(), ops.end(), op) == ops.end()) return core::fail("\"" + op + "\" is not one of == != < <= > >=");
  double a = 0, b = 0;
  if (parseDouble(actual, a) && parseDouble(expected, b)) {
    constexpr double eps = 1e-6;
    if (op == "==") return std::abs(a - b) <= eps;
    if (op == "!=") return std::abs(a - b) > eps;
    if (op == "<") return a < b - eps;
    if (op == "<=") return a <= b + eps;
    if (op == ">") return a > b + eps;
    return a >= b - eps;
  }
  if (op == "==") return actual == expected;
  if (op == "!=") return actual != expected;
  return core::fail("\"" + op + "\" needs numbers, but the value is \"" + actual + "\"");
}

std::string compareImages(const core::RgbaImage& actual, const core::RgbaImage& expected, ImageTolerance tolerance) {
  if (actual.width != expected.width || actual.height != expected.height)
    return "size " + std::to_string(actual.width) + "x" + std::to_string(actual.height) + " differs from the golden " +
           std::to_string(expected.width) + "x" + std::to_string(expected.height);
  std::size_t failing = 0;
  int worst = 0;
  for (std::size_t p = 0; p + 3 < actual.pixels.size(); p += 4) {
    int delta = 0;
    for (int c = 0; c < 3; ++c) delta = std::max(delta, std::abs(int{actual.pixels[p + c]} - int{expected.pixels[p + c]}));
    worst = std::max(worst, delta);
    failing += delta > tolerance.maxChannelDelta;
  }
  const double fraction = static_cast<double>(failing) / (static_cast<double>(actual.width) * actual.height);
  if (fraction <= tolerance.maxFailingFraction) return {};
  std::ostringstream out;
  out << failing << " pixels (" << fraction * 100.0 << " %) differ by more than " << tolerance.maxChannelDelta
      << " (allowed " << tolerance.maxFailingFraction * 100.0 << " %); largest difference " << worst;
  return out.str();
}

ScriptResult runScript(Session& session, const std::filesystem::path& scriptFile, const std::vector<std::string>& lines,
                       const RenderFn& render) {
  ScriptResult result;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string where = scriptFile.string() + ":" + std::to_string(i + 1) + ": ";
    auto command = parseCommand(lines[i]);
    if (!command) return {2, where + command.message(), result.linesRun};
    if (command->verb.empty()) continue;
    ++result.linesRun;
    if (auto error = runLine(session, scriptFile, *command, render))
      return {error->exitCode, where + error->message, result.linesRun};
  }
  return result;
}

ScriptResult runScriptFile(Session& session, const std::filesystem::path& scriptFile, const RenderFn& render) {
  auto text = core::readTextFile(scriptFile, 1 << 20);
  if (!text) return {2, text.message(), 0};
  std::vector<std::string> lines;
  std::istringstream in(*text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return runScript(session, scriptFile, lines, render);
}

}  // namespace spineview::app
