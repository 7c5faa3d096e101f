// Headless verbs of the education features: `record` (video export of a motion or a lesson)
// and `--script FILE` (scripted sessions for tests and demos).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "verbs/verbs.h"

namespace spineview::app {

struct RecordRequest {
  std::string motion;              // a motion id, or
  std::string lesson;              // a lesson id or file (every step in turn)
  std::filesystem::path out;       // folder (PNG frames) or FILE.mp4 (ffmpeg)
  double fps = 30.0;
  Size2 size{1280, 720};
  bool showUi = true;
  ModelRequest model;
  std::vector<std::string> commands;  // run before recording
  // Only the part of the recording between these times (seconds of the video; for a motion,
  // of the motion played at its speed).
  std::optional<double> fromS, toS;
};
int runRecordVerb(const GpuOptions& gpu, const RecordRequest& request);

struct ScriptRequest {
  std::filesystem::path file;
  Size2 size{640, 400};
  ModelRequest model;
};
int runScriptVerb(const GpuOptions& gpu, const ScriptRequest& request);

}  // namespace spineview::app
