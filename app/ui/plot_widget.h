// A small time plot drawn with ImDrawList: several series on one time base, a cursor at the
// current time, y-axis labels, horizontal reference marks and coloured bands, and event ticks
// (pops). ImGui's PlotLines draws one series without axes, which is not enough here.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

namespace spineview::app::ui {

struct PlotLineData {
  std::vector<ImVec2> points;  // (time s, value)
  ImU32 colour = IM_COL32_WHITE;
  std::string label;
  bool dashed = false;
};

struct PlotMark {
  float value = 0.0f;
  ImU32 colour = IM_COL32(200, 200, 200, 200);
  std::string label;
};

struct PlotBand {
  float from = 0.0f, to = 0.0f;
  ImU32 colour = IM_COL32(80, 80, 80, 60);
};

struct PlotEvent {
  double timeS = 0.0;
  ImU32 colour = IM_COL32_WHITE;
};

struct PlotSpec {
  std::string title;
  std::string unit;
  double timeStartS = 0.0;  // the window of time shown
  double timeEndS = 1.0;
  float yMin = 0.0f, yMax = 1.0f;
  double cursorS = 0.0;
  std::vector<PlotLineData> lines;
  std::vector<PlotMark> marks;
  std::vector<PlotBand> bands;
  std::vector<PlotEvent> events;
};

// Fits yMin/yMax to the lines and marks (with margin); keeps 0 in range.
void fitRange(PlotSpec& spec, bool includeMarks);

// Above: the title on its own line over the plot; Inside: the title leads the legend row inside
// the plot (small windows, where a line of height matters). The legend wraps to the plot's
// width; what does not fit (and every mark) is listed in the tooltip on hover.
enum class PlotTitle { Above, Inside };
void drawPlot(const PlotSpec& spec, ImVec2 size, PlotTitle titlePlace = PlotTitle::Above);

}  // namespace spineview::app::ui
