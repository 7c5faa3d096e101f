#include "render/imgui_layer.h"

#include <imgui.h>
#include <backends/imgui_impl_vulkan.h>

#include <array>

#include "core/log.h"
#include "gpu/device.h"
#include "gpu/render_passes.h"
#include "gpu/vk_check.h"

namespace spineview::render {
namespace {
void checkImGuiVk(VkResult result) {
  // Called from inside the backend; throwing through it is unsafe, so log and count.
  if (result != VK_SUCCESS) core::logError(std::string("ImGui Vulkan backend: ") + gpu::resultName(result));
}

ImFont* loadFont(float pixels) {
  ImGuiIO& io = ImGui::GetIO();
  // A readable system font (Debian's fonts-dejavu-core); ImGui's built-in font otherwise.
  for (const char* path : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                           "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"}) {
    if (std::filesystem::exists(path)) {
      static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2010, 0x2027, 0x2190, 0x21FF, 0x2264, 0x2265, 0x25A0, 0x25FF, 0};
      if (ImFont* f = io.Fonts->AddFontFromFileTTF(path, pixels, nullptr, ranges)) return f;
    }
  }
  ImFontConfig config;
  config.SizePixels = pixels;
  return io.Fonts->AddFontDefault(&config);
}
}  // namespace

ImGuiLayer::ImGuiLayer(const gpu::Device& device, const gpu::RenderPasses& passes, float uiScale,
                       const std::filesystem::path& iniPath)
    : iniPath_(iniPath.string()) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = iniPath_.empty() ? nullptr : iniPath_.c_str();
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui::StyleColorsDark();
  ImGui::GetStyle().ScaleAllSizes(uiScale);
  fonts_.regular = loadFont(16.0f * uiScale);
  fonts_.large = loadFont(30.0f * uiScale);

  const std::array<VkDescriptorPoolSize, 1> sizes{{{VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, 16}}};
  pool_ = gpu::DescriptorPool(device, sizes, 16, VK_DESCRIPTOR_POOL_CREATE_FREE_DESCRIPTOR_SET_BIT);

  ImGui_ImplVulkan_InitInfo info{};
  info.Instance = device.instance();
  info.PhysicalDevice = device.physical();
  info.Device = device.handle();
  info.QueueFamily = device.queueFamily();
  info.Queue = device.queue();
  info.DescriptorPool = pool_.handle();
  info.PipelineCache = device.pipelineCache();
  info.Subpass = 0;
  info.MinImageCount = 2;
  info.ImageCount = 3;  // ≥ frames in flight + 1: the backend rotates its vertex buffers by this count
  info.MSAASamples = VK_SAMPLE_COUNT_1_BIT;
  info.CheckVkResultFn = checkImGuiVk;
  if (!ImGui_ImplVulkan_Init(&info, passes.ui())) {
    ImGui::DestroyContext();
    throw gpu::VulkanError(VK_ERROR_INITIALIZATION_FAILED, "Dear ImGui's Vulkan backend failed to start");
  }
  device.submitAndWait([](VkCommandBuffer cmd) { ImGui_ImplVulkan_CreateFontsTexture(cmd); });
  ImGui_ImplVulkan_DestroyFontUploadObjects();
}

ImGuiLayer::~ImGuiLayer() {
  ImGui_ImplVulkan_Shutdown();
  ImGui::DestroyContext();
}

void ImGuiLayer::newHeadlessFrame(VkExtent2D size, float deltaSeconds) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(size.width), static_cast<float>(size.height));
  io.DeltaTime = deltaSeconds > 0.0f ? deltaSeconds : 1.0f / 60.0f;
  // Keyboard navigation needs a key map; without a platform backend give it a trivial one
  // (scripted sessions feed key indices directly).
  if (io.KeyMap[ImGuiKey_Space] == -1)
    for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k;
  newFrame();
}

void ImGuiLayer::newFrame() {
  ImGui_ImplVulkan_NewFrame();
  ImGui::NewFrame();
}

void ImGuiLayer::render(VkCommandBuffer cmd) {
  ImGui::Render();
  ImDrawData* data = ImGui::GetDrawData();
  if (data && data->CmdListsCount > 0) ImGui_ImplVulkan_RenderDrawData(data, cmd);
}

}  // namespace spineview::render
