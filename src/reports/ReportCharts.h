#pragma once

// Charts of the reports, painted with QPainter in vectors (private to src/reports).
#include "binome/reports/ReportDocument.h"

#include <QColor>
#include <QFont>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace binome::reportcharts {

/// The report's sans-serif font at `points` (the painter's device converts points).
QFont font(double points, bool bold = false);
/// The colour of series `index` (a palette readable in print and in grey).
QColor seriesColor(int index);

/// The height a chart needs, in device pixels, when it is `width` device pixels wide on
/// `device`; `mm` is the number of device pixels per millimetre.
double barChartHeight(const ReportBarChart& chart, double width, QPaintDevice* device, double mm);
double lineChartHeight(const ReportLineChart& chart, double width, QPaintDevice* device, double mm);

/// Paints a chart in `rect` (device pixels); `mm` is the number of device pixels per millimetre.
void paintBarChart(QPainter& painter, const QRectF& rect, const ReportBarChart& chart, double mm);
void paintLineChart(QPainter& painter, const QRectF& rect, const ReportLineChart& chart, double mm);

} // namespace binome::reportcharts
