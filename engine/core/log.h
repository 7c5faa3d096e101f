// Minimal leveled logging to stderr. Quiet by default so command-line verbs print
// only their results; `--verbose` raises the level.
#pragma once

#include <string_view>

namespace spineview::core {

enum class LogLevel { Error = 0, Warning = 1, Info = 2, Debug = 3 };

void setLogLevel(LogLevel level);
LogLevel logLevel();
void log(LogLevel level, std::string_view message);

inline void logError(std::string_view m) { log(LogLevel::Error, m); }
inline void logWarning(std::string_view m) { log(LogLevel::Warning, m); }
inline void logInfo(std::string_view m) { log(LogLevel::Info, m); }
inline void logDebug(std::string_view m) { log(LogLevel::Debug, m); }

}  // namespace spineview::core
