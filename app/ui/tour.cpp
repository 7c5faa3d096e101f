#include "ui/tour.h"

#include <algorithm>
#include <array>

#include <imgui.h>

namespace spineview::app::ui {
namespace {
struct Card {
  const char* title;
  const char* body;
};
// Written for someone who has never seen the app; plain words, one idea per card.
constexpr std::array<Card, 5> kCards{{
    {"What you are looking at",
     "This is a model of the neck and upper back, from the base of the skull down to the twelfth chest vertebra. "
     "Colours show how hard each joint, disc and artery is working while the head moves. It teaches; it does not "
     "diagnose."},
    {"Moving around",
     "Drag with the left mouse button to turn the model, drag with the right button to slide it, and use the wheel "
     "to zoom towards the pointer. Click a bone to read about it. The keys 1 to 5 and the View menu show the front, "
     "back, sides or top; the Layers tab shows or hides each tissue."},
    {"The motion library",
     "Pick a movement in the Motions tab, such as a chin tuck or a slow head turn, and press Space to play it. "
     "The timeline lets you slow it down or stop on any moment."},
    {"Forceful versus controlled",
     "Comparison mode plays a sudden self-twist next to a slow, controlled turn on the same clock, so you can see "
     "how much faster and further the forceful one pushes the joints and the arteries."},
    {"When to get help",
     "The 'When to seek help' button lists the warning signs that need a doctor or physiotherapist, and which "
     "ones need emergency care. Press F1 at any time to open it."},
}};
}  // namespace

int tourCardCount() { return static_cast<int>(kCards.size()); }

void drawTour(const Session& session, CommandQueue& commands) {
  const auto& panels = session.state().panels;
  if (!panels.tour) return;
  const int index = std::clamp(panels.tourCard, 0, tourCardCount() - 1);
  const Card& card = kCards[static_cast<std::size_t>(index)];
  const ImGuiIO& io = ImGui::GetIO();
  const float width = std::min(io.DisplaySize.x * 0.9f, 460.0f * io.FontGlobalScale);
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
  const std::string title = "Welcome (" + std::to_string(index + 1) + " of " + std::to_string(tourCardCount()) + ")###tour";
  ImGui::Begin(title.c_str(), nullptr, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings);
  ImGui::TextUnformatted(card.title);
  ImGui::Separator();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(card.body);
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (index > 0 && ImGui::Button("Back")) commands.push("tour", {"prev"});
  if (index > 0) ImGui::SameLine();
  if (ImGui::Button(index + 1 < tourCardCount() ? "Next" : "Start exploring")) commands.push("tour", {"next"});
  ImGui::SameLine();
  if (ImGui::Button("Skip the tour")) commands.push("tour", {"off"});
  ImGui::End();
}

}  // namespace spineview::app::ui
