// `spineview simulate`: run motion programs headless and print or save what the model computes.
// Pure C++ (no window, no GPU); the CLI11 wiring lives in app/cli.cpp.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>

namespace spineview::app {

// Lists the motion programs (id, category, name, duration, dosage). 0 ok, 1 error.
int simulateList(std::ostream& out, std::ostream& err);

// Runs `motion` (a program id, see simulateList) and writes one CSV row per 1/rateHz seconds:
// time, phase, head angular speed, per-level angles / range use / zone, facet gaps, artery
// strains per segment, foraminal area change and the pops since the previous row.
int simulateToCsv(const std::string& motion, double rateHz, const std::filesystem::path& csvOut,
                  std::ostream& out, std::ostream& err);

// Runs two programs and prints a side-by-side summary: peak head speed, worst zone and where,
// time beyond the end range, peak strain per artery segment, pops.
int simulateCompare(const std::string& a, const std::string& b, std::ostream& out, std::ostream& err);

// Writes docs/model-validation.md: each direction at 60, 85 and 100 % of the active range
// and every program, the model's artery strain, strain rate, nerve-exit change and pops next
// to the published figures of assets/biomech/validation.json.
int simulateValidationReport(const std::filesystem::path& markdownOut, std::ostream& out, std::ostream& err);

}  // namespace spineview::app
