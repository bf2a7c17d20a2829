// Bar charts of the reports, painted with QPainter as vectors at print time.
#include "ReportCharts.h"
#include "ReportChartParts.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace binome::reportcharts {

namespace {

bool hasBarData(const ReportBarChart& chart) {
    if (chart.categories.isEmpty())
        return false;
    for (const ReportChartSeries& series : chart.series)
        for (const double value : series.values)
            if (value != 0)
                return true;
    return false;
}

QStringList seriesNames(const ReportBarChart& chart) {
    QStringList names;
    for (const ReportChartSeries& series : chart.series)
        names.append(series.name);
    return names;
}

bool showsLegend(const ReportBarChart& chart) {
    return chart.series.size() > 1 || (chart.series.size() == 1 && !chart.series[0].name.isEmpty());
}

double maxValue(const ReportBarChart& chart) {
    double top = 0;
    for (const ReportChartSeries& series : chart.series)
        for (const double value : series.values)
            top = std::max(top, value);
    return top;
}

/// The horizontal bar chart's row for one category, in device pixels.
double horizontalRowHeight(const ReportBarChart& chart, double mm) {
    const int series = std::max<int>(1, static_cast<int>(chart.series.size()));
    const double bar = series > 1 ? 3.2 * mm : 4.6 * mm;
    return series * bar + 2.6 * mm;
}

void paintVerticalBars(QPainter& painter, const QRectF& area, const ReportBarChart& chart,
                       double mm) {
    QPaintDevice* device = painter.device();
    const QFontMetricsF labels(font(labelPoints), device);
    const QFontMetricsF values(font(valuePoints), device);
    const double top = chart.valueMax.value_or(0) > 0 ? *chart.valueMax : maxValue(chart);
    const bool integers = chart.decimals == 0;
    const double step = niceStep(top, 5, integers);
    const double axisTop = std::max(step, std::ceil(top / step) * step);

    // Category labels: explicit lines, every k-th one when they do not fit.
    int lineCount = 1;
    double widest = 0;
    for (const QString& category : chart.categories) {
        const QStringList lines = category.split(u'\n');
        lineCount = std::max(lineCount, static_cast<int>(lines.size()));
        for (const QString& line : lines)
            widest = std::max(widest, labels.horizontalAdvance(line));
    }
    lineCount = std::min(lineCount, 3);

    const double valueTitleWidth = axisTitleHeight(chart.valueAxisTitle, device);
    const double tickWidth =
        labels.horizontalAdvance(valueText(axisTop, integers ? 0 : 1)) + 2 * mm;
    const QRectF plot(area.left() + valueTitleWidth + tickWidth, area.top() + values.height(),
                      area.width() - valueTitleWidth - tickWidth - 1 * mm,
                      area.height() - values.height() - lineCount * labels.height() - 1.5 * mm -
                          axisTitleHeight(chart.categoryAxisTitle, device));
    const int count = static_cast<int>(chart.categories.size());
    const double group = plot.width() / count;
    const int labelStep = std::max(1, static_cast<int>(std::ceil(widest / (group * 0.95))));

    // Grid and value ticks.
    painter.setFont(font(labelPoints));
    for (double tick = 0; tick <= axisTop + step / 2; tick += step) {
        const double y = plot.bottom() - tick / axisTop * plot.height();
        painter.setPen(QPen(gridColor, 0.2 * mm));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(mutedColor);
        painter.drawText(QRectF(plot.left() - tickWidth, y - labels.height() / 2,
                                tickWidth - 1.2 * mm, labels.height()),
                         Qt::AlignRight | Qt::AlignVCenter, valueText(tick, integers ? 0 : 1));
    }
    paintVerticalAxisTitle(painter, chart.valueAxisTitle, area.left(), plot.top(), plot.bottom());

    // Bars.
    const int seriesCount = std::max<int>(1, static_cast<int>(chart.series.size()));
    const double barWidth = std::min(group * 0.78 / seriesCount, 14 * mm);
    for (int c = 0; c < count; ++c) {
        const double groupLeft = plot.left() + c * group + (group - barWidth * seriesCount) / 2;
        for (int s = 0; s < chart.series.size(); ++s) {
            const double value = chart.series[s].values.value(c);
            const double height = std::clamp(value / axisTop, 0.0, 1.0) * plot.height();
            const QRectF bar(groupLeft + s * barWidth, plot.bottom() - height, barWidth * 0.94,
                             height);
            painter.fillRect(bar, seriesColor(s));
            const QString text = valueText(value, chart.decimals);
            if (value != 0 && values.horizontalAdvance(text) <= barWidth * 1.6) {
                painter.setFont(font(valuePoints));
                painter.setPen(textColor);
                painter.drawText(QRectF(bar.center().x() - barWidth, bar.top() - values.height(),
                                        2 * barWidth, values.height()),
                                 Qt::AlignHCenter | Qt::AlignBottom, text);
            }
        }
        if (c % labelStep == 0) {
            painter.setFont(font(labelPoints));
            painter.setPen(textColor);
            const double width = group * labelStep;
            const QStringList lines = chart.categories[c].split(u'\n').mid(0, 3);
            for (int l = 0; l < lines.size(); ++l)
                painter.drawText(QRectF(plot.left() + (c + 0.5) * group - width / 2,
                                        plot.bottom() + 1 * mm + l * labels.height(), width,
                                        labels.height()),
                                 Qt::AlignHCenter | Qt::AlignTop,
                                 labels.elidedText(lines[l], Qt::ElideRight, width));
        }
    }
    painter.setPen(QPen(axisColor, 0.3 * mm));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (!chart.categoryAxisTitle.isEmpty()) {
        painter.setFont(font(labelPoints));
        painter.setPen(mutedColor);
        painter.drawText(
            QRectF(plot.left(), area.bottom() - labels.height(), plot.width(), labels.height()),
            Qt::AlignCenter, chart.categoryAxisTitle);
    }
}

void paintHorizontalBars(QPainter& painter, const QRectF& area, const ReportBarChart& chart,
                         double mm) {
    QPaintDevice* device = painter.device();
    const QFontMetricsF labels(font(labelPoints), device);
    const double top = chart.valueMax.value_or(0) > 0 ? *chart.valueMax : maxValue(chart);
    const bool integers = chart.decimals == 0;
    const double step = niceStep(top, 5, integers);
    const double axisTop = std::max(step, std::ceil(top / step) * step);

    double labelWidth = 0;
    for (const QString& category : chart.categories)
        labelWidth = std::max(labelWidth, labels.horizontalAdvance(category));
    labelWidth = std::min(labelWidth + 2 * mm, area.width() * 0.36);
    const QRectF plot(area.left() + labelWidth, area.top(), area.width() - labelWidth - 6 * mm,
                      area.height() - labels.height() * 1.4 -
                          axisTitleHeight(chart.valueAxisTitle, device));
    const double row = horizontalRowHeight(chart, mm);
    const int seriesCount = std::max<int>(1, static_cast<int>(chart.series.size()));
    const double bar = (row - 2.6 * mm) / seriesCount;

    painter.setFont(font(labelPoints));
    for (double tick = 0; tick <= axisTop + step / 2; tick += step) {
        const double x = plot.left() + tick / axisTop * plot.width();
        painter.setPen(QPen(gridColor, 0.2 * mm));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(mutedColor);
        painter.drawText(QRectF(x - 10 * mm, plot.bottom() + 0.8 * mm, 20 * mm, labels.height()),
                         Qt::AlignHCenter | Qt::AlignTop, valueText(tick, integers ? 0 : 1));
    }
    for (int c = 0; c < chart.categories.size(); ++c) {
        const double rowTop = plot.top() + c * row + 1.3 * mm;
        painter.setFont(font(labelPoints));
        painter.setPen(textColor);
        // Long names take two lines before they are elided.
        const QRectF labelRect(area.left(), rowTop - 1 * mm, labelWidth - 2 * mm, row - 0.6 * mm);
        const QRectF needed =
            labels.boundingRect(labelRect, Qt::AlignRight | Qt::TextWordWrap, chart.categories[c]);
        if (needed.height() <= labelRect.height() + 0.5)
            painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                             chart.categories[c]);
        else
            painter.drawText(
                labelRect, Qt::AlignRight | Qt::AlignVCenter,
                labels.elidedText(chart.categories[c], Qt::ElideRight, labelRect.width()));
        for (int s = 0; s < chart.series.size(); ++s) {
            const double value = chart.series[s].values.value(c);
            const double width = std::clamp(value / axisTop, 0.0, 1.0) * plot.width();
            const QRectF rect(plot.left(), rowTop + s * bar, width, bar * 0.9);
            painter.fillRect(rect, seriesColor(s));
            painter.setFont(font(valuePoints));
            painter.setPen(textColor);
            painter.drawText(QRectF(rect.right() + 0.8 * mm, rect.top(), 12 * mm, rect.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, valueText(value, chart.decimals));
        }
    }
    painter.setPen(QPen(axisColor, 0.3 * mm));
    painter.drawLine(plot.topLeft(), plot.bottomLeft());
    if (!chart.valueAxisTitle.isEmpty()) {
        painter.setFont(font(labelPoints));
        painter.setPen(mutedColor);
        painter.drawText(
            QRectF(plot.left(), area.bottom() - labels.height(), plot.width(), labels.height()),
            Qt::AlignCenter, chart.valueAxisTitle);
    }
}

} // namespace

