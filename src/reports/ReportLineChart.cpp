// The line chart of the reports (levels over time), painted with QPainter as vectors.
#include "ReportChartParts.h"
#include "ReportCharts.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome::reportcharts {

namespace {

bool hasLineData(const ReportLineChart& chart) {
    for (const ReportLineSeries& series : chart.series)
        if (!series.points.isEmpty())
            return true;
    return false;
}

/// Month ticks (or day ticks for short spans) between two dates, at most about 8.
QList<QDate> dateTicks(const QDate& first, const QDate& last, bool* byMonth) {
    QList<QDate> ticks;
    const qint64 days = first.daysTo(last);
    *byMonth = days > 62;
    if (*byMonth) {
        const int months = static_cast<int>(days / 30) + 1;
        int step = 1;
        for (const int candidate : {1, 2, 3, 6, 12, 24, 60}) {
            step = candidate;
            if (months / candidate <= 8)
                break;
        }
        QDate tick(first.year(), first.month(), 1);
        if (tick < first)
            tick = tick.addMonths(1);
        while ((tick.month() - 1) % step != 0)
            tick = tick.addMonths(1);
        for (; tick <= last; tick = tick.addMonths(step))
            ticks.append(tick);
    } else {
        int step = 1;
        for (const int candidate : {1, 2, 7, 14, 28}) {
            step = candidate;
            if (days / candidate <= 8)
                break;
        }
        for (QDate tick = first; tick <= last; tick = tick.addDays(step))
            ticks.append(tick);
    }
    return ticks;
}

} // namespace

double lineChartHeight(const ReportLineChart& chart, double width, QPaintDevice* device,
                       double mm) {
    QStringList names;
    for (const ReportLineSeries& series : chart.series)
        names.append(series.name);
    const double legend = hasLineData(chart) ? layoutLegend(names, width, device, mm).height() : 0;
    return std::max(chart.heightMm, 30.0) * mm + legend;
}

void paintLineChart(QPainter& painter, const QRectF& rect, const ReportLineChart& chart,
                    double mm) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPaintDevice* device = painter.device();
    double y = rect.top() + paintTitle(painter, rect, chart.title);
    if (!hasLineData(chart)) {
        paintEmpty(painter, QRectF(rect.left(), y, rect.width(), rect.bottom() - y - 1 * mm),
                   chart.emptyText, mm);
        painter.restore();
        return;
    }
    QStringList names;
    QDate first, last;
    for (const ReportLineSeries& series : chart.series) {
        names.append(series.name);
        for (const ReportLinePoint& point : series.points) {
            if (!first.isValid() || point.date < first)
                first = point.date;
            if (!last.isValid() || point.date > last)
                last = point.date;
        }
    }
    const Legend legend = layoutLegend(names, rect.width(), device, mm);
    paintLegend(painter, legend, names, rect.left(), y, rect.width(), mm, true);
    y += legend.height() + 1 * mm;

    // A margin of a few days on each side so that the first and last dots show whole.
    const qint64 span = std::max<qint64>(first.daysTo(last), 1);
    const qint64 pad = first == last ? 15 : std::max<qint64>(2, span / 30);
    const QDate from = first.addDays(-pad);
    const QDate to = last.addDays(pad);

    const QFontMetricsF labels(font(labelPoints), device);
    const double valueTitleWidth = axisTitleHeight(chart.valueAxisTitle, device);
    const double tickWidth =
        labels.horizontalAdvance(valueText(chart.valueMax, chart.integerValues ? 0 : 1)) + 2 * mm;
    const QRectF plot(rect.left() + valueTitleWidth + tickWidth, y + 1 * mm,
                      rect.width() - valueTitleWidth - tickWidth - 2 * mm,
                      rect.bottom() - y - 2 * mm - labels.height() * 1.4 -
                          axisTitleHeight(chart.dateAxisTitle, device));
    const double valueRange = std::max(chart.valueMax - chart.valueMin, 1e-9);
    const auto xOf = [&](const QDate& date) {
        return plot.left() + double(from.daysTo(date)) / double(from.daysTo(to)) * plot.width();
    };
    const auto yOf = [&](double value) {
        return plot.bottom() - (value - chart.valueMin) / valueRange * plot.height();
    };

    painter.setFont(font(labelPoints));
    const double step = niceStep(valueRange, 5, chart.integerValues);
    for (double tick = chart.valueMin; tick <= chart.valueMax + step / 2; tick += step) {
        painter.setPen(QPen(gridColor, 0.2 * mm));
        painter.drawLine(QPointF(plot.left(), yOf(tick)), QPointF(plot.right(), yOf(tick)));
        painter.setPen(mutedColor);
        painter.drawText(QRectF(plot.left() - tickWidth, yOf(tick) - labels.height() / 2,
                                tickWidth - 1.2 * mm, labels.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         valueText(tick, chart.integerValues ? 0 : 1));
    }
    bool byMonth = true;
    const QLocale locale;
    for (const QDate& tick : dateTicks(from, to, &byMonth)) {
        const double x = xOf(tick);
        painter.setPen(QPen(gridColor, 0.2 * mm));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(mutedColor);
        const QString text = locale.toString(tick, byMonth ? u"MMM yyyy"_s : u"d MMM"_s);
        painter.drawText(QRectF(x - 15 * mm, plot.bottom() + 0.8 * mm, 30 * mm, labels.height()),
                         Qt::AlignHCenter | Qt::AlignTop, text);
    }
    painter.setPen(QPen(axisColor, 0.3 * mm));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    paintVerticalAxisTitle(painter, chart.valueAxisTitle, rect.left(), plot.top(), plot.bottom());
    if (!chart.dateAxisTitle.isEmpty()) {
        painter.setPen(mutedColor);
        painter.drawText(QRectF(plot.left(), rect.bottom() - labels.height() - 1 * mm, plot.width(),
                                labels.height()),
                         Qt::AlignCenter, chart.dateAxisTitle);
    }

    // Steps: a level holds until the next one. Lines on the same level are set slightly apart
    // so that each stays visible.
    const int count = static_cast<int>(chart.series.size());
    const double spread = std::min(0.06, 0.4 / std::max(count, 1)) * valueRange / 5;
    for (int s = 0; s < count; ++s) {
        const QList<ReportLinePoint>& points = chart.series[s].points;
        if (points.isEmpty())
            continue;
        const double offset = (s - (count - 1) / 2.0) * spread;
        QPainterPath path;
        path.moveTo(xOf(points[0].date), yOf(points[0].value + offset));
        for (int i = 1; i < points.size(); ++i) {
            path.lineTo(xOf(points[i].date), yOf(points[i - 1].value + offset));
            path.lineTo(xOf(points[i].date), yOf(points[i].value + offset));
        }
        path.lineTo(xOf(last), yOf(points.last().value + offset));
        painter.setPen(QPen(seriesColor(s), 0.5 * mm, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setBrush(seriesColor(s));
        painter.setPen(QPen(Qt::white, 0.2 * mm));
        for (const ReportLinePoint& point : points)
            painter.drawEllipse(QPointF(xOf(point.date), yOf(point.value + offset)), 0.9 * mm,
                                0.9 * mm);
    }
    painter.restore();
}

} // namespace binome::reportcharts
