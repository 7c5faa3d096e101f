// Motion programs (assets/motions/*.json): named sequences of phases (move, hold, return) with
// durations, smooth time curves, repetitions and plain-language instructions.
//
// Regional targets are given in PERCENT of the region's active range (signed like
// spine_motion.h: + = flexion / left / retraction; thoracic_extension + = extension), so a
// program means the same thing whatever the range data say. A clinician's thrust adds
// single-level angles (degrees) and joint distraction (mm).
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "anatomy/levels.h"
#include "biomech/spine_motion.h"
#include "core/result.h"

namespace spineview::biomech {

enum class RegionalAxis : int {
  HeadFlexion, HeadLateralBend, HeadRotation, ChinTuck,
  ThoracicExtension, ThoracicRotation, ThoracicSideBend, ScapularRetraction
};
inline constexpr int kRegionalAxisCount = 8;
// JSON keys: "head_flexion", "head_lateral_bend", "head_rotation", "chin_tuck",
// "thoracic_extension", "thoracic_rotation", "thoracic_side_bend", "scapular_retraction".
std::string_view regionalAxisKey(RegionalAxis a);

struct ProgramPose {
  std::array<double, kRegionalAxisCount> regionalPercent{};
  std::array<SegmentAngles, anatomy::kSegmentCount> segmentOffsetDeg{};
  std::array<double, anatomy::kSegmentCount> distractionMm{};
};

enum class PhaseKind : std::uint8_t { Move, Hold, Return };
enum class TimeCurve : std::uint8_t { MinimumJerk, Linear };
enum class MotionCategory : std::uint8_t { Exercise, Controlled, Forceful, Clinician };
std::string_view categoryName(MotionCategory c);  // "exercise", "controlled", "forceful", "clinician"

struct MotionPhase {
  PhaseKind kind = PhaseKind::Move;
  double durationS = 1.0;
  TimeCurve curve = TimeCurve::MinimumJerk;
  ProgramPose to;            // Move only; Hold keeps the pose, Return goes to neutral
  std::string instruction;   // shown while the phase runs
};

// A dose figure for home exercise: a value with where it comes from. The tag is V/S/U/D like
// every other figure, or "clinician_default": no source gives it, so the app offers a starting
// value that the clinician sets for each patient (the source text then says why).
struct SourcedDose {
  double value = 0.0;
  std::string source;
  std::string tag;
  bool clinicianDefault() const { return tag == "clinician_default"; }
};

// What a printed home-exercise handout needs beyond the on-screen dose (assets "dosage" of an
// exercise): sets, how often, rest, when to stop; and how to picture it.
struct HomeDosage {
  SourcedDose sets, timesPerDay, daysPerWeek, restS;
  std::string stopIf;  // plain words, completes "Stop if ..."
  std::string stopIfSource, stopIfTag;
};
struct HandoutFraming {
  std::string view;   // anterior, posterior, left, right, superior
  std::string frame;  // whole, head_and_neck, neck, junction, upper_back
  bool eachSide = false;  // repetitions are per side
};

struct MotionProgram {
  std::string id;            // file stem, e.g. "chin_tuck"
  std::string displayName;
  MotionCategory category = MotionCategory::Exercise;
  std::string description;   // plain language
  std::string worksOn;       // what it stretches or strengthens
  double holdS = 0.0;        // dosage shown in the UI
  int repetitions = 1;       // the phase list runs this many times
  std::string dosageSource;
  std::string dosageTag;
  std::vector<MotionPhase> phases;
  // Exercises only (category "exercise"): the handout's starting position, dose and framing.
  std::string startPosition;
  std::optional<HomeDosage> home;
  HandoutFraming handout;

  double cycleDurationS() const;
  double durationS() const { return cycleDurationS() * repetitions; }
};

// Errors name the file, the JSON pointer and the problem.
core::Result<MotionProgram> loadMotionProgram(const std::filesystem::path& file);
// Every *.json in `dir`, sorted by id. Fails on the first bad file.
core::Result<std::vector<MotionProgram>> loadMotionLibrary(const std::filesystem::path& dir);

// Minimum-jerk progress 10τ³ − 15τ⁴ + 6τ⁵ (or τ for Linear), τ clamped to [0, 1].
double curveProgress(TimeCurve curve, double tau);

}  // namespace spineview::biomech
