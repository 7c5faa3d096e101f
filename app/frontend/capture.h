// Capture: screenshot file names, and video export as a PNG sequence or, when ffmpeg is
// installed, an MP4 encoded from raw RGBA frames piped to ffmpeg's stdin (no shell, no
// intermediate PNGs: PNG encoding would dominate the export time).
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/png_image.h"
#include "core/result.h"

namespace spineview::app::capture {

// "<Pictures>/spineview-YYYYMMDD-HHMMSS.png": $XDG_PICTURES_DIR, else ~/Pictures if it
// exists, else stateDir()/screenshots. The folder is created.
std::filesystem::path defaultScreenshotPath();

// Writes a screenshot (creating the folder); the message names the file.
core::Status saveScreenshot(const std::filesystem::path& file, const core::RgbaImage& image);

// The ffmpeg executable on $PATH, if any.
std::optional<std::filesystem::path> findFfmpeg();

class VideoSink {
 public:
  struct Options {
    std::filesystem::path out;  // a folder (PNG sequence) or FILE.mp4
    double fps = 30.0;
    std::uint32_t width = 0, height = 0;
  };
  // For FILE.mp4 without ffmpeg: falls back to a PNG sequence in FILE's stem folder and says so in note().
  static core::Result<std::unique_ptr<VideoSink>> open(const Options& options);
  ~VideoSink();
  VideoSink(const VideoSink&) = delete;
  VideoSink& operator=(const VideoSink&) = delete;

  core::Status addFrame(const core::RgbaImage& frame);
  // Closes the pipe and checks ffmpeg's exit status.
  core::Status finish();
  const std::string& note() const { return note_; }
  const std::filesystem::path& destination() const { return destination_; }
  int framesWritten() const { return frames_; }

 private:
  VideoSink() = default;
  Options options_;
  std::filesystem::path destination_;
  std::string note_;
  int frames_ = 0;
  pid_t encoder_ = -1;
  int pipe_ = -1;
};

}  // namespace spineview::app::capture
