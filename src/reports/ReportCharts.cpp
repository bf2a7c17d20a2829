// Bar and line charts of the reports, painted with QPainter as vectors at print time.
#include "ReportCharts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace binome::reportcharts {

namespace {

const QColor axisColor(0x55, 0x5F, 0x6D);
const QColor gridColor(0xDD, 0xE2, 0xE8);
const QColor textColor(0x22, 0x2B, 0x36);
const QColor mutedColor(0x6B, 0x74, 0x80);

constexpr double titlePoints = 9.5;
constexpr double labelPoints = 7.5;
constexpr double valuePoints = 6.5;

QString emptyTextOr(const QString& text) {
    return text.isEmpty() ? QCoreApplication::translate("ReportDocument", "No data yet.") : text;
}

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

/// Legend items laid out in rows that fit `width`.
struct Legend {
    QList<QList<int>> rows;
    double rowHeight = 0;
    double swatch = 0;
    double height() const { return rows.size() * rowHeight; }
};

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

bool hasBarData(const ReportBarChart& chart) {
    if (chart.categories.isEmpty())
        return false;
    for (const ReportChartSeries& series : chart.series)
        for (const double value : series.values)
            if (value != 0)
                return true;
    return false;
}

bool hasLineData(const ReportLineChart& chart) {
    for (const ReportLineSeries& series : chart.series)
        if (!series.points.isEmpty())
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

QString valueText(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

/// The horizontal bar chart's row for one category, in device pixels.
double horizontalRowHeight(const ReportBarChart& chart, double mm) {
    const int series = std::max<int>(1, static_cast<int>(chart.series.size()));
    const double bar = series > 1 ? 3.2 * mm : 4.6 * mm;
    return series * bar + 2.6 * mm;
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

double lineChartHeight(const ReportLineChart& chart, double width, QPaintDevice* device,
                       double mm) {
    QStringList names;
    for (const ReportLineSeries& series : chart.series)
        names.append(series.name);
    const double legend = hasLineData(chart) ? layoutLegend(names, width, device, mm).height() : 0;
    return std::max(chart.heightMm, 30.0) * mm + legend;
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
