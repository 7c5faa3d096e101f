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
#include <csignal>
#include <ctime>
#include <fstream>
#include <vector>

#include "core/file_io.h"
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

bool isVideoPath(const std::filesystem::path& out) { return out.extension() == ".mp4"; }

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
    if (n <= 0) return core::fail(std::string("ffmpeg stopped reading frames (") + std::strerror(errno) + ")");
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return core::Ok{};
}
}  // namespace

std::optional<std::filesystem::path> picturesFromUserDirs(std::string_view text, const std::filesystem::path& home) {
  // Lines such as  XDG_PICTURES_DIR="$HOME/Pictures"  (the format xdg-user-dirs writes).
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    constexpr std::string_view key = "XDG_PICTURES_DIR=";
    if (line.substr(0, key.size()) != key) continue;
    line.remove_prefix(key.size());
    if (line.size() < 2 || line.front() != '"') continue;
    const std::size_t close = line.find('"', 1);
    if (close == std::string_view::npos) continue;
    std::string value(line.substr(1, close - 1));
    if (value.rfind("$HOME", 0) == 0) value = home.string() + value.substr(5);
    if (value.empty() || value.front() != '/') continue;  // the spec allows only $HOME/… or absolute
    return std::filesystem::path(value);
  }
  return std::nullopt;
}

std::filesystem::path picturesDir() {
  if (const char* pictures = std::getenv("XDG_PICTURES_DIR"); pictures && *pictures) return pictures;
  const char* homeEnv = std::getenv("HOME");
  const std::filesystem::path home = homeEnv && *homeEnv ? std::filesystem::path(homeEnv) : core::stateDir();
  const char* configEnv = std::getenv("XDG_CONFIG_HOME");
  const std::filesystem::path config = configEnv && *configEnv ? std::filesystem::path(configEnv) : home / ".config";
  if (auto text = core::readTextFile(config / "user-dirs.dirs", 64 << 10))
    if (auto dir = picturesFromUserDirs(*text, home)) return *dir;
  return home / "Pictures";  // created when the first screenshot is saved
}

std::filesystem::path defaultScreenshotPath() { return picturesDir() / ("spineview-" + timestamp() + ".png"); }

std::string progressLine(int frame, int total, double elapsedS) {
  const int percent = total > 0 ? static_cast<int>(100.0 * frame / total) : 100;
  char text[128];
  if (frame <= 0 || elapsedS <= 0.0) {
    std::snprintf(text, sizeof text, "frame %d of %d (%d %%)", frame, total, percent);
    return text;
  }
  const double left = elapsedS / frame * std::max(0, total - frame);
  if (left >= 90.0) std::snprintf(text, sizeof text, "frame %d of %d (%d %%), about %.0f min left", frame, total, percent, left / 60.0);
  else std::snprintf(text, sizeof text, "frame %d of %d (%d %%), about %.0f s left", frame, total, percent, left);
  return text;
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

core::Status VideoSink::check(const Options& options) {
  if (!isVideoPath(options.out)) {
    if (options.out.has_extension()) return core::fail("--out must be a folder (PNG frames) or a .mp4 file, not " + options.out.string());
    return core::Ok{};
  }
  // yuv420p (the pixel format browsers and presentation programs play) halves the colour resolution.
  if (options.width % 2 || options.height % 2)
    return core::fail("cannot write " + options.out.string() + ": MP4 video needs an even width and height, not " +
                      std::to_string(options.width) + "x" + std::to_string(options.height) + " (try --size " +
                      std::to_string(options.width & ~1u) + "x" + std::to_string(options.height & ~1u) + ")");
  std::error_code ec;
  if (std::filesystem::is_directory(options.out, ec)) return core::fail("cannot write " + options.out.string() + ": it is a folder");
  return core::Ok{};
}

core::Result<std::unique_ptr<VideoSink>> VideoSink::open(const Options& options) {
  if (auto checked = check(options); !checked) return core::fail(checked.message());
  std::unique_ptr<VideoSink> sink(new VideoSink());
  sink->options_ = options;
  sink->destination_ = options.out;
  if (!isVideoPath(options.out)) {
    if (auto made = makeFolder(sink->destination_); !made) return core::fail(made.message());
    return sink;
  }
  const std::optional<std::filesystem::path> ffmpeg = findFfmpeg();
  if (!ffmpeg)
    return core::fail("cannot write " + options.out.string() +
                      ": ffmpeg is not installed (Debian: apt install ffmpeg); give --out a folder to save PNG frames instead");
  if (auto made = makeFolder(options.out.parent_path()); !made) return core::fail(made.message());
  sink->partial_ = options.out.string() + ".part";
  std::string logName = (std::filesystem::temp_directory_path() / "spineview-ffmpeg-XXXXXX").string();
  const int logFd = ::mkstemp(logName.data());
  if (logFd < 0) return core::fail(std::string("cannot create a log file for ffmpeg: ") + std::strerror(errno));
  sink->errorLog_ = logName;
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    ::close(logFd);
    return core::fail(std::string("cannot create a pipe to ffmpeg: ") + std::strerror(errno));
  }
  char fpsText[32], sizeText[32];
  std::snprintf(fpsText, sizeof fpsText, "%g", options.fps);
  std::snprintf(sizeText, sizeof sizeText, "%ux%u", options.width, options.height);
  // The frames are sRGB: convert with the BT.709 matrix and say so in the file, so that players
  // do not guess BT.601 and shift the colours. "-f mp4" because the .part name hides the format.
  std::vector<std::string> args{ffmpeg->string(), "-hide_banner", "-nostats", "-loglevel", "error", "-y",
                                "-f", "rawvideo", "-pix_fmt", "rgba", "-s", sizeText, "-r", fpsText, "-i", "-",
                                "-vf", "scale=out_color_matrix=bt709:out_range=tv", "-pix_fmt", "yuv420p",
                                "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
                                "-color_range", "tv", "-movflags", "+faststart", "-f", "mp4", sink->partial_.string()};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, logFd, STDERR_FILENO);
  pid_t pid = -1;
  const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(fds[0]);
  ::close(logFd);
  if (spawned != 0) {
    ::close(fds[1]);
    return core::fail("cannot start " + ffmpeg->string() + " to write " + options.out.string() + ": " + std::strerror(spawned));
  }
  sink->encoder_ = pid;
  sink->pipe_ = fds[1];
  return sink;
}

