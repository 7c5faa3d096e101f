// Capture: screenshot file names, and video export as a PNG sequence or, when ffmpeg is
// installed, an MP4 encoded from raw RGBA frames piped to ffmpeg's stdin (no shell, no
// intermediate PNGs: PNG encoding would dominate the export time).
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/png_image.h"
#include "core/result.h"

namespace spineview::app::capture {

// The user's Pictures folder: $XDG_PICTURES_DIR, else the one named in user-dirs.dirs (what
// `xdg-user-dir PICTURES` reads), else ~/Pictures (created with the first screenshot).
std::filesystem::path picturesDir();
// XDG_PICTURES_DIR from the text of a user-dirs.dirs file ("$HOME/…" or absolute).
std::optional<std::filesystem::path> picturesFromUserDirs(std::string_view text, const std::filesystem::path& home);
// "<Pictures>/spineview-YYYYMMDD-HHMMSS.png".
std::filesystem::path defaultScreenshotPath();

// One line of `record` progress for a terminal: "frame 120 of 3600 (3 %), about 4 min left".
std::string progressLine(int frame, int total, double elapsedS);

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
  // Checks what open() needs before any work starts: a folder or a .mp4 name, ffmpeg on
  // $PATH and an even size for MP4. The message names the output.
  static core::Status check(const Options& options);
  // MP4: ffmpeg writes "FILE.mp4.part", renamed to FILE.mp4 only when it succeeds.
  static core::Result<std::unique_ptr<VideoSink>> open(const Options& options);
  ~VideoSink();  // an unfinished video is abandoned: ffmpeg is stopped and the .part file removed
  VideoSink(const VideoSink&) = delete;
  VideoSink& operator=(const VideoSink&) = delete;

  core::Status addFrame(const core::RgbaImage& frame);
  // Closes the pipe, checks ffmpeg's exit status and moves the video into place; for PNG
  // frames, removes frame files left from a longer earlier export in the same folder.
  core::Status finish();
  const std::filesystem::path& destination() const { return destination_; }
  int framesWritten() const { return frames_; }

 private:
  VideoSink() = default;
  std::string stopEncoder();  // closes the pipe, waits; "" when ffmpeg succeeded, else why not
  core::Status encoderFailed(const std::string& what);  // names the file and ffmpeg's last error line
  void removeTemporaryFiles();
  Options options_;
  std::filesystem::path destination_;
  std::filesystem::path partial_;    // MP4 being written
  std::filesystem::path errorLog_;   // ffmpeg's stderr
  int frames_ = 0;
  pid_t encoder_ = -1;
  int pipe_ = -1;
};

}  // namespace spineview::app::capture
