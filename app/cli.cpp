#include "cli.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <iostream>

#include "core/log.h"
#include "gpu/vk_check.h"
#include "verbs/simulate.h"
#include "verbs/verbs.h"

namespace spineview::app {
namespace {
constexpr const char* kVersion = "spineview 0.1.0";

struct Options {
  GpuOptions gpu;
  bool validationFlag = false;
  bool verbose = false;
  std::string size = "1280x720";
  RenderRequest render;
  std::string renderSize = "1280x720";
  bool noUi = false;
  ViewerRequest viewer;
  bool simulateListFlag = false;
  std::string simulateMotion;
  double simulateRate = 100.0;
  std::string simulateCsv;
  std::vector<std::string> simulateCompare;
};
}  // namespace

int runCommandLine(int argc, char** argv) {
  CLI::App cli{"spineview: an interactive 3D model of the neck and upper back (C0-T12) that shows why gentle, "
               "controlled movement helps a stiff upper back and why forceful self-cracking is risky.\n"
               "For education only; it does not diagnose.",
               "spineview"};
  cli.set_version_flag("--version", kVersion);
  Options o;
  cli.add_option("--gpu", o.gpu.deviceName, "Use the Vulkan device whose name contains NAME (or set SPINEVIEW_GPU)");
  cli.add_flag("--validation", o.validationFlag, "Enable the Khronos validation layer (on by default in Debug builds)");
  cli.add_flag("-v,--verbose", o.verbose, "Print diagnostic messages");
  cli.add_option("--size", o.size, "Window size, WIDTHxHEIGHT")->capture_default_str();
  cli.add_option("--frames", o.viewer.maxFrames, "Close the window after N frames (for automated checks)")
      ->check(CLI::NonNegativeNumber);
  cli.footer("Without a verb, spineview opens the interactive viewer window.");

  auto* render = cli.add_subcommand("render", "Render a picture without a window and save it as PNG");
  render->add_option("--out,-o", o.render.out, "Output PNG file")->required();
  render->add_option("--size", o.renderSize, "Image size, WIDTHxHEIGHT")->capture_default_str();
  render->add_option("--view", o.render.view, "anterior, posterior, left, right or superior")->capture_default_str();
  render->add_flag("--no-ui", o.noUi, "Leave the interface overlay out of the picture");

  auto* devices = cli.add_subcommand("devices", "List the Vulkan devices the loader sees and the one spineview picks");

  auto* simulate = cli.add_subcommand("simulate", "Run a motion program without graphics: list, CSV time series, or a comparison");
  simulate->add_flag("--list", o.simulateListFlag, "List the motion programs");
  simulate->add_option("--motion", o.simulateMotion, "Program to run (see --list)");
  simulate->add_option("--rate", o.simulateRate, "Rows per second in the CSV")->check(CLI::Range(1.0, 10000.0))->capture_default_str();
  simulate->add_option("--csv", o.simulateCsv, "Write the time series to this CSV file");
  simulate->add_option("--compare", o.simulateCompare, "Compare two programs side by side")->expected(2);

  try {
    cli.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return cli.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return cli.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return cli.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "spineview: %s; see `spineview --help`\n", e.what());
    return kExitUsage;
  }

  if (o.verbose) core::setLogLevel(core::LogLevel::Info);
  o.gpu.validation = validationWanted(o.validationFlag);
  o.gpu.synchronizationValidation = o.gpu.validation;

  try {
    if (*devices) return runDevicesVerb(o.gpu);
    if (*simulate) {
      if (o.simulateListFlag) return simulateList(std::cout, std::cerr);
      if (o.simulateCompare.size() == 2) return simulateCompare(o.simulateCompare[0], o.simulateCompare[1], std::cout, std::cerr);
      if (!o.simulateMotion.empty() && !o.simulateCsv.empty())
        return simulateToCsv(o.simulateMotion, o.simulateRate, o.simulateCsv, std::cout, std::cerr);
      std::fprintf(stderr, "spineview: simulate needs --list, --compare A B, or --motion NAME --csv OUT.csv; see `spineview simulate --help`\n");
      return kExitUsage;
    }
    if (*render) {
      auto size = parseSize(o.renderSize);
      if (!size) {
        std::fprintf(stderr, "spineview: %s\n", size.message().c_str());
        return kExitUsage;
      }
      o.render.size = *size;
      o.render.showUi = !o.noUi;
      return runRenderVerb(o.gpu, o.render);
    }
    auto size = parseSize(o.size);
    if (!size) {
      std::fprintf(stderr, "spineview: %s\n", size.message().c_str());
      return kExitUsage;
    }
    o.viewer.size = *size;
    return runViewer(o.gpu, o.viewer);
  } catch (const gpu::VulkanError& e) {
    std::fprintf(stderr, "spineview: Vulkan error: %s\n", e.what());
    return kExitRuntime;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "spineview: %s\n", e.what());
    return kExitRuntime;
  }
}

}  // namespace spineview::app
