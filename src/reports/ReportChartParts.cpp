// Pieces shared by the report's charts: fonts, colours, ticks, title, legend, axis titles.
#include "ReportChartParts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

namespace binome::reportcharts {

namespace {

QString emptyTextOr(const QString& text) {
    return text.isEmpty() ? QCoreApplication::translate("ReportDocument", "No data yet.") : text;
}

} // namespace

/// A step (1, 2 or 5 × 10^k) that cuts `range` into at most `maxTicks` intervals.
double niceStep(double range, int maxTicks, bool integers) {
    if (range <= 0)
        return 1;
    const double raw = range / maxTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (magnitude * factor >= raw) {
            step = magnitude * factor;
            break;
        }
    }
    return integers ? std::max(1.0, std::round(step)) : step;
}

Legend layoutLegend(const QStringList& names, double width, QPaintDevice* device, double mm) {
    Legend legend;
    const QFontMetricsF metrics(font(labelPoints), device);
    legend.rowHeight = metrics.height() * 1.35;
    legend.swatch = 3 * mm;
    double x = 0;
    for (int i = 0; i < names.size(); ++i) {
        const double itemWidth = legend.swatch + 1.5 * mm +
                                 std::min(metrics.horizontalAdvance(names[i]), width * 0.9) +
                                 5 * mm;
        if (legend.rows.isEmpty() || (x + itemWidth > width && x > 0)) {
            legend.rows.append(QList<int>());
            x = 0;
        }
        legend.rows.last().append(i);
        x += itemWidth;
    }
    return legend;
}

void paintLegend(QPainter& painter, const Legend& legend, const QStringList& names, double left,
                 double top, double width, double mm, bool lines) {
    painter.setFont(font(labelPoints));
    const QFontMetricsF metrics(painter.font(), painter.device());
    double y = top;
    for (const QList<int>& row : legend.rows) {
        double x = left;
        for (const int i : row) {
            const QRectF swatch(x, y + (legend.rowHeight - legend.swatch) / 2, legend.swatch,
                                legend.swatch);
            if (lines) {
                painter.setPen(QPen(seriesColor(i), 0.6 * mm));
                painter.drawLine(QPointF(swatch.left(), swatch.center().y()),
                                 QPointF(swatch.right(), swatch.center().y()));
            } else {
                painter.fillRect(swatch, seriesColor(i));
            }
            x += legend.swatch + 1.5 * mm;
            const QString text =
                metrics.elidedText(names[i], Qt::ElideRight, left + width - x - 1 * mm);
            painter.setPen(textColor);
            painter.drawText(QRectF(x, y, width, legend.rowHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, text);
            x += metrics.horizontalAdvance(text) + 5 * mm;
        }
        y += legend.rowHeight;
    }
}

/// Paints the title and returns its height.
double paintTitle(QPainter& painter, const QRectF& rect, const QString& title) {
    if (title.isEmpty())
        return 0;
    painter.setFont(font(titlePoints, true));
    painter.setPen(textColor);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const QString text = metrics.elidedText(title, Qt::ElideRight, rect.width());
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), metrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, text);
    return metrics.height() * 1.5;
}

void paintEmpty(QPainter& painter, const QRectF& area, const QString& text, double mm) {
    painter.setPen(QPen(gridColor, 0.3 * mm, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    painter.setFont(font(labelPoints + 1));
    painter.setPen(mutedColor);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, emptyTextOr(text));
}

QString valueText(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

double axisTitleHeight(const QString& title, QPaintDevice* device) {
    return title.isEmpty() ? 0 : QFontMetricsF(font(labelPoints), device).height() * 1.3;
}

void paintVerticalAxisTitle(QPainter& painter, const QString& title, double x, double top,
                            double bottom) {
    if (title.isEmpty())
        return;
    painter.save();
    painter.setFont(font(labelPoints));
    painter.setPen(mutedColor);
    painter.translate(x, (top + bottom) / 2);
    painter.rotate(-90);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double length = bottom - top;
    painter.drawText(QRectF(-length / 2, 0, length, metrics.height()), Qt::AlignCenter,
                     metrics.elidedText(title, Qt::ElideRight, length));
    painter.restore();
}

QFont font(double points, bool bold) {
    QFont font;
    font.setFamilies(
        {u"DejaVu Sans"_s, u"Noto Sans"_s, u"Liberation Sans"_s, u"Arial"_s, u"Helvetica"_s});
    font.setStyleHint(QFont::SansSerif);
    // No ligatures: "ff" stays two letters for whoever copies or searches the PDF's text.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QColor seriesColor(int index) {
    static const QColor palette[] = {
        QColor(0x2F, 0x5D, 0x8A), QColor(0xE0, 0x8E, 0x2B), QColor(0x3A, 0x9D, 0x8F),
        QColor(0xC8, 0x4B, 0x4B), QColor(0x7A, 0x5C, 0x9E), QColor(0x8C, 0xA3, 0x3A),
        QColor(0xD1, 0x6B, 0xA5), QColor(0x6B, 0x74, 0x80), QColor(0x9C, 0x75, 0x5F),
        QColor(0x4E, 0xA5, 0xD9),
    };
    return palette[index % std::size(palette)];
}

} // namespace binome::reportcharts
