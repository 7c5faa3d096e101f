#include "session/command.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <utility>

namespace spineview::app {

std::string Command::text() const {
  std::string out = verb;
  for (const auto& a : args) out += a.find(' ') != std::string::npos ? " \"" + a + "\"" : " " + a;
  return out;
}

core::Result<Command> parseCommand(std::string_view line) {
  std::vector<std::string> words;
  std::string current;
  bool quoted = false, inWord = false;
  for (char c : line) {
    if (quoted) {
      if (c == '"') quoted = false; else current += c;
      continue;
    }
    if (c == '"') { quoted = true; inWord = true; continue; }
    if (c == '#' && !inWord && words.empty()) break;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      if (inWord) words.push_back(std::exchange(current, {}));
      inWord = false;
      continue;
    }
    current += c;
    inWord = true;
  }
  if (quoted) return core::fail("unclosed quote in \"" + std::string(line) + "\"");
  if (inWord) words.push_back(current);
  Command command;
  if (words.empty()) return command;
  command.verb = words.front();
  command.args.assign(words.begin() + 1, words.end());
  return command;
}

void CommandRegistry::add(const std::string& verb, std::string usage, std::string help, Handler handler) {
  entries_[verb] = Entry{std::move(usage), std::move(help), std::move(handler)};
}

core::Status CommandRegistry::execute(Session& session, const Command& command) const {
  const auto it = entries_.find(command.verb);
  if (it == entries_.end()) return core::fail("unknown command \"" + command.verb + "\"");
  if (auto done = it->second.handler(session, command.args); !done)
    return core::fail("\"" + command.text() + "\": " + done.message() + " (usage: " + it->second.usage + ")");
  return core::Ok{};
}

core::Status argCount(const std::vector<std::string>& args, std::size_t min, std::size_t max) {
  if (args.size() < min || args.size() > max) {
    const std::string expected = min == max ? std::to_string(min) : std::to_string(min) + "–" + std::to_string(max);
    return core::fail("expected " + expected + " argument(s), got " + std::to_string(args.size()));
  }
  return core::Ok{};
}

core::Result<double> argNumber(const std::vector<std::string>& args, std::size_t index, double min, double max) {
  if (index >= args.size()) return core::fail("argument " + std::to_string(index + 1) + " is missing");
  const std::string& text = args[index];
  double value = 0.0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || !std::isfinite(value))
    return core::fail("\"" + text + "\" is not a number");
  if (value < min || value > max) {
    char range[64];
    std::snprintf(range, sizeof range, "%g … %g", min, max);
    return core::fail("\"" + text + "\" is outside " + range);
  }
  return value;
}

core::Result<bool> argOnOff(const std::vector<std::string>& args, std::size_t index) {
  if (index >= args.size()) return core::fail("argument " + std::to_string(index + 1) + " is missing");
  const std::string& t = args[index];
  if (t == "on" || t == "true" || t == "1" || t == "yes") return true;
  if (t == "off" || t == "false" || t == "0" || t == "no") return false;
  return core::fail("\"" + t + "\" is not on or off");
}

}  // namespace spineview::app
