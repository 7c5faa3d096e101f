// Shared by the harnesses: a private temporary folder for inputs that must be files.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>

namespace spineview::fuzz {

inline const std::filesystem::path& scratchFolder() {
  static const std::filesystem::path dir = [] {
    auto d = std::filesystem::temp_directory_path() / ("spineview-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

inline std::filesystem::path writeInput(const std::string& name, const std::uint8_t* data, std::size_t size) {
  const auto file = scratchFolder() / name;
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  return file;
}

}  // namespace spineview::fuzz

// LeakSanitizer hook: Assimp 5.2.5 leaks small objects on some failed imports inside
// libassimp itself; suppress those, report every other leak.
extern "C" const char* __lsan_default_suppressions() { return "leak:libassimp.so\n"; }
