#include "biomech/motion_program.h"

#include <algorithm>
#include <system_error>

#include <nlohmann/json.hpp>

#include "core/json_file.h"

namespace spineview::biomech {

namespace {

constexpr std::array<std::string_view, kRegionalAxisCount> kKeys = {
    "head_flexion", "head_lateral_bend", "head_rotation", "chin_tuck",
    "thoracic_extension", "thoracic_rotation", "thoracic_side_bend", "scapular_retraction"};

// Percent of active range a program may ask for: up to the passive margin and a little beyond
// (the solver's hard stops still apply).
constexpr double kMaxPercent = 130.0;

MotionCategory parseCategory(const nlohmann::json& doc) {
  const std::string c = core::requireString(doc, "category", "");
  for (auto cat : {MotionCategory::Exercise, MotionCategory::Controlled, MotionCategory::Forceful, MotionCategory::Clinician}) {
    if (c == categoryName(cat)) return cat;
  }
  throw core::JsonFieldError{"/category", "expected \"exercise\", \"controlled\", \"forceful\" or \"clinician\" (got \"" + c + "\")"};
}

ProgramPose parseTarget(const nlohmann::json& to, const std::string& pointer) {
  if (!to.is_object()) throw core::JsonFieldError{pointer, "expected an object of targets"};
  ProgramPose pose;
  for (const auto& [key, value] : to.items()) {
    if (key == "segments") continue;
    const auto it = std::find(kKeys.begin(), kKeys.end(), key);
    if (it == kKeys.end()) {
      throw core::JsonFieldError{pointer + "/" + key, "unknown target (expected head_flexion, head_lateral_bend, "
                                                      "head_rotation, chin_tuck, thoracic_extension, thoracic_rotation, "
                                                      "thoracic_side_bend, scapular_retraction or segments)"};
    }
    pose.regionalPercent[it - kKeys.begin()] = core::requireNumberIn(to, key, pointer, -kMaxPercent, kMaxPercent);
  }
  if (to.contains("segments")) {
    const auto& segs = core::requireArray(to, "segments", pointer);
    for (std::size_t i = 0; i < segs.size(); ++i) {
      const std::string p = pointer + "/segments/" + std::to_string(i);
      const std::string name = core::requireString(segs[i], "segment", p);
      const auto s = anatomy::parseSegment(name);
      if (!s) throw core::JsonFieldError{p + "/segment", "\"" + name + "\" is not a segment name such as C1–C2"};
      auto& off = pose.segmentOffsetDeg[*s];
      if (segs[i].contains("flexion")) off.flexion = core::requireNumberIn(segs[i], "flexion", p, -10, 10);
      if (segs[i].contains("lateral_bend")) off.lateralBend = core::requireNumberIn(segs[i], "lateral_bend", p, -10, 10);
      if (segs[i].contains("axial_rotation")) off.axialRotation = core::requireNumberIn(segs[i], "axial_rotation", p, -10, 10);
      if (segs[i].contains("distraction_mm")) pose.distractionMm[*s] = core::requireNumberIn(segs[i], "distraction_mm", p, 0, 1.5);
    }
  }
  return pose;
}

MotionPhase parsePhase(const nlohmann::json& ph, const std::string& pointer) {
  MotionPhase phase;
  const std::string type = core::requireString(ph, "type", pointer);
  if (type == "move") phase.kind = PhaseKind::Move;
  else if (type == "hold") phase.kind = PhaseKind::Hold;
  else if (type == "return") phase.kind = PhaseKind::Return;
  else throw core::JsonFieldError{pointer + "/type", "expected \"move\", \"hold\" or \"return\" (got \"" + type + "\")"};
  phase.durationS = core::requireNumberIn(ph, "duration_s", pointer, 0.001, 600.0);
  if (ph.contains("curve")) {
    const std::string curve = core::requireString(ph, "curve", pointer);
    if (curve == "minimum_jerk") phase.curve = TimeCurve::MinimumJerk;
    else if (curve == "linear") phase.curve = TimeCurve::Linear;
    else throw core::JsonFieldError{pointer + "/curve", "expected \"minimum_jerk\" or \"linear\""};
  }
  if (phase.kind == PhaseKind::Move) {
    if (!ph.contains("to")) throw core::JsonFieldError{pointer, "a move phase needs a \"to\" object"};
    phase.to = parseTarget(ph.at("to"), pointer + "/to");
  } else if (ph.contains("to")) {
    throw core::JsonFieldError{pointer + "/to", "only a move phase has a target"};
  }
  phase.instruction = core::requireString(ph, "instruction", pointer);
  return phase;
}

SourcedDose parseDose(const nlohmann::json& dose, const std::string& key, double lo, double hi) {
  const std::string pointer = "/dosage/" + key;
  const auto& d = core::requireObject(dose, key, "/dosage");
  SourcedDose out;
  out.value = core::requireNumberIn(d, "value", pointer, lo, hi);
  if (out.value != static_cast<double>(static_cast<long long>(out.value)))
    throw core::JsonFieldError{pointer + "/value", "expected a whole number"};
  out.source = core::requireString(d, "source", pointer);
  out.tag = core::requireString(d, "tag", pointer);
  if (out.tag != "V" && out.tag != "S" && out.tag != "U" && out.tag != "D" && out.tag != "clinician_default")
    throw core::JsonFieldError{pointer + "/tag", "expected one of V, S, U, D or clinician_default"};
  if (out.source.empty()) throw core::JsonFieldError{pointer + "/source", "say where the value comes from, or why it is a clinician default"};
  return out;
}

// The home-exercise part of an exercise: every dose figure with its source, "stop if", the
// starting position and the handout's picture framing.
void parseHomeExercise(const nlohmann::json& j, MotionProgram& m) {
  const auto& dose = j.at("dosage");
  HomeDosage home;
  home.sets = parseDose(dose, "sets", 1, 10);
  home.timesPerDay = parseDose(dose, "times_per_day", 1, 24);
  home.daysPerWeek = parseDose(dose, "days_per_week", 1, 7);
  home.restS = parseDose(dose, "rest_s", 0, 600);
  const auto& stop = core::requireObject(dose, "stop_if", "/dosage");
  home.stopIf = core::requireString(stop, "text", "/dosage/stop_if");
  home.stopIfSource = core::requireString(stop, "source", "/dosage/stop_if");
  home.stopIfTag = core::requireString(stop, "tag", "/dosage/stop_if");
  m.home = std::move(home);
  m.startPosition = core::requireString(j, "start_position", "");
  const auto& h = core::requireObject(j, "handout", "");
  m.handout.view = core::requireString(h, "view", "/handout");
  static constexpr std::array<std::string_view, 5> kViews = {"anterior", "posterior", "left", "right", "superior"};
  if (std::find(kViews.begin(), kViews.end(), m.handout.view) == kViews.end())
    throw core::JsonFieldError{"/handout/view", "expected anterior, posterior, left, right or superior"};
  m.handout.frame = core::requireString(h, "frame", "/handout");
  static constexpr std::array<std::string_view, 5> kFrames = {"whole", "head_and_neck", "neck", "junction", "upper_back"};
  if (std::find(kFrames.begin(), kFrames.end(), m.handout.frame) == kFrames.end())
    throw core::JsonFieldError{"/handout/frame", "expected whole, head_and_neck, neck, junction or upper_back"};
  if (h.contains("each_side")) {
    if (!h.at("each_side").is_boolean()) throw core::JsonFieldError{"/handout/each_side", "expected true or false"};
    m.handout.eachSide = h.at("each_side").get<bool>();
  }
}

}  // namespace

std::string_view regionalAxisKey(RegionalAxis a) { return kKeys[static_cast<int>(a)]; }

std::string_view categoryName(MotionCategory c) {
  switch (c) {
    case MotionCategory::Exercise: return "exercise";
    case MotionCategory::Controlled: return "controlled";
    case MotionCategory::Forceful: return "forceful";
    case MotionCategory::Clinician: return "clinician";
  }
  return "?";
}

double MotionProgram::cycleDurationS() const {
  double t = 0.0;
  for (const auto& p : phases) t += p.durationS;
  return t;
}

double curveProgress(TimeCurve curve, double tau) {
  const double t = std::clamp(tau, 0.0, 1.0);
  if (curve == TimeCurve::Linear) return t;
  return t * t * t * (10.0 + t * (-15.0 + 6.0 * t));
}

core::Result<MotionProgram> loadMotionProgram(const std::filesystem::path& file) {
  auto doc = core::loadJsonFile(file);
  if (!doc) return doc.error();
  return core::withJsonErrors<MotionProgram>(file, [&]() -> core::Result<MotionProgram> {
    const auto& j = *doc;
    if (!j.is_object()) throw core::JsonFieldError{"", "expected a JSON object"};
    MotionProgram m;
    m.id = core::requireString(j, "id", "");
    if (m.id != file.stem().string()) {
      throw core::JsonFieldError{"/id", "\"" + m.id + "\" must match the file name \"" + file.stem().string() + "\""};
    }
    m.displayName = core::requireString(j, "name", "");
    m.category = parseCategory(j);
    m.description = core::requireString(j, "description", "");
    m.worksOn = core::requireString(j, "works_on", "");
    const auto& dose = core::requireObject(j, "dosage", "");
    m.holdS = core::requireNumberIn(dose, "hold_s", "/dosage", 0.0, 600.0);
    m.repetitions = static_cast<int>(core::requireNumberIn(dose, "repetitions", "/dosage", 1, 100));
    if (dose.at("repetitions").get<double>() != m.repetitions) {
      throw core::JsonFieldError{"/dosage/repetitions", "expected a whole number"};
    }
    m.dosageSource = core::requireString(dose, "source", "/dosage");
    m.dosageTag = core::requireString(dose, "tag", "/dosage");
    if (m.dosageTag != "V" && m.dosageTag != "S" && m.dosageTag != "U" && m.dosageTag != "D") {
      throw core::JsonFieldError{"/dosage/tag", "expected one of V, S, U, D"};
    }
    const auto& phases = core::requireArray(j, "phases", "");
    if (phases.empty()) throw core::JsonFieldError{"/phases", "a program needs at least one phase"};
    for (std::size_t i = 0; i < phases.size(); ++i) m.phases.push_back(parsePhase(phases[i], "/phases/" + std::to_string(i)));
    if (m.category == MotionCategory::Exercise) parseHomeExercise(j, m);
    return m;
  });
}

core::Result<std::vector<MotionProgram>> loadMotionLibrary(const std::filesystem::path& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".json") files.push_back(it->path());
  }
  if (ec) return core::fail(dir.string() + ": cannot list motion programs (" + ec.message() + ")");
  if (files.empty()) return core::fail(dir.string() + ": no motion programs (*.json) found; check the assets folder");
  std::sort(files.begin(), files.end());
  std::vector<MotionProgram> programs;
  for (const auto& f : files) {
    auto p = loadMotionProgram(f);
    if (!p) return p.error();
    programs.push_back(std::move(p).value());
  }
  return programs;
}

}  // namespace spineview::biomech
