// Lays out and draws a handout as PDF with cairo and pango: header, one block per exercise
// (start and end pictures beside numbered steps, a boxed dose, "Stop if"), the warning signs,
// and on every page the footer (for learning; page x of y; app version). Blocks never split
// across pages. Written to FILE.part and renamed, so no half PDF is left behind.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/png_image.h"
#include "core/result.h"
#include "handout/handout_content.h"

namespace spineview::app::handout {

struct ExercisePictures {
  core::RgbaImage start, end;
};

// Fails, saying what to install, when fontconfig finds no font for the text.
core::Status checkFonts();

// Writes the PDF; returns the number of pages.
core::Result<int> writeHandoutPdf(const HandoutDocument& document, const std::vector<ExercisePictures>& pictures,
                                  const std::filesystem::path& out, const std::string& appVersion);

// Page size in points (1/72 inch).
struct PageSize {
  double width, height;
};
PageSize pageSize(Paper paper);

}  // namespace spineview::app::handout
