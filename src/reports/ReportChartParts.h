#pragma once

// Pieces shared by the report's bar and line charts: colours, sizes, axis ticks, title, legend
// and the empty-chart frame (private to src/reports).
#include "ReportCharts.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;
class QPaintDevice;
class QRectF;

namespace binome::reportcharts {

inline const QColor axisColor(0x55, 0x5F, 0x6D);
inline const QColor gridColor(0xDD, 0xE2, 0xE8);
inline const QColor textColor(0x22, 0x2B, 0x36);
inline const QColor mutedColor(0x6B, 0x74, 0x80);

inline constexpr double titlePoints = 9.5;
inline constexpr double labelPoints = 7.5;
inline constexpr double valuePoints = 6.5;

/// A step (1, 2 or 5 × 10^k) that cuts `range` into at most `maxTicks` intervals.
double niceStep(double range, int maxTicks, bool integers);

/// Legend items laid out in rows that fit `width`.
struct Legend {
    QList<QList<int>> rows;
    double rowHeight = 0;
    double swatch = 0;
    double height() const { return rows.size() * rowHeight; }
};

Legend layoutLegend(const QStringList& names, double width, QPaintDevice* device, double mm);
/// Paints the legend's rows from (`left`, `top`); `lines`: line swatches, else filled squares.
void paintLegend(QPainter& painter, const Legend& legend, const QStringList& names, double left,
                 double top, double width, double mm, bool lines);

/// Paints the title and returns its height.
double paintTitle(QPainter& painter, const QRectF& rect, const QString& title);
/// A dashed frame saying there is no data (`text`, or the default sentence).
void paintEmpty(QPainter& painter, const QRectF& area, const QString& text, double mm);

QString valueText(double value, int decimals);
double axisTitleHeight(const QString& title, QPaintDevice* device);
void paintVerticalAxisTitle(QPainter& painter, const QString& title, double x, double top,
                            double bottom);

} // namespace binome::reportcharts
