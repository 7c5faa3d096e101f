// `spineview handout`: checks the request, renders each exercise's start and end pictures with
// the app's own renderer (no interface, framed on the region the exercise works), and writes
// the PDF. The patient's name and notes are never logged, saved or cached: they pass from the
// command line into the document and the PDF only.
#include <cstdio>
#include <ctime>

#include "background_task.h"
#include "core/paths.h"
#include "education/education_library.h"
#include "frontend/headless_session.h"
#include "frontend/session_setup.h"
#include "handout/handout_pdf.h"
#include "settings/settings.h"
#include "verbs/verbs.h"

namespace spineview::app {
namespace {

int fail(int code, const std::string& message) {
  std::fprintf(stderr, "spineview: %s\n", message.c_str());
  return code;
}
int exitCodeFor(const std::string& message) { return message.rfind("usage: ", 0) == 0 ? kExitUsage : kExitRuntime; }
std::string withoutUsage(const std::string& message) { return message.rfind("usage: ", 0) == 0 ? message.substr(7) : message; }

std::string today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[64];
  std::strftime(text, sizeof text, "%d %B %Y", &local);
  return text[0] == '0' ? std::string(text + 1) : std::string(text);
}

// 3x the picture's size on paper (160 x 120 pt): 216 dots per inch.
constexpr VkExtent2D kPictureSize{480, 360};

}  // namespace

int runHandoutVerb(const GpuOptions& gpuOptions, const HandoutVerbRequest& request) {
  using namespace handout;
  HandoutRequest content;
  content.exerciseIds = splitExerciseIds(request.exercises);
  for (const auto& text : request.dosage) {
    auto change = parseDosageOverride(text);
    if (!change) return fail(kExitUsage, withoutUsage(change.message()));
    content.dosage.push_back(*change);
  }
  if (request.paper != "a4" && request.paper != "letter")
    return fail(kExitUsage, "--paper must be a4 or letter, not \"" + request.paper + "\"");
  content.paper = request.paper == "letter" ? Paper::Letter : Paper::A4;
  content.patient = request.patient;
  content.clinician = request.clinician;
  content.clinic = request.clinic;
  content.notes = request.notes;
  content.date = request.date.empty() ? today() : request.date;
  if (request.out.extension() != ".pdf") return fail(kExitUsage, "--out must name a .pdf file, not " + request.out.string());
  if (auto writable = checkWritable(request.out); !writable) return fail(kExitRuntime, writable.message());
  if (auto fonts = checkFonts(); !fonts) return fail(kExitRuntime, fonts.message());

  const auto& library = education::educationLibrary();
  if (!library.seekHelp) return fail(kExitRuntime, library.seekHelp.message());
  const auto motions = biomech::loadMotionLibrary(core::assetDir() / "motions");
  if (!motions) return fail(kExitRuntime, motions.message());
  // The number the help panel shows: the user's setting, else the locale's region.
  const auto settings = settings::loadSettings(settings::defaultSettingsFile());
  const std::string number = education::emergencyNumber(library.seekHelp->numbers, settings.settings.preferences.emergencyNumber,
                                                         education::userRegion());
  auto document = buildHandout(content, *motions, *library.seekHelp, number);
  if (!document) return fail(exitCodeFor(document.message()), withoutUsage(document.message()));

  BackgroundTask<core::Result<std::unique_ptr<GpuContext>>> pendingContext([&] { return GpuContext::create(gpuOptions, nullptr); });
  auto session = createSession(request.model, {"heatmaps off", "labels off"});
  auto context = pendingContext.get();
  if (!session) return fail(exitCodeFor(session.message()), withoutUsage(session.message()));
  if (!context) return fail(kExitRuntime, context.message());
  std::vector<ExercisePictures> pictures;
  {
    HeadlessSession headless(**context, **session, kPictureSize, false);
    for (const auto& e : document->exercises) {
      ExercisePictures pair;
      for (const auto& line : {"motion " + e.id, "view " + e.view + " instant", "frame " + e.frame + " instant"})
        if (auto done = (*session)->execute(line); !done) return fail(kExitRuntime, e.id + ": " + done.message());
      for (auto [time, image] : {std::pair{e.startS, &pair.start}, std::pair{e.endS, &pair.end}}) {
        if (auto done = (*session)->execute("seek " + std::to_string(time)); !done) return fail(kExitRuntime, done.message());
        *image = headless.renderFrame(0.0);
      }
      pictures.push_back(std::move(pair));
    }
  }
  context->reset();
  if (!reportValidation(gpuOptions.validation)) return kExitValidation;
  auto pages = writeHandoutPdf(*document, pictures, request.out, SPINEVIEW_VERSION);
  if (!pages) return fail(kExitRuntime, pages.message());
  std::printf("wrote %s (%d %s, %zu %s)\n", request.out.c_str(), *pages, *pages == 1 ? "page" : "pages",
              document->exercises.size(), document->exercises.size() == 1 ? "exercise" : "exercises");
  return kExitOk;
}

}  // namespace spineview::app
