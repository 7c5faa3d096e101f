#include "platform/input_queue.h"

#include <algorithm>

namespace spineview::platform {

std::vector<InputEvent> InputQueue::takeFrame() {
  std::vector<InputEvent> frame;
  std::vector<int> buttonsChanged, keysChanged;
  bool moved = false, wheeled = false, typed = false;
  auto contains = [](const std::vector<int>& list, int code) { return std::find(list.begin(), list.end(), code) != list.end(); };
  while (!pending_.empty()) {
    const InputEvent& e = pending_.front();
    bool stop = false;
    switch (e.type) {
      case InputEvent::Type::CursorPos: stop = !buttonsChanged.empty(); break;
      case InputEvent::Type::Scroll: stop = !buttonsChanged.empty(); break;
      case InputEvent::Type::MouseButton: stop = contains(buttonsChanged, e.code) || moved || wheeled; break;
      case InputEvent::Type::Key: stop = contains(keysChanged, e.code) || typed; break;
      case InputEvent::Type::Char: stop = !keysChanged.empty(); break;
    }
    if (stop && !frame.empty()) break;
    switch (e.type) {
      case InputEvent::Type::CursorPos: moved = true; break;
      case InputEvent::Type::Scroll: wheeled = true; break;
      case InputEvent::Type::MouseButton: buttonsChanged.push_back(e.code); break;
      case InputEvent::Type::Key: keysChanged.push_back(e.code); break;
      case InputEvent::Type::Char: typed = true; break;
    }
    frame.push_back(e);
    pending_.pop_front();
  }
  return frame;
}

}  // namespace spineview::platform
