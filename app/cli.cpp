#include "cli.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <filesystem>
#include <optional>
#include <iostream>

#include "core/log.h"
#include "gpu/vk_check.h"
#include "verbs/bench_verb.h"
#include "verbs/open_file.h"
#include "verbs/record_verb.h"
#include "verbs/simulate.h"
#include "verbs/verbs.h"

namespace spineview::app {
namespace {
constexpr const char* kVersion = "spineview " SPINEVIEW_VERSION;

struct Options {
  GpuOptions gpu;
  bool validationFlag = false;
  bool verbose = false;
  std::string size = "1280x720";
  RenderRequest render;
  std::string renderSize = "1280x720";
  std::string renderView = "left";
  std::string renderMotion;
  std::optional<double> renderTime;
  std::vector<std::string> renderCommands;
  std::string renderLayers, renderClip, renderIsolate;  // scene flags of `render`
  bool renderXray = false;
  bool noUi = false;
  ViewerRequest viewer;
  std::filesystem::path viewFile;
  bool simulateListFlag = false;
  std::string simulateMotion;
  double simulateRate = 100.0;
  std::string simulateCsv;
  std::vector<std::string> simulateCompare;
  std::string simulateReport;
};
}  // namespace

int runCommandLine(int argc, char** argv) {
  CLI::App cli{"spineview: an interactive 3D model of the neck and upper back (C0-T12) that shows why gentle, "
               "controlled movement helps a stiff upper back and why forceful self-cracking is risky.\n"
               "For education only; it does not diagnose.",
               "spineview"};
  cli.set_version_flag("--version", kVersion);
  cli.fallthrough();  // global options (--model, --gpu, ...) may also follow a verb
  Options o;
  cli.add_option("--gpu", o.gpu.deviceName, "Use the Vulkan device whose name contains NAME (or set SPINEVIEW_GPU)");
  cli.add_flag("--validation", o.validationFlag, "Enable the Khronos validation layer (on by default in Debug builds)");
  cli.add_flag("-v,--verbose", o.verbose, "Print diagnostic messages");
  cli.add_option("--size", o.size, "Window size, WIDTHxHEIGHT")->capture_default_str();
  cli.add_option("--frames", o.viewer.maxFrames, "Close the window after N frames (for automated checks)")
      ->check(CLI::NonNegativeNumber);
  std::filesystem::path modelFile, mappingFile;
  cli.add_option("--model", modelFile, "Show this model file (glTF/GLB, OBJ, STL, FBX, DAE, PLY) instead of the built-in spine");
  cli.add_option("--mapping", mappingFile, "Anatomy mapping (JSON) that lets the spine motion drive the model's bones");
  cli.add_option("--state-file", o.viewer.stateFile, "Write the viewer's state to FILE on SIGUSR1 (window tests)")
      ->group("");  // not for users: hidden from --help
  cli.add_option("--command,-c", o.viewer.commands, "Session command to run at start (repeatable), e.g. -c \"motion chin_tuck\"");
  cli.footer("Without a verb, spineview opens the interactive viewer window on the built-in spine.");

  auto* view = cli.add_subcommand("view", "Open a model file in the viewer window");
  view->add_option("file", o.viewFile, "glTF/GLB, OBJ, STL, FBX, DAE or PLY file")->required();

  // Desktop integration: the menu entry and double-clicked files run `open` (packaging/).
  std::string presentLesson;
  auto* present = cli.add_subcommand("present", "Open the viewer full screen in presenter mode on a lesson");
  present->add_option("lesson", presentLesson, "Lesson id (e.g. why_necks_crack) or lesson file (.spinelesson or .json)")
      ->required();
  std::filesystem::path openFile;
  auto* openVerb = cli.add_subcommand(
      "open", "Open a file by its type: a lesson starts presenter mode, a model opens in the viewer; without a file, "
              "the viewer (what the desktop menu entry runs)");
  openVerb->add_option("file", openFile, "A lesson (.spinelesson, .json) or a model (.gltf .glb .obj .stl .ply .fbx .dae)");

  auto* render = cli.add_subcommand("render", "Render a picture without a window and save it as PNG");
  render->add_option("--out,-o", o.render.out, "Output PNG file")->required();
  render->add_option("--size", o.renderSize, "Image size, WIDTHxHEIGHT")->capture_default_str();
  render->add_option("--view", o.renderView, "anterior, posterior, left, right or superior")->capture_default_str();
  render->add_option("--motion", o.renderMotion, "Show the spine during this motion (see `spineview simulate --list`)");
  render->add_option("--time", o.renderTime, "Seconds into the motion")->check(CLI::NonNegativeNumber);
  render->add_option("--command,-c", o.renderCommands, "Session command to run before the picture (repeatable)");
  render->add_flag("--no-ui", o.noUi, "Leave the interface overlay out of the picture");
  render->add_option("--layers", o.renderLayers, "Show only these layers, e.g. bones,arteries (all: every layer)");
  render->add_flag("--xray", o.renderXray, "See through bone: vessels and nerves stay solid");
  render->add_option("--clip", o.renderClip, "Cut the body open: sagittal, coronal or axial, optionally :OFFSET_MM");
  render->add_option("--isolate", o.renderIsolate, "Show one level (e.g. C5) and dim the rest");

  ExportRequest exportRequest;
  std::string exportDetail = "default";
  auto* exportModel = cli.add_subcommand("export-model", "Write the built-in spine as a glTF 2.0 binary file (.glb)");
  exportModel->add_option("out", exportRequest.out, "Output .glb file")->required();
  exportModel->add_option("--detail", exportDetail, "default or low")->check(CLI::IsMember({"default", "low"}))->capture_default_str();
  ExportMotionRequest exportMotionRequest;
  std::string exportMotionDetail = "default";
  auto* exportMotion = cli.add_subcommand("export-motion", "Write the built-in spine with one motion as a glTF animation (.glb)");
  exportMotion->add_option("motion", exportMotionRequest.motion, "Motion id, e.g. chin_tuck (see `simulate --list`)")->required();
  exportMotion->add_option("--out,-o", exportMotionRequest.out, "Output .glb file")->required();
  exportMotion->add_option("--detail", exportMotionDetail, "default or low")->check(CLI::IsMember({"default", "low"}))->capture_default_str();

  // The home-exercise handout (docs/handout.md).
  HandoutVerbRequest handoutRequest;
  auto* handoutCmd = cli.add_subcommand("handout", "Write a printable home-exercise handout (PDF) for a patient");
  handoutCmd->add_option("--exercise,-e", handoutRequest.exercises, "Exercise id, repeatable or a comma list (up to 8), e.g. chin_tuck,neck_side_bend")
      ->required();
  handoutCmd->add_option("--dosage", handoutRequest.dosage,
                         "Change a dose: ID:sets=2,reps=10,hold=5,rest=30,per_day=3,days=5 (any of the keys; repeatable)");
  handoutCmd->add_option("--patient", handoutRequest.patient, "Patient's name (printed on the handout only; never saved)");
  handoutCmd->add_option("--clinician", handoutRequest.clinician, "Clinician's name");
  handoutCmd->add_option("--clinic", handoutRequest.clinic, "Clinic name");
  handoutCmd->add_option("--notes", handoutRequest.notes, "Notes for the patient (printed on the handout only; never saved)");
  handoutCmd->add_option("--date", handoutRequest.date, "Date as printed (default: today)");
  handoutCmd->add_option("--paper", handoutRequest.paper, "a4 or letter")->capture_default_str();
  handoutCmd->add_option("--out,-o", handoutRequest.out, "Output PDF file")->required();

  // bench, --skinning and --msaa; see docs/performance.md.
  BenchRequest benchRequest;
  std::string benchSize = "1280x720", skinning = "auto", antiAliasing = "auto";
  cli.add_option("--skinning", skinning, "Where to skin the mesh: cpu, gpu or auto (CPU on CPU Vulkan devices)")
      ->check(CLI::IsMember({"auto", "cpu", "gpu"}))->capture_default_str();
  cli.add_option("--msaa", o.gpu.msaaSamples,
                 "Anti-aliasing samples per pixel: 1, 2, 4 or 8 (fewer is faster on CPU Vulkan; the device's limit applies)")
      ->check(CLI::IsMember({1, 2, 4, 8}))->capture_default_str();
  cli.add_option("--aa", antiAliasing,
                 "Edge smoothing: msaa (multisampling), post (FXAA on one sample; fast on CPU Vulkan), off, or auto "
                 "(post on CPU Vulkan devices, msaa elsewhere; --msaa alone means msaa)")
      ->check(CLI::IsMember({"auto", "msaa", "post", "off"}))->capture_default_str();
  auto* bench = cli.add_subcommand("bench", "Measure frame times headless: Low/Default detail, CPU/GPU skinning, bare-draw bound");
  bench->add_option("--frames", benchRequest.frames, "Frames per run")->check(CLI::Range(1, 100000))->capture_default_str();
  bench->add_option("--size", benchSize, "Image size, WIDTHxHEIGHT")->capture_default_str();
  bench->add_flag("--json", benchRequest.json, "Print the results as JSON");
  bench->add_option("--motion", benchRequest.motion, "Motion program that poses the spine")->capture_default_str();

  auto* devices = cli.add_subcommand("devices", "List the Vulkan devices the loader sees and the one spineview picks");

  auto* simulate = cli.add_subcommand("simulate", "Run a motion program without graphics: list, CSV time series, or a comparison");
  simulate->add_flag("--list", o.simulateListFlag, "List the motion programs");
  simulate->add_option("--motion", o.simulateMotion, "Program to run (see --list)");
  simulate->add_option("--rate", o.simulateRate, "Rows per second in the CSV")->check(CLI::Range(1.0, 10000.0))->capture_default_str();
  simulate->add_option("--csv", o.simulateCsv, "Write the time series to this CSV file");
  simulate->add_option("--compare", o.simulateCompare, "Compare two programs side by side")->expected(2);
  simulate->add_option("--validation-report", o.simulateReport, "Write the model-versus-literature tables (docs/model-validation.md)");

  // Video export and scripted sessions.
  RecordRequest record;
  std::string recordSize = "1280x720";
  std::filesystem::path scriptFile;
  cli.add_option("--script", scriptFile, "Run a session script without a window (tests, demos); see tests/scripts");
  auto* recordCmd = cli.add_subcommand("record", "Export a motion or a lesson as PNG frames, or MP4 when ffmpeg is installed");
  recordCmd->add_option("--motion", record.motion, "Motion to record (see `spineview simulate --list`)");
  recordCmd->add_option("--lesson", record.lesson, "Lesson to record, step by step (id or file)");
  recordCmd->add_option("--out,-o", record.out, "Folder for PNG frames, or FILE.mp4")->required();
  recordCmd->add_option("--fps", record.fps, "Frames per second")->check(CLI::Range(1.0, 120.0))->capture_default_str();
  recordCmd->add_option("--size", recordSize, "Frame size, WIDTHxHEIGHT")->capture_default_str();
  recordCmd->add_option("--command,-c", record.commands, "Session command to run before recording (repeatable)");
  recordCmd->add_flag("--no-ui", [&](std::int64_t) { record.showUi = false; }, "Leave the interface out of the frames");
  recordCmd->add_option("--from", record.fromS, "Start the video this many seconds into the recording")->check(CLI::NonNegativeNumber);
  recordCmd->add_option("--to", record.toS, "End the video this many seconds into the recording")->check(CLI::NonNegativeNumber);

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
    o.gpu.skinning = render::parseSkinningMode(skinning).value_or(render::SkinningMode::Auto);
    o.gpu.antiAliasing = render::parseAntiAliasing(antiAliasing).value_or(render::AntiAliasing::Auto);
    // A sample count asked for without --aa is a request for multisampling.
    if (o.gpu.antiAliasing == render::AntiAliasing::Auto && cli.count("--msaa") > 0) o.gpu.antiAliasing = render::AntiAliasing::Msaa;
    if (*bench) {
      auto size = parseSize(benchSize);
      if (!size) {
        std::fprintf(stderr, "spineview: %s\n", size.message().c_str());
        return kExitUsage;
      }
      benchRequest.size = *size;
      return runBenchVerb(o.gpu, benchRequest);
    }
    if (*handoutCmd) {
      if (!modelFile.empty()) handoutRequest.model.file = modelFile;
      if (!mappingFile.empty()) handoutRequest.model.mapping = mappingFile;
      return runHandoutVerb(o.gpu, handoutRequest);
    }
    if (*exportModel) {
      exportRequest.lowDetail = exportDetail == "low";
      return runExportModelVerb(exportRequest);
    }
    if (*exportMotion) {
      exportMotionRequest.lowDetail = exportMotionDetail == "low";
      return runExportMotionVerb(exportMotionRequest);
    }
    if (*simulate) {
      if (o.simulateListFlag) return simulateList(std::cout, std::cerr);
      if (o.simulateCompare.size() == 2) return simulateCompare(o.simulateCompare[0], o.simulateCompare[1], std::cout, std::cerr);
      if (!o.simulateReport.empty()) return simulateValidationReport(o.simulateReport, std::cout, std::cerr);
      if (!o.simulateMotion.empty() && !o.simulateCsv.empty())
        return simulateToCsv(o.simulateMotion, o.simulateRate, o.simulateCsv, std::cout, std::cerr);
      std::fprintf(stderr, "spineview: simulate needs --list, --compare A B, --validation-report FILE, or --motion NAME --csv OUT.csv; see `spineview simulate --help`\n");
      return kExitUsage;
    }
    if (*recordCmd || !scriptFile.empty()) {
      auto size = parseSize(*recordCmd ? recordSize : (cli.count("--size") ? o.size : "640x400"));
      if (!size) return std::fprintf(stderr, "spineview: %s\n", size.message().c_str()), kExitUsage;
      ModelRequest model;
      if (!modelFile.empty()) model.file = modelFile;
      if (!mappingFile.empty()) model.mapping = mappingFile;
      if (!scriptFile.empty()) return runScriptVerb(o.gpu, ScriptRequest{scriptFile, *size, model});
      record.size = *size;
      record.model = model;
      return runRecordVerb(o.gpu, record);
    }
    if (*render) {
      auto size = parseSize(o.renderSize);
      if (!size) {
        std::fprintf(stderr, "spineview: %s\n", size.message().c_str());
        return kExitUsage;
      }
      o.render.size = *size;
      o.render.showUi = !o.noUi;
      if (!modelFile.empty()) o.render.model.file = modelFile;
      if (!mappingFile.empty()) o.render.model.mapping = mappingFile;
      o.render.commands.push_back("view " + o.renderView);
      if (!o.renderMotion.empty()) o.render.commands.push_back("motion " + o.renderMotion);
      if (o.renderTime) o.render.commands.push_back("seek " + std::to_string(*o.renderTime));
      if (!o.renderLayers.empty()) o.render.commands.push_back("layers " + o.renderLayers);
      if (o.renderXray) o.render.commands.push_back("xray on");
      if (!o.renderClip.empty()) {
        const auto colon = o.renderClip.find(':');
        o.render.commands.push_back("clip " + (colon == std::string::npos ? o.renderClip
                                                : o.renderClip.substr(0, colon) + " " + o.renderClip.substr(colon + 1)));
      }
      if (!o.renderIsolate.empty()) o.render.commands.push_back("isolate " + o.renderIsolate);
      for (auto& c : o.renderCommands) o.render.commands.push_back(c);
      return runRenderVerb(o.gpu, o.render);
    }
    auto size = parseSize(o.size);
    if (!size) {
      std::fprintf(stderr, "spineview: %s\n", size.message().c_str());
      return kExitUsage;
    }
    o.viewer.size = *size;
    if (*present) {
      auto command = presentLessonCommand(presentLesson);
      if (!command) return std::fprintf(stderr, "spineview: %s\n", command.message().c_str()), kExitUsage;
      o.viewer.commands.insert(o.viewer.commands.begin(), *command);
    }
    if (*openVerb) {
      o.viewer.keepOpenOnError = true;
      if (!openFile.empty())
        if (auto added = addFileToOpen(openFile, o.viewer); !added) o.viewer.startupNotices.push_back(added.message());
    }
    if (*view) o.viewer.model.file = o.viewFile;
    else if (!modelFile.empty()) o.viewer.model.file = modelFile;
    if (!mappingFile.empty()) o.viewer.model.mapping = mappingFile;
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
