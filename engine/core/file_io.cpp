#include "core/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

namespace spineview::core {
namespace fs = std::filesystem;

namespace {
template <typename Container>
Result<Container> readWhole(const fs::path& path, std::uintmax_t maxBytes) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return fail(path.string() + ": file not found");
  if (!fs::is_regular_file(status)) return fail(path.string() + ": not a regular file");
  const auto size = fs::file_size(path, ec);
  if (ec) return fail(path.string() + ": cannot read size: " + ec.message());
  if (size > maxBytes)
    return fail(path.string() + ": file is " + std::to_string(size) + " bytes, more than the " +
                std::to_string(maxBytes) + "-byte limit");
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(path.string() + ": cannot open: " + std::strerror(errno));
  Container data(static_cast<std::size_t>(size), {});
  in.read(reinterpret_cast<char*>(data.data()), static_cast<std::streamsize>(size));
  if (in.gcount() != static_cast<std::streamsize>(size))
    return fail(path.string() + ": read ended early");
  return data;
}
}  // namespace

Result<std::string> readTextFile(const fs::path& path, std::uintmax_t maxBytes) {
  return readWhole<std::string>(path, maxBytes);
}

Result<std::vector<std::uint8_t>> readBinaryFile(const fs::path& path, std::uintmax_t maxBytes) {
  return readWhole<std::vector<std::uint8_t>>(path, maxBytes);
}

Status writeFileAtomic(const fs::path& path, std::string_view bytes) {
  std::error_code ec;
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  fs::create_directories(dir, ec);
  if (ec) return fail(dir.string() + ": cannot create folder: " + ec.message());
  std::string tmpl = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return fail(path.string() + ": cannot write here: " + std::strerror(errno));
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(tmpl.c_str());
      return fail(path.string() + ": write failed: " + why);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(tmpl.c_str());
    return fail(path.string() + ": write failed: " + why);
  }
  ::chmod(tmpl.c_str(), 0644);
  if (::rename(tmpl.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(tmpl.c_str());
    return fail(path.string() + ": cannot replace file: " + why);
  }
  return Ok{};
}

Result<fs::path> moveAside(const fs::path& path) {
  fs::path backup = path;
  backup += ".bak";
  std::error_code ec;
  fs::rename(path, backup, ec);
  if (ec) return fail(path.string() + ": cannot move aside to " + backup.string() + ": " + ec.message());
  return backup;
}

}  // namespace spineview::core
