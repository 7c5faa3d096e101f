#include "io/confined_folder.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

namespace spineview::io {
namespace fs = std::filesystem;

core::Result<ConfinedFolder> ConfinedFolder::forModel(const fs::path& modelFile, const LoadLimits& limits,
                                                      FileAccessLog* log) {
  std::error_code ec;
  const fs::path file = fs::canonical(modelFile, ec);
  if (ec) return core::fail(modelFile.string() + ": file not found");
  return ConfinedFolder(file.parent_path(), limits, log);
}

core::Error ConfinedFolder::refuse(const std::string& path, const std::string& why) {
  if (log_) log_->refused.push_back(path + ": " + why);
  return core::fail(why);
}

core::Result<fs::path> ConfinedFolder::resolve(const std::string& path) {
  if (path.empty()) return refuse(path, "empty path");
  if (path.find('\0') != std::string::npos) return refuse(path, "path contains a NUL byte");
  const fs::path requested = fs::path(path).is_absolute() ? fs::path(path) : root_ / path;
  std::error_code ec;
  const fs::path real = fs::canonical(requested, ec);  // resolves "..", "." and symlinks
  if (ec) return refuse(path, "file not found");
  const std::string rootText = root_.string();
  const std::string realText = real.string();
  const bool inside = realText.size() > rootText.size() + 1 && realText.compare(0, rootText.size(), rootText) == 0 &&
                      (rootText.back() == '/' || realText[rootText.size()] == '/');
  if (!inside) return refuse(path, "outside the model's folder " + rootText);
  const auto status = fs::status(real, ec);
  if (ec || !fs::is_regular_file(status)) return refuse(path, "not a regular file");
  return real;
}

core::Result<std::vector<std::uint8_t>> ConfinedFolder::read(const std::string& path, std::uint64_t maxBytes) {
  auto real = resolve(path);
  if (!real) return real.error();
  // O_NOFOLLOW/O_NONBLOCK: a file swapped for a symlink or FIFO after resolve() is refused,
  // never followed or waited on.
  const int fd = ::open(real->c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) return refuse(path, std::string("cannot open: ") + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return refuse(path, "not a regular file");
  }
  const auto size = static_cast<std::uint64_t>(st.st_size);
  if (size > maxBytes) {
    ::close(fd);
    return refuse(path, "file is " + std::to_string(size) + " bytes, more than the " + std::to_string(maxBytes) +
                            "-byte limit");
  }
  if (size > limits_.maxTotalBytes || bytesRead_ > limits_.maxTotalBytes - size) {
    ::close(fd);
    return refuse(path, "the model and its resources exceed the " + std::to_string(limits_.maxTotalBytes) +
                            "-byte total limit");
  }
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
  std::size_t got = 0;
  while (got < bytes.size()) {
    const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (got != bytes.size()) return refuse(path, "read ended early");
  bytesRead_ += size;
  if (log_) log_->opened.push_back(*real);
  return bytes;
}

}  // namespace spineview::io
