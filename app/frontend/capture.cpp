#include "frontend/capture.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <vector>

#include "core/paths.h"

extern char** environ;

namespace spineview::app::capture {
namespace {
std::string timestamp() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[32];
  std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", &local);
  return text;
}

core::Status makeFolder(const std::filesystem::path& dir) {
  if (dir.empty()) return core::Ok{};
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return core::fail("cannot create the folder " + dir.string() + ": " + ec.message());
  return core::Ok{};
}

core::Status writeAll(int fd, const std::uint8_t* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return core::fail(std::string("ffmpeg stopped reading frames: ") + std::strerror(errno));
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return core::Ok{};
}
}  // namespace

std::filesystem::path defaultScreenshotPath() {
  std::filesystem::path dir;
  std::error_code ec;
  if (const char* pictures = std::getenv("XDG_PICTURES_DIR"); pictures && *pictures) dir = pictures;
  else if (const char* home = std::getenv("HOME"); home && std::filesystem::is_directory(std::filesystem::path(home) / "Pictures", ec))
    dir = std::filesystem::path(home) / "Pictures";
  else dir = core::stateDir() / "screenshots";
  return dir / ("spineview-" + timestamp() + ".png");
}

core::Status saveScreenshot(const std::filesystem::path& file, const core::RgbaImage& image) {
  if (auto made = makeFolder(file.parent_path()); !made) return core::fail("cannot save the screenshot: " + made.message());
  if (auto written = core::writePng(file, image); !written) return core::fail("cannot save the screenshot: " + written.message());
  return core::Ok{};
}

std::optional<std::filesystem::path> findFfmpeg() {
  const char* path = std::getenv("PATH");
  if (!path) return std::nullopt;
  std::string dirs = path;
  std::size_t start = 0;
  while (start <= dirs.size()) {
    const std::size_t end = std::min(dirs.find(':', start), dirs.size());
    const std::filesystem::path candidate = std::filesystem::path(dirs.substr(start, end - start)) / "ffmpeg";
    if (end > start && ::access(candidate.c_str(), X_OK) == 0) return candidate;
    start = end + 1;
  }
  return std::nullopt;
}

core::Result<std::unique_ptr<VideoSink>> VideoSink::open(const Options& options) {
  std::unique_ptr<VideoSink> sink(new VideoSink());
  sink->options_ = options;
  const bool wantsMp4 = options.out.extension() == ".mp4";
  std::optional<std::filesystem::path> ffmpeg = wantsMp4 ? findFfmpeg() : std::nullopt;
  if (wantsMp4 && !ffmpeg) {
    sink->destination_ = options.out.parent_path() / options.out.stem();
    sink->note_ = "ffmpeg is not installed (Debian: apt install ffmpeg), so the frames are saved as PNG files in " +
                  sink->destination_.string() + " instead of " + options.out.string();
  } else if (!wantsMp4) {
    if (options.out.has_extension()) return core::fail("--out must be a folder (PNG frames) or a .mp4 file, not " + options.out.string());
    sink->destination_ = options.out;
  }
  if (!ffmpeg) {
    if (auto made = makeFolder(sink->destination_); !made) return core::fail(made.message());
    return sink;
  }
  if (options.width % 2 || options.height % 2) return core::fail("MP4 video needs an even width and height");
  if (auto made = makeFolder(options.out.parent_path()); !made) return core::fail(made.message());
  sink->destination_ = options.out;
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return core::fail(std::string("cannot create a pipe to ffmpeg: ") + std::strerror(errno));
  char fpsText[32], sizeText[32];
  std::snprintf(fpsText, sizeof fpsText, "%g", options.fps);
  std::snprintf(sizeText, sizeof sizeText, "%ux%u", options.width, options.height);
  std::vector<std::string> args{ffmpeg->string(), "-hide_banner", "-loglevel", "error", "-y", "-f", "rawvideo",
                                "-pix_fmt", "rgba", "-s", sizeText, "-r", fpsText, "-i", "-", "-pix_fmt", "yuv420p",
                                "-movflags", "+faststart", options.out.string()};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
  pid_t pid = -1;
  const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(fds[0]);
  if (spawned != 0) {
    ::close(fds[1]);
    return core::fail("cannot start " + ffmpeg->string() + ": " + std::strerror(spawned));
  }
  sink->encoder_ = pid;
  sink->pipe_ = fds[1];
  return sink;
}

VideoSink::~VideoSink() { (void)finish(); }

core::Status VideoSink::addFrame(const core::RgbaImage& frame) {
  if (frame.width != options_.width || frame.height != options_.height) return core::fail("frame size changed during the export");
  ++frames_;
  if (encoder_ < 0) {
    char name[32];
    std::snprintf(name, sizeof name, "frame_%05d.png", frames_);
    return core::writePng(destination_ / name, frame);
  }
  if (pipe_ < 0) return core::fail("the video is already finished");
  return writeAll(pipe_, frame.pixels.data(), frame.pixels.size());
}

core::Status VideoSink::finish() {
  if (encoder_ < 0) return core::Ok{};
  if (pipe_ >= 0) ::close(pipe_);
  pipe_ = -1;
  int status = 0;
  while (::waitpid(encoder_, &status, 0) < 0 && errno == EINTR) {
  }
  encoder_ = -1;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return core::Ok{};
  if (WIFEXITED(status)) return core::fail("ffmpeg failed with exit status " + std::to_string(WEXITSTATUS(status)) + " while writing " + destination_.string());
  return core::fail("ffmpeg was stopped by signal " + std::to_string(WTERMSIG(status)) + " while writing " + destination_.string());
}

}  // namespace spineview::app::capture
