// Time since this process was launched, for the start-up figures of `spineview bench` and the
// viewer's first-frame note (-v): the kernel's record of when the process started, so the
// time before main (loading libraries, the Vulkan loader's own start) counts too.
#pragma once

#include <string>
#include <vector>

namespace spineview::app {

// Milliseconds from the process's start (exec) to now; 10 ms resolution (clock ticks).
double msSinceLaunch();

// Named phases of a start, each with its own duration, in the order they happened.
class StartupPhases {
 public:
  StartupPhases();
  // Ends the current phase under `name` and starts the next.
  void end(const std::string& name);
  struct Phase {
    std::string name;
    double ms = 0.0;
  };
  const std::vector<Phase>& phases() const { return phases_; }
  double sinceLaunchMs() const { return launchMs_ + elapsedMs(); }  // at the last end()
  double launchToStartMs() const { return launchMs_; }              // before the first phase

 private:
  double elapsedMs() const;
  double launchMs_ = 0.0;
  double startS_ = 0.0, lastS_ = 0.0;
  std::vector<Phase> phases_;
};

}  // namespace spineview::app
