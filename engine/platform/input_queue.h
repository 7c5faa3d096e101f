// Input events in the order they happened, handed out a frame's worth at a time. Dear ImGui
// 1.86 reads only the state of the mouse and keys at the start of a frame, so a press and a
// release that both happen inside one frame (a quick click at CPU-Vulkan frame rates, a key
// tapped by xdotool) never reach it. This queue "trickles" them, as ImGui 1.87+ does itself:
// a frame takes events up to the second transition of the same button or key and leaves the
// rest for the next frame. Plain data, no GLFW: unit-tested on its own.
#pragma once

#include <cstdint>
#include <deque>
#include <vector>

namespace spineview::platform {

struct InputEvent {
  enum class Type : std::uint8_t { CursorPos, MouseButton, Scroll, Key, Char };
  Type type = Type::CursorPos;
  float x = 0.0f, y = 0.0f;  // CursorPos: window pixels; Scroll: offsets
  int code = 0;              // MouseButton: button; Key: key code
  bool down = false;         // MouseButton, Key
  int mods = 0;              // Key: modifier bits
  unsigned codepoint = 0;    // Char

  static InputEvent cursor(float x, float y) { return {Type::CursorPos, x, y}; }
  static InputEvent button(int button, bool down) { return {Type::MouseButton, 0, 0, button, down}; }
  static InputEvent scroll(float dx, float dy) { return {Type::Scroll, dx, dy}; }
  static InputEvent key(int key, bool down, int mods) { return {Type::Key, 0, 0, key, down, mods}; }
  static InputEvent text(unsigned codepoint) { return {Type::Char, 0, 0, 0, false, 0, codepoint}; }
};

class InputQueue {
 public:
  void push(const InputEvent& event) { pending_.push_back(event); }
  bool empty() const { return pending_.empty(); }
  std::size_t size() const { return pending_.size(); }

  // The events for one frame, in order. A frame stops before:
  //  - a second transition of a mouse button, or any button change after the cursor moved
  //    (the widget under the cursor must see the cursor there before the press);
  //  - a cursor move or wheel step after a button changed (the press lands where it happened);
  //  - a second transition of the same key, a key after text, or text after a key changed
//    (text fields see keys and characters in the order they were typed).
  // At least one event is taken when any is waiting, so the queue always drains.
  std::vector<InputEvent> takeFrame();

 private:
  std::deque<InputEvent> pending_;
};

}  // namespace spineview::platform