double barChartHeight(const ReportBarChart& chart, double width, QPaintDevice* device, double mm) {
    if (chart.heightMm > 0)
        return chart.heightMm * mm;
    const QFontMetricsF title(font(titlePoints, true), device);
    const double legend =
        showsLegend(chart) ? layoutLegend(seriesNames(chart), width, device, mm).height() : 0;
    const double head = (chart.title.isEmpty() ? 0 : title.height() * 1.5) + legend + 2 * mm;
    if (!hasBarData(chart))
        return head + 25 * mm;
    if (chart.orientation == ReportBarChart::Orientation::Vertical)
        return head + 62 * mm;
    const QFontMetricsF labels(font(labelPoints), device);
    return head + chart.categories.size() * horizontalRowHeight(chart, mm) + labels.height() * 1.4 +
           axisTitleHeight(chart.valueAxisTitle, device) + 1 * mm;
}

void paintBarChart(QPainter& painter, const QRectF& rect, const ReportBarChart& chart, double mm) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    double y = rect.top() + paintTitle(painter, rect, chart.title);
    if (showsLegend(chart) && hasBarData(chart)) {
        const Legend legend = layoutLegend(seriesNames(chart), rect.width(), painter.device(), mm);
        paintLegend(painter, legend, seriesNames(chart), rect.left(), y, rect.width(), mm, false);
        y += legend.height();
    }
    y += 1 * mm;
    const QRectF area(rect.left(), y, rect.width(), rect.bottom() - y - 1 * mm);
    if (!hasBarData(chart))
        paintEmpty(painter, area, chart.emptyText, mm);
    else if (chart.orientation == ReportBarChart::Orientation::Vertical)
        paintVerticalBars(painter, area, chart, mm);
    else
        paintHorizontalBars(painter, area, chart, mm);
    painter.restore();
}

} // namespace binome::reportcharts
