// Commands: the one way the UI, keyboard shortcuts, presenter clickers, lesson steps and test
// scripts change the session. A command is a verb with arguments ("seek 2.5", "layer arteries
// off"), so a script line, a button and a key press all go through the same handler and the
// same validation.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace spineview::app {

class Session;

struct Command {
  std::string verb;
  std::vector<std::string> args;
  std::string text() const;  // "verb arg1 arg2", quoting arguments that hold spaces
};

// Splits a line into words; "double quotes" keep spaces. Empty lines and lines starting with
// '#' give an empty verb.
core::Result<Command> parseCommand(std::string_view line);

class CommandRegistry {
 public:
  using Handler = std::function<core::Status(Session&, const std::vector<std::string>& args)>;
  struct Entry {
    std::string usage;  // "seek SECONDS"
    std::string help;   // one line, plain words
    Handler handler;
  };

  void add(const std::string& verb, std::string usage, std::string help, Handler handler);
  // Unknown verbs and bad arguments give a message naming the command.
  core::Status execute(Session& session, const Command& command) const;
  const std::map<std::string, Entry>& entries() const { return entries_; }

 private:
  std::map<std::string, Entry> entries_;
};

// Commands issued during a frame (by panels and shortcuts), executed by the session before
// the next simulation step, so data flows one way: input → commands → simulation → snapshot.
class CommandQueue {
 public:
  void push(Command command) { pending_.push_back(std::move(command)); }
  void push(std::string verb, std::vector<std::string> args = {}) { pending_.push_back({std::move(verb), std::move(args)}); }
  std::vector<Command> take() { return std::exchange(pending_, {}); }
  bool empty() const { return pending_.empty(); }
  std::size_t size() const { return pending_.size(); }
  // Drops the commands pushed after the first `count` (a layout pass that is thrown away).
  void keepFirst(std::size_t count) {
    if (count < pending_.size()) pending_.resize(count);
  }

 private:
  std::vector<Command> pending_;
};

// Argument helpers for handlers: messages say which argument was wrong.
core::Result<double> argNumber(const std::vector<std::string>& args, std::size_t index, double min, double max);
core::Result<bool> argOnOff(const std::vector<std::string>& args, std::size_t index);  // on/off/true/false/1/0
core::Status argCount(const std::vector<std::string>& args, std::size_t min, std::size_t max);

}  // namespace spineview::app
