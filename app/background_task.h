// Runs one piece of start-up work on another thread (a second core works while the first
// starts the GPU or the window); get() waits for it and returns its result, or rethrows what
// it threw. Destruction waits for the work as well.
#pragma once

#include <exception>
#include <memory>
#include <thread>
#include <utility>

namespace spineview::app {

template <typename T>
class BackgroundTask {
 public:
  template <typename Work>
  explicit BackgroundTask(Work work)
      : thread_([this, work = std::move(work)]() mutable {
          try {
            result_ = std::make_unique<T>(work());
          } catch (...) {
            error_ = std::current_exception();
          }
        }) {}
  BackgroundTask(const BackgroundTask&) = delete;
  BackgroundTask& operator=(const BackgroundTask&) = delete;

  // Call once.
  T get() {
    if (thread_.joinable()) thread_.join();
    if (error_) std::rethrow_exception(error_);
    return std::move(*result_);
  }

 private:
  std::unique_ptr<T> result_;  // (a std::optional here trips GCC 12's -Wfree-nonheap-object)
  std::exception_ptr error_;
  std::jthread thread_;  // last: started once the members it writes exist
};

}  // namespace spineview::app
