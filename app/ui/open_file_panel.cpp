#include "ui/open_file_panel.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <imgui.h>

namespace spineview::app::ui {

namespace {
namespace fs = std::filesystem;

bool isModelFile(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  static const std::array<const char*, 7> kExtensions{".gltf", ".glb", ".obj", ".stl", ".fbx", ".dae", ".ply"};
  return std::any_of(kExtensions.begin(), kExtensions.end(), [&](const char* e) { return ext == e; });
}

// The browser's own view state (which folder, what is typed): UI-local, not app state.
struct BrowserState {
  fs::path folder = fs::current_path();
  std::array<char, 1024> file{};
  std::array<char, 1024> mapping{};
};

BrowserState& browser() {
  static BrowserState state;
  return state;
}

void copyInto(std::array<char, 1024>& buffer, const std::string& text) {
  std::strncpy(buffer.data(), text.c_str(), buffer.size() - 1);
  buffer.back() = '\0';
}
}  // namespace

void drawOpenFilePanel(const Session& session, CommandQueue& commands) {
  if (!session.state().panels.openFile) return;
  BrowserState& b = browser();
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(640.0f, display.x * 0.8f), std::min(460.0f, display.y * 0.8f)), ImGuiCond_Appearing);
  bool open = true;
  if (ImGui::Begin("Open a model", &open, ImGuiWindowFlags_NoCollapse)) {
    ImGui::TextWrapped("glTF/GLB, OBJ, STL, FBX, DAE or PLY. Files are checked before anything is shown; "
                       "a file that is refused leaves the current model on screen. You can also drop a file onto the window.");
    ImGui::Separator();
    ImGui::TextUnformatted(b.folder.string().c_str());
    if (ImGui::SmallButton("Up one folder") && b.folder.has_parent_path()) b.folder = b.folder.parent_path();
    ImGui::BeginChild("##entries", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 3.2f), true);
    std::error_code ec;
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(b.folder, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
         it.increment(ec)) {
      const auto& e = *it;
      if (e.path().filename().string().starts_with(".")) continue;
      if (e.is_directory(ec) || isModelFile(e.path()) || e.path().extension() == ".json") entries.push_back(e);
      if (entries.size() > 2000) break;  // a huge folder: enough to choose from
    }
    std::sort(entries.begin(), entries.end(), [](const auto& x, const auto& y) {
      if (x.is_directory() != y.is_directory()) return x.is_directory();
      return x.path().filename() < y.path().filename();
    });
    if (ec) ImGui::TextDisabled("This folder cannot be read.");
    for (const auto& e : entries) {
      const std::string name = e.path().filename().string();
      if (e.is_directory()) {
        if (ImGui::Selectable((name + "/").c_str())) b.folder = e.path();
      } else if (e.path().extension() == ".json") {
        if (ImGui::Selectable((name + "  (mapping)").c_str())) copyInto(b.mapping, e.path().string());
      } else if (ImGui::Selectable(name.c_str(), b.file.data() == e.path().string())) {
        copyInto(b.file, e.path().string());
      }
    }
    ImGui::EndChild();
    ImGui::InputText("Model file", b.file.data(), b.file.size());
    ImGui::InputText("Mapping (optional)", b.mapping.data(), b.mapping.size());
    const bool haveFile = b.file[0] != '\0';
    if (!haveFile) ImGui::BeginDisabled();
    if (ImGui::Button("Open")) {
      std::vector<std::string> args{b.file.data()};
      if (b.mapping[0] != '\0') args.emplace_back(b.mapping.data());
      commands.push("open", args);
      commands.push("panel", {"open", "off"});
    }
    if (!haveFile) ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Show the built-in spine")) {
      commands.push("open-builtin");
      commands.push("panel", {"open", "off"});
    }
  }
  ImGui::End();
  if (!open) commands.push("panel", {"open", "off"});
}

}  // namespace spineview::app::ui
