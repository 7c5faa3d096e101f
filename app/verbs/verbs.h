// The command-line verbs. Each returns the process exit code:
// 0 success, 1 runtime error (message printed), 2 usage error, 3 validation messages seen.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "gpu_context.h"

namespace spineview::app {

inline constexpr int kExitOk = 0;
inline constexpr int kExitRuntime = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitValidation = 3;

struct Size2 {
  std::uint32_t width = 1280;
  std::uint32_t height = 720;
};
// "1280x720" → Size2; each side 16–8192. Error text says what was wrong.
core::Result<Size2> parseSize(const std::string& text);

// Which model to show: the built-in spine, or a file (with an optional anatomy mapping).
struct ModelRequest {
  std::optional<std::filesystem::path> file;
  std::optional<std::filesystem::path> mapping;
};

struct RenderRequest {
  std::filesystem::path out;
  Size2 size;
  bool showUi = true;
  ModelRequest model;
  // Session commands run before the picture, in order (each flag of the verb becomes one,
  // e.g. --motion chin_tuck --time 2 → "motion chin_tuck", "seek 2").
  std::vector<std::string> commands;
};

struct ViewerRequest {
  Size2 size{1280, 720};
  int maxFrames = 0;  // 0: run until closed
  ModelRequest model;
  std::vector<std::string> commands;  // run once at start
  // On SIGUSR1 the viewer writes its state here (`expect` paths, one "path value" a line) and
  // prints "state FILE": how window tests read what the user's clicks and keys did.
  std::optional<std::filesystem::path> stateFile;
  // Started from the desktop (`open`): a file that cannot be opened is shown as a notice in
  // the window, over the built-in spine, instead of ending the program before any window.
  bool keepOpenOnError = false;
  std::vector<std::string> startupNotices;  // warnings shown in the window (and on stderr) at start
};

// Whether `out` can be created: its folder exists and is writable, and it is not a folder.
core::Status checkWritable(const std::filesystem::path& out);

struct HandoutVerbRequest {
  std::vector<std::string> exercises;  // --exercise values (ids or comma lists)
  std::vector<std::string> dosage;     // --dosage values
  std::string patient, clinician, clinic, notes, date;
  std::string paper = "a4";
  std::filesystem::path out;
  ModelRequest model;
};

struct ExportRequest {
  std::filesystem::path out;
  bool lowDetail = false;
};

int runHandoutVerb(const GpuOptions& gpu, const HandoutVerbRequest& request);
int runExportModelVerb(const ExportRequest& request);

struct ExportMotionRequest {
  std::string motion;  // a motion id (assets/motions/ID.json)
  std::filesystem::path out;
  bool lowDetail = false;
};
int runExportMotionVerb(const ExportMotionRequest& request);
int runDevicesVerb(const GpuOptions& gpu);
int runRenderVerb(const GpuOptions& gpu, const RenderRequest& request);
int runViewer(const GpuOptions& gpu, const ViewerRequest& request);

}  // namespace spineview::app
