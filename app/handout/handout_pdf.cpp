#include "handout/handout_pdf.h"

#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <system_error>

namespace spineview::app::handout {
namespace {

// Print design for patients: a plain sans-serif at 11 pt or more for the steps, mixed case,
// left-aligned, dark text on white (Seattle Children's and Providence print guidance).
constexpr const char* kFamily = "DejaVu Sans";
constexpr double kMargin = 42.0;        // points (about 15 mm)
constexpr double kFooterHeight = 26.0;
constexpr double kGap = 14.0;           // between blocks
constexpr double kPictureWidth = 160.0;  // 4:3 pictures, stacked
constexpr double kPictureHeight = 120.0;
constexpr double kColumnGap = 14.0;

struct Rgb {
  double r, g, b;
};
constexpr Rgb kInk{0.10, 0.10, 0.12};
constexpr Rgb kGrey{0.38, 0.38, 0.42};
constexpr Rgb kAccent{0.09, 0.33, 0.55};
constexpr Rgb kWarning{0.70, 0.10, 0.10};

using CairoSurface = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;
using Cairo = std::unique_ptr<cairo_t, decltype(&cairo_destroy)>;
struct GObjectDeleter {
  void operator()(void* p) const { g_object_unref(p); }
};
using Layout = std::unique_ptr<PangoLayout, GObjectDeleter>;

std::string escaped(const std::string& text) {
  gchar* e = g_markup_escape_text(text.c_str(), static_cast<gssize>(text.size()));
  std::string out(e);
  g_free(e);
  return out;
}

void setColour(cairo_t* cr, Rgb c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

// A paragraph of pango markup wrapped to a width; sizes are points.
class Paragraph {
 public:
  Paragraph(cairo_t* cr, const std::string& markup, double sizePt, double width, bool bold = false)
      : layout_(pango_cairo_create_layout(cr)) {
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, kFamily);
    pango_font_description_set_absolute_size(font, sizePt * PANGO_SCALE);
    if (bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(layout_.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(layout_.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout_.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_spacing(layout_.get(), static_cast<int>(sizePt * 0.18 * PANGO_SCALE));
    pango_layout_set_markup(layout_.get(), markup.c_str(), -1);
  }
  double height() const {
    int w = 0, h = 0;
    pango_layout_get_size(layout_.get(), &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
  }
  double width() const {
    int w = 0, h = 0;
    pango_layout_get_size(layout_.get(), &w, &h);
    return static_cast<double>(w) / PANGO_SCALE;
  }
  void draw(cairo_t* cr, double x, double y, Rgb colour = kInk) const {
    setColour(cr, colour);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout_.get());
  }

 private:
  Layout layout_;
};

// Something placed on a page: its height, and how to draw it at a top-left corner.
struct Block {
  double height = 0.0;
  std::function<void(cairo_t*, double x, double y)> draw;
};

CairoSurface imageSurface(const core::RgbaImage& image) {
  CairoSurface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(image.width), static_cast<int>(image.height)),
                       cairo_surface_destroy);
  cairo_surface_flush(surface.get());
  unsigned char* data = cairo_image_surface_get_data(surface.get());
  const int stride = cairo_image_surface_get_stride(surface.get());
  for (std::uint32_t y = 0; y < image.height; ++y) {
    auto* row = reinterpret_cast<std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
    for (std::uint32_t x = 0; x < image.width; ++x) {
      const std::uint8_t* p = &image.pixels[(static_cast<std::size_t>(y) * image.width + x) * 4];
      row[x] = (std::uint32_t{p[0]} << 16) | (std::uint32_t{p[1]} << 8) | std::uint32_t{p[2]};
    }
  }
  cairo_surface_mark_dirty(surface.get());
  return surface;
}

void drawPicture(cairo_t* cr, const core::RgbaImage& image, double x, double y, double w, double h) {
  if (image.width == 0 || image.height == 0) return;
  auto surface = imageSurface(image);
  cairo_save(cr);
  cairo_rectangle(cr, x, y, w, h);
  cairo_clip(cr);
  cairo_translate(cr, x, y);
  cairo_scale(cr, w / image.width, h / image.height);
  cairo_set_source_surface(cr, surface.get(), 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
  setColour(cr, kGrey);
  cairo_set_line_width(cr, 0.6);
  cairo_rectangle(cr, x, y, w, h);
  cairo_stroke(cr);
}

std::string headerLine(const std::string& label, const std::string& value) {
  return "<b>" + escaped(label) + ":</b> " + (value.empty() ? "________________" : escaped(value));
}

Block headerBlock(cairo_t* cr, const HandoutDocument& doc, double width) {
  auto title = std::make_shared<Paragraph>(cr, escaped(doc.title), 20.0, width, true);
  const double half = (width - kColumnGap) / 2;
  auto left = std::make_shared<Paragraph>(cr, headerLine("Patient", doc.patient) + "\n" + headerLine("Clinician", doc.clinician), 11.0, half);
  auto right = std::make_shared<Paragraph>(cr, headerLine("Date", doc.date) + "\n" + headerLine("Clinic", doc.clinic), 11.0, half);
  std::shared_ptr<Paragraph> notes;
  if (!doc.notes.empty()) notes = std::make_shared<Paragraph>(cr, "<b>Notes:</b> " + escaped(doc.notes), 11.0, width - 16);
  const double infoH = std::max(left->height(), right->height());
  Block b;
  b.height = title->height() + 8 + infoH + 8 + (notes ? notes->height() + 16 + 6 : 0) + 2;
  b.draw = [=](cairo_t* c, double x, double y) {
    title->draw(c, x, y, kAccent);
    double cy = y + title->height() + 8;
    left->draw(c, x, cy);
    right->draw(c, x + half + kColumnGap, cy);
    cy += infoH + 8;
    if (notes) {
      cairo_set_source_rgb(c, 0.95, 0.96, 0.97);
      cairo_rectangle(c, x, cy, width, notes->height() + 16);
      cairo_fill(c);
      notes->draw(c, x + 8, cy + 8);
      cy += notes->height() + 16 + 6;
    }
    setColour(c, kAccent);
    cairo_set_line_width(c, 1.2);
    cairo_move_to(c, x, cy);
    cairo_line_to(c, x + width, cy);
    cairo_stroke(c);
  };
  return b;
}

Block exerciseBlock(cairo_t* cr, const HandoutExercise& e, int number, const ExercisePictures& pictures, double width) {
  auto heading = std::make_shared<Paragraph>(cr, std::to_string(number) + ". " + escaped(e.name), 15.0, width, true);
  const double textX = kPictureWidth + kColumnGap;
  const double textW = width - textX;
  std::string steps;
  for (std::size_t i = 0; i < e.steps.size(); ++i) {
    if (i) steps += "\n";
    steps += "<b>" + std::to_string(i + 1) + ".</b> " + escaped(e.steps[i]);
  }
  auto stepText = std::make_shared<Paragraph>(cr, steps, 11.0, textW);
  std::string dose;
  for (const auto& line : dosageLines(e.dosage)) dose += (dose.empty() ? "" : "\n") + escaped(line);
  auto doseText = std::make_shared<Paragraph>(cr, "<b>How much:</b> " + dose, 11.0, textW - 16);
  auto stopText = std::make_shared<Paragraph>(cr, "<b>Stop if</b> " + escaped(e.stopIf), 11.0, textW);
  auto startLabel = std::make_shared<Paragraph>(cr, "Start", 9.0, kPictureWidth);
  auto endLabel = std::make_shared<Paragraph>(cr, "End", 9.0, kPictureWidth);
  const double labelH = startLabel->height();
  const double picturesH = 2 * (kPictureHeight + 2 + labelH) + 6;
  const double doseBoxH = doseText->height() + 14;
  const double textH = stepText->height() + 8 + doseBoxH + 8 + stopText->height();
  const double headingH = heading->height() + 6;
  auto start = std::make_shared<core::RgbaImage>(pictures.start);
  auto end = std::make_shared<core::RgbaImage>(pictures.end);
  Block b;
  b.height = headingH + std::max(picturesH, textH);
  b.draw = [=](cairo_t* c, double x, double y) {
    heading->draw(c, x, y, kAccent);
    const double top = y + headingH;
    drawPicture(c, *start, x, top, kPictureWidth, kPictureHeight);
    startLabel->draw(c, x, top + kPictureHeight + 2, kGrey);
    const double endY = top + kPictureHeight + 2 + labelH + 6;
    drawPicture(c, *end, x, endY, kPictureWidth, kPictureHeight);
    endLabel->draw(c, x, endY + kPictureHeight + 2, kGrey);
    double ty = top;
    stepText->draw(c, x + textX, ty);
    ty += stepText->height() + 8;
    setColour(c, kAccent);
    cairo_set_line_width(c, 1.0);
    cairo_rectangle(c, x + textX, ty, textW, doseBoxH);
    cairo_stroke(c);
    doseText->draw(c, x + textX + 8, ty + 7);
    ty += doseBoxH + 8;
    stopText->draw(c, x + textX, ty, kWarning);
  };
  return b;
}

Block warningBlock(cairo_t* cr, const WarningGroup& g, double width) {
  constexpr double kBullet = 14.0;  // signs hang from their bullet, so wrapped lines stay clear of it
  auto head = std::make_shared<Paragraph>(cr, "<b>" + escaped(g.title) + ".</b> " + escaped(g.advice), 10.0, width - 10);
  std::vector<std::shared_ptr<Paragraph>> signs;
  for (const auto& s : g.signs) signs.push_back(std::make_shared<Paragraph>(cr, escaped(s), 10.0, width - 10 - kBullet));
  auto bullet = std::make_shared<Paragraph>(cr, "•", 10.0, kBullet);
  double height = head->height() + 2;
  for (const auto& s : signs) height += s->height() + 1;
  Block b;
  b.height = height + 6;
  b.draw = [=](cairo_t* c, double x, double y) {
    setColour(c, kWarning);
    cairo_rectangle(c, x, y, 3, height);
    cairo_fill(c);
    head->draw(c, x + 10, y);
    double sy = y + head->height() + 2;
    for (const auto& s : signs) {
      bullet->draw(c, x + 14, sy);
      s->draw(c, x + 10 + kBullet, sy);
      sy += s->height() + 1;
    }
  };
  return b;
}

// The warning signs stay together under their title, so no page holds signs without it.
Block helpBlock(cairo_t* cr, const HandoutDocument& doc, double width) {
  auto title = std::make_shared<Paragraph>(cr, escaped(doc.helpTitle), 15.0, width, true);
  std::vector<Block> groups;
  for (const auto& g : doc.warnings) groups.push_back(warningBlock(cr, g, width));
  Block b;
  b.height = title->height() + 6;
  for (const auto& g : groups) b.height += g.height + 4;
  b.draw = [=](cairo_t* c, double x, double y) {
    title->draw(c, x, y, kWarning);
    double gy = y + title->height() + 6;
    for (const auto& g : groups) {
      g.draw(c, x, gy);
      gy += g.height + 4;
    }
  };
  return b;
}

// Pages after the first say whose handout they belong to, as loose sheets get separated.
void drawRunningHeader(cairo_t* cr, const HandoutDocument& doc, PageSize page) {
  std::string text = escaped(doc.title);
  if (!doc.patient.empty()) text += "  ·  " + escaped(doc.patient);
  if (!doc.date.empty()) text += "  ·  " + escaped(doc.date);
  Paragraph line(cr, text, 8.5, page.width - 2 * kMargin);
  line.draw(cr, kMargin, kMargin - line.height() - 8, kGrey);
}

void drawFooter(cairo_t* cr, const HandoutDocument& doc, PageSize page, int number, int pages, const std::string& version) {
  const double width = page.width - 2 * kMargin;
  const double y = page.height - kMargin + 6;
  setColour(cr, kGrey);
  cairo_set_line_width(cr, 0.5);
  cairo_move_to(cr, kMargin, y - 4);
  cairo_line_to(cr, kMargin + width, y - 4);
  cairo_stroke(cr);
  Paragraph left(cr, escaped(doc.notice), 8.5, width * 0.62);
  Paragraph middle(cr, "Page " + std::to_string(number) + " of " + std::to_string(pages), 8.5, width);
  Paragraph right(cr, "spineview " + escaped(version), 8.5, width);
  left.draw(cr, kMargin, y, kGrey);
  middle.draw(cr, kMargin + width * 0.70, y, kGrey);
  right.draw(cr, kMargin + width - right.width(), y, kGrey);
}

}  // namespace

PageSize pageSize(Paper paper) {
  return paper == Paper::Letter ? PageSize{612.0, 792.0} : PageSize{595.276, 841.890};
}

core::Status checkFonts() {
  // Pango always lists the generic families ("Sans"), so ask fontconfig for real font files.
  FcPattern* pattern = FcPatternCreate();
  FcObjectSet* objects = FcObjectSetBuild(FC_FILE, nullptr);
  FcFontSet* fonts = FcFontList(nullptr, pattern, objects);
  const int count = fonts ? fonts->nfont : 0;
  if (fonts) FcFontSetDestroy(fonts);
  FcObjectSetDestroy(objects);
  FcPatternDestroy(pattern);
  if (count == 0)
    return core::fail("no fonts found for the handout text; install a font package (Debian: fonts-dejavu-core) and try again");
  return core::Ok{};
}

core::Result<int> writeHandoutPdf(const HandoutDocument& doc, const std::vector<ExercisePictures>& pictures,
                                  const std::filesystem::path& out, const std::string& appVersion) {
  if (pictures.size() != doc.exercises.size()) return core::fail("internal: one pair of pictures per exercise is needed");
  if (auto fonts = checkFonts(); !fonts) return fonts.error();
  const PageSize page = pageSize(doc.paper);
  const std::filesystem::path part = out.string() + ".part";
  const double width = page.width - 2 * kMargin;
  const double bottom = page.height - kMargin - kFooterHeight;
  int pages = 0;
  {
    CairoSurface surface(cairo_pdf_surface_create(part.c_str(), page.width, page.height), cairo_surface_destroy);
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
      std::error_code ec;
      std::filesystem::remove(part, ec);
      return core::fail("cannot write " + out.string() + ": " + cairo_status_to_string(cairo_surface_status(surface.get())));
    }
    std::string subject = "Home exercise handout:";
    for (std::size_t i = 0; i < doc.exercises.size(); ++i) subject += (i ? ", " : " ") + doc.exercises[i].name;
    const std::string creator = "spineview " + appVersion;
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, doc.title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_SUBJECT, subject.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, creator.c_str());
    Cairo cr(cairo_create(surface.get()), cairo_destroy);

    std::vector<Block> blocks;
    blocks.push_back(headerBlock(cr.get(), doc, width));
    for (std::size_t i = 0; i < doc.exercises.size(); ++i)
      blocks.push_back(exerciseBlock(cr.get(), doc.exercises[i], static_cast<int>(i) + 1, pictures[i], width));
    blocks.push_back(helpBlock(cr.get(), doc, width));

    // Each block on the page where it fits whole.
    std::vector<int> pageOf(blocks.size());
    std::vector<double> yOf(blocks.size());
    double y = kMargin;
    int current = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (y + blocks[i].height > bottom && y > kMargin + 0.5) {
        ++current;
        y = kMargin;
      }
      pageOf[i] = current;
      yOf[i] = y;
      y += blocks[i].height + kGap;
    }
    pages = current + 1;
    for (int p = 0; p < pages; ++p) {
      for (std::size_t i = 0; i < blocks.size(); ++i)
        if (pageOf[i] == p) blocks[i].draw(cr.get(), kMargin, yOf[i]);
      if (p > 0) drawRunningHeader(cr.get(), doc, page);
      drawFooter(cr.get(), doc, page, p + 1, pages, appVersion);
      cairo_show_page(cr.get());
    }
    cr.reset();
    cairo_surface_finish(surface.get());
    if (const auto status = cairo_surface_status(surface.get()); status != CAIRO_STATUS_SUCCESS) {
      std::error_code ec;
      std::filesystem::remove(part, ec);
      return core::fail("cannot write " + out.string() + ": " + cairo_status_to_string(status));
    }
  }
  std::error_code ec;
  std::filesystem::rename(part, out, ec);
  if (ec) {
    std::filesystem::remove(part, ec);
    return core::fail("cannot write " + out.string() + ": " + ec.message());
  }
  return pages;
}

}  // namespace spineview::app::handout
