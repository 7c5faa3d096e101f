#include "startup_clock.h"

#include <unistd.h>

#include <ctime>
#include <fstream>
#include <sstream>

namespace spineview::app {
namespace {
double monotonicS(clockid_t clock) {
  timespec t{};
  clock_gettime(clock, &t);
  return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}
}  // namespace

double msSinceLaunch() {
  // Field 22 of /proc/self/stat: start time in clock ticks after boot. The command name
  // (field 2) may hold spaces, so count from the closing parenthesis.
  std::ifstream in("/proc/self/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto close = stat.rfind(')');
  if (close == std::string::npos) return 0.0;
  std::istringstream fields(stat.substr(close + 2));
  std::string field;
  for (int i = 3; i < 22 && fields >> field; ++i) {
  }
  unsigned long long ticks = 0;
  if (!(fields >> ticks)) return 0.0;
  const double startS = double(ticks) / double(sysconf(_SC_CLK_TCK));
  return 1000.0 * (monotonicS(CLOCK_BOOTTIME) - startS);
}

StartupPhases::StartupPhases() : launchMs_(msSinceLaunch()), startS_(monotonicS(CLOCK_MONOTONIC)), lastS_(startS_) {}

void StartupPhases::end(const std::string& name) {
  const double now = monotonicS(CLOCK_MONOTONIC);
  phases_.push_back({name, 1000.0 * (now - lastS_)});
  lastS_ = now;
}

double StartupPhases::elapsedMs() const { return 1000.0 * (lastS_ - startS_); }

}  // namespace spineview::app
