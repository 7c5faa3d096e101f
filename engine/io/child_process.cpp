#include "io/child_process.h"

#include <fcntl.h>
#include <signal.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>

#if defined(__SANITIZE_ADDRESS__)
#define SPINEVIEW_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SPINEVIEW_ASAN 1
#endif
#endif

namespace spineview::io {

namespace {
bool writeAll(int fd, const std::uint8_t* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}
}  // namespace

core::Result<std::vector<std::uint8_t>> runInChildProcess(const std::function<std::vector<std::uint8_t>()>& job,
                                                          const ChildLimits& limits) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return core::fail(std::string("cannot create a pipe: ") + std::strerror(errno));
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return core::fail(std::string("cannot start the import process: ") + std::strerror(errno));
  }
  if (pid == 0) {
    // Child: limits first, then the job; never return into the parent's code.
    ::close(fds[0]);
    struct rlimit cpu {limits.cpuSeconds, limits.cpuSeconds + 1};
    ::setrlimit(RLIMIT_CPU, &cpu);
#ifndef SPINEVIEW_ASAN
    struct rlimit as {limits.addressSpaceBytes, limits.addressSpaceBytes};
    ::setrlimit(RLIMIT_AS, &as);
#endif
    struct rlimit core0 {0, 0};  // a crash here is expected, not worth a core dump
    ::setrlimit(RLIMIT_CORE, &core0);
    // Die by the signal itself, so the parent can name it; sanitizer and fuzzer handlers
    // inherited from the parent would otherwise report a contained crash as the parent's.
    for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) ::signal(sig, SIG_DFL);
    int status = 1;
    try {
      const std::vector<std::uint8_t> reply = job();
      const std::uint64_t size = reply.size();
      if (writeAll(fds[1], reinterpret_cast<const std::uint8_t*>(&size), sizeof size) &&
          writeAll(fds[1], reply.data(), reply.size()))
        status = 0;
    } catch (...) {
    }
    ::_exit(status);
  }
  ::close(fds[1]);
  std::vector<std::uint8_t> received;
  std::uint8_t chunk[65536];
  bool tooBig = false;
  bool timedOut = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(limits.wallSeconds);
  for (;;) {
    // A wall-clock limit too: a child stuck on a lock inherited through fork() uses no CPU.
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    struct pollfd pfd {fds[0], POLLIN, 0};
    const int ready = left.count() > 0 ? ::poll(&pfd, 1, static_cast<int>(left.count())) : 0;
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) {
      timedOut = true;
      ::kill(pid, SIGKILL);
      break;
    }
    const ssize_t n = ::read(fds[0], chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    if (received.size() + static_cast<std::size_t>(n) > limits.maxReplyBytes + 8) {
      tooBig = true;
      ::kill(pid, SIGKILL);
      break;
    }
    received.insert(received.end(), chunk, chunk + n);
  }
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (tooBig) return core::fail("the importer produced more data than allowed");
  if (timedOut) return core::fail("the importer took longer than " + std::to_string(limits.wallSeconds) + " s (refused)");
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    if (sig == SIGXCPU || sig == SIGKILL)
      return core::fail("the importer ran out of time or memory on this file (refused)");
    return core::fail("the importer crashed on this file (signal " + std::to_string(sig) + "); it is malformed");
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return core::fail("the importer failed on this file");
  std::uint64_t size = 0;
  if (received.size() < sizeof size) return core::fail("the importer's reply is malformed");
  std::memcpy(&size, received.data(), sizeof size);
  if (size != received.size() - sizeof size) return core::fail("the importer's reply is malformed");
  received.erase(received.begin(), received.begin() + sizeof size);
  return received;
}

}  // namespace spineview::io