VideoSink::~VideoSink() {
  if (encoder_ >= 0) {  // abandoned mid-way: do not let ffmpeg finish a video nobody wants
    ::kill(encoder_, SIGTERM);
    (void)stopEncoder();
  }
  removeTemporaryFiles();
}

core::Status VideoSink::addFrame(const core::RgbaImage& frame) {
  if (frame.width != options_.width || frame.height != options_.height) return core::fail("frame size changed during the export");
  ++frames_;
  if (partial_.empty()) {
    char name[32];
    std::snprintf(name, sizeof name, "frame_%05d.png", frames_);
    return core::writePng(destination_ / name, frame);
  }
  if (pipe_ < 0) return core::fail("the video " + destination_.string() + " is already finished");
  if (auto written = writeAll(pipe_, frame.pixels.data(), frame.pixels.size()); !written) {
    const std::string exit = stopEncoder();
    return encoderFailed(exit.empty() ? written.message() : exit);
  }
  return core::Ok{};
}

core::Status VideoSink::finish() {
  if (partial_.empty()) {
    // Frames beyond this export's last one would belong to an older, longer export.
    std::error_code ec;
    for (int n = frames_ + 1;; ++n) {
      char name[32];
      std::snprintf(name, sizeof name, "frame_%05d.png", n);
      if (!std::filesystem::remove(destination_ / name, ec)) break;
    }
    return core::Ok{};
  }
  if (encoder_ < 0) return core::fail("the video " + destination_.string() + " is already finished");
  if (const std::string exit = stopEncoder(); !exit.empty()) return encoderFailed(exit);
  std::error_code ec;
  std::filesystem::rename(partial_, destination_, ec);
  if (ec) return encoderFailed("cannot rename " + partial_.string() + ": " + ec.message());
  removeTemporaryFiles();
  return core::Ok{};
}

std::string VideoSink::stopEncoder() {
  if (pipe_ >= 0) ::close(pipe_);
  pipe_ = -1;
  int status = 0;
  while (::waitpid(encoder_, &status, 0) < 0 && errno == EINTR) {
  }
  encoder_ = -1;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return {};
  if (WIFEXITED(status)) return "ffmpeg failed with exit status " + std::to_string(WEXITSTATUS(status));
  return "ffmpeg was stopped by signal " + std::to_string(WTERMSIG(status));
}

core::Status VideoSink::encoderFailed(const std::string& what) {
  std::string said;  // ffmpeg's last error line, the most specific one ("Conversion failed!" is not)
  if (std::ifstream log(errorLog_); log)
    for (std::string line; std::getline(log, line);)
      if (!line.empty() && line != "Conversion failed!") said = line;
  removeTemporaryFiles();
  std::error_code ec;
  std::filesystem::remove(partial_, ec);
  return core::fail("cannot write " + destination_.string() + ": " + what + (said.empty() ? "" : " (ffmpeg: " + said + ")"));
}

void VideoSink::removeTemporaryFiles() {
  std::error_code ec;
  if (!errorLog_.empty()) std::filesystem::remove(errorLog_, ec);
  errorLog_.clear();
  if (!partial_.empty() && encoder_ < 0) std::filesystem::remove(partial_, ec);
}

}  // namespace spineview::app::capture
