#include "handout/handout_content.h"

#include <algorithm>
#include <charconv>

namespace spineview::app::handout {
namespace {

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

struct DoseKey {
  std::string_view name;
  std::optional<int> DosageOverride::*field;
  int lo, hi;
  std::string_view meaning;
};
constexpr DoseKey kDoseKeys[] = {
    {"sets", &DosageOverride::sets, 1, 10, "sets"},
    {"reps", &DosageOverride::repetitions, 1, 100, "repetitions"},
    {"hold", &DosageOverride::holdS, 0, 600, "seconds of hold"},
    {"rest", &DosageOverride::restS, 0, 600, "seconds of rest"},
    {"per_day", &DosageOverride::timesPerDay, 1, 24, "times a day"},
    {"days", &DosageOverride::daysPerWeek, 1, 7, "days a week"},
};

std::string plural(int n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// The time the first move reaches its target: the end-of-range picture.
double endOfFirstMoveS(const biomech::MotionProgram& p) {
  double t = 0.0;
  for (const auto& phase : p.phases) {
    t += phase.durationS;
    if (phase.kind == biomech::PhaseKind::Move) return t;
  }
  return t;
}

std::string exerciseList(const std::vector<biomech::MotionProgram>& library) {
  std::string out;
  for (const auto& p : library) {
    if (!p.home) continue;
    out += (out.empty() ? "" : ", ") + p.id;
  }
  return out;
}

}  // namespace

core::Result<DosageOverride> parseDosageOverride(std::string_view text) {
  const std::string bad = "usage: bad --dosage \"" + std::string(text) + "\": ";
  const auto colon = text.find(':');
  if (colon == std::string_view::npos || trimmed(text.substr(0, colon)).empty())
    return core::fail(bad + "expected ID:KEY=VALUE,..., for example chin_tuck:sets=2,reps=10");
  DosageOverride out;
  out.exerciseId = trimmed(text.substr(0, colon));
  std::string_view rest = text.substr(colon + 1);
  if (trimmed(rest).empty()) return core::fail(bad + "no KEY=VALUE after the colon (keys: sets, reps, hold, rest, per_day, days)");
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    const std::string item = trimmed(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    const auto eq = item.find('=');
    if (eq == std::string::npos) return core::fail(bad + "\"" + item + "\" is not KEY=VALUE");
    const std::string key = trimmed(std::string_view(item).substr(0, eq));
    const std::string value = trimmed(std::string_view(item).substr(eq + 1));
    const auto* k = std::find_if(std::begin(kDoseKeys), std::end(kDoseKeys), [&](const DoseKey& d) { return d.name == key; });
    if (k == std::end(kDoseKeys))
      return core::fail(bad + "unknown key \"" + key + "\" (keys: sets, reps, hold, rest, per_day, days)");
    int number = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (ec != std::errc{} || end != value.data() + value.size())
      return core::fail(bad + key + " must be a whole number, not \"" + value + "\"");
    if (number < k->lo || number > k->hi)
      return core::fail(bad + key + " must be " + std::to_string(k->lo) + " to " + std::to_string(k->hi) + " " +
                        std::string(k->meaning) + ", not " + value);
    out.*(k->field) = number;
  }
  return out;
}

std::vector<std::string> splitExerciseIds(const std::vector<std::string>& values) {
  std::vector<std::string> ids;
  for (const auto& v : values) {
    std::string_view rest = v;
    while (true) {
      const auto comma = rest.find(',');
      if (auto id = trimmed(rest.substr(0, comma)); !id.empty()) ids.push_back(id);
      if (comma == std::string_view::npos) break;
      rest = rest.substr(comma + 1);
    }
  }
  return ids;
}

Dosage dosageFor(const biomech::MotionProgram& exercise, const DosageOverride* change) {
  Dosage d;
  d.repetitions = exercise.repetitions;
  d.holdS = static_cast<int>(exercise.holdS + 0.5);
  d.eachSide = exercise.handout.eachSide;
  if (exercise.home) {
    d.sets = static_cast<int>(exercise.home->sets.value);
    d.restS = static_cast<int>(exercise.home->restS.value);
    d.timesPerDay = static_cast<int>(exercise.home->timesPerDay.value);
    d.daysPerWeek = static_cast<int>(exercise.home->daysPerWeek.value);
  }
  if (change) {
    d.sets = change->sets.value_or(d.sets);
    d.repetitions = change->repetitions.value_or(d.repetitions);
    d.holdS = change->holdS.value_or(d.holdS);
    d.restS = change->restS.value_or(d.restS);
    d.timesPerDay = change->timesPerDay.value_or(d.timesPerDay);
    d.daysPerWeek = change->daysPerWeek.value_or(d.daysPerWeek);
  }
  return d;
}

std::vector<std::string> dosageLines(const Dosage& d) {
  std::string first = plural(d.sets, "set", "sets") + " of " + std::to_string(d.repetitions) + (d.eachSide ? " each side" : "");
  if (d.holdS > 0) first += ". Hold each one for " + plural(d.holdS, "second", "seconds");
  first += ".";
  std::string second;
  if (d.sets > 1 && d.restS > 0) second = "Rest " + plural(d.restS, "second", "seconds") + " between sets. ";
  second += "Do this " + plural(d.timesPerDay, "time", "times") + " a day, " + plural(d.daysPerWeek, "day", "days") + " a week.";
  return {first, second};
}

core::Result<HandoutDocument> buildHandout(const HandoutRequest& request, const std::vector<biomech::MotionProgram>& library,
                                           const education::SeekHelpContent& help, std::string_view emergencyNumber) {
  if (request.exerciseIds.empty())
    return core::fail("usage: a handout needs at least one --exercise (exercises: " + exerciseList(library) + ")");
  if (request.exerciseIds.size() > static_cast<std::size_t>(kMaxExercises))
    return core::fail("usage: a handout takes at most " + std::to_string(kMaxExercises) + " exercises, not " +
                      std::to_string(request.exerciseIds.size()) + "; fewer exercises are more likely to be done");
  for (const auto& change : request.dosage) {
    if (std::find(request.exerciseIds.begin(), request.exerciseIds.end(), change.exerciseId) == request.exerciseIds.end())
      return core::fail("usage: --dosage names \"" + change.exerciseId + "\", which is not an --exercise of this handout");
  }
  HandoutDocument doc;
  doc.title = "Home exercises";
  doc.clinic = request.clinic;
  doc.patient = request.patient;
  doc.clinician = request.clinician;
  doc.date = request.date;
  doc.notes = request.notes;
  doc.paper = request.paper;
  for (const auto& id : request.exerciseIds) {
    const auto it = std::find_if(library.begin(), library.end(), [&](const auto& p) { return p.id == id; });
    if (it == library.end()) return core::fail("usage: no exercise called \"" + id + "\" (exercises: " + exerciseList(library) + ")");
    if (!it->home)
      return core::fail("usage: \"" + id + "\" is a " + std::string(biomech::categoryName(it->category)) +
                        " motion, not a home exercise (exercises: " + exerciseList(library) + ")");
    HandoutExercise e;
    e.id = it->id;
    e.name = it->displayName;
    e.steps.push_back(it->startPosition);
    for (const auto& phase : it->phases) e.steps.push_back(phase.instruction);
    // Every change for this exercise applies, in order: a later value of a key replaces an earlier one.
    DosageOverride change{id, {}, {}, {}, {}, {}, {}};
    for (const auto& c : request.dosage) {
      if (c.exerciseId != id) continue;
      for (const auto& key : kDoseKeys)
        if (c.*(key.field)) change.*(key.field) = c.*(key.field);
    }
    e.dosage = dosageFor(*it, &change);
    e.stopIf = it->home->stopIf;
    e.view = it->handout.view;
    e.frame = it->handout.frame;
    e.endS = endOfFirstMoveS(*it);
    doc.exercises.push_back(std::move(e));
  }
  doc.helpTitle = "When to get help";
  for (const auto& g : help.groups) {
    WarningGroup w;
    w.title = education::withNumber(g.title, emergencyNumber);
    w.advice = education::withNumber(g.advice, emergencyNumber);
    for (const auto& s : g.signs) w.signs.push_back(education::withNumber(s.sign, emergencyNumber));
    doc.warnings.push_back(std::move(w));
  }
  doc.notice = "For learning; not a diagnosis.";
  return doc;
}

std::string patientText(const HandoutDocument& doc) {
  std::string out = doc.title + ".\n";
  for (const auto& e : doc.exercises) {
    out += e.name + ".\n";
    for (const auto& s : e.steps) out += s + "\n";
    for (const auto& l : dosageLines(e.dosage)) out += l + "\n";
    out += "Stop if " + e.stopIf + "\n";
  }
  out += doc.helpTitle + ".\n";
  for (const auto& w : doc.warnings) {
    out += w.title + ".\n" + w.advice + "\n";
    for (const auto& s : w.signs) out += s + "\n";
  }
  out += doc.notice + "\n";
  return out;
}

}  // namespace spineview::app::handout
