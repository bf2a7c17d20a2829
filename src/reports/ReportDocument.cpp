// The A4 report builder: blocks kept as data (ReportBlocks.cpp), laid out on the device that
// paints them (a PDF writer or a printer) with QTextDocument, paginated (ReportPagination.cpp),
// then painted page by page with header and footer.
#include "binome/reports/ReportDocument.h"

#include "ReportBlocks.h"
#include "ReportCharts.h"
#include "ReportPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextObjectInterface>

using namespace Qt::StringLiterals;

namespace binome {

using namespace reportblocks;

namespace {

/// Paints the charts of a document where their object characters are laid out.
class ChartObject final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(std::vector<Chart> charts, double mm, QObject* parent)
        : QObject(parent)
        , m_charts(std::move(charts))
        , m_mm(mm) {}

    QSizeF intrinsicSize(QTextDocument* document, int, const QTextFormat& format) override {
        const double width = document->pageSize().width() - 2;
        QPaintDevice* device = document->documentLayout()->paintDevice();
        const Chart& chart = m_charts.at(format.property(ChartIndexProperty).toInt());
        if (const auto* bar = std::get_if<ReportBarChart>(&chart))
            return {width, reportcharts::barChartHeight(*bar, width, device, m_mm)};
        return {width, reportcharts::lineChartHeight(std::get<ReportLineChart>(chart), width,
                                                     device, m_mm)};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override {
        const Chart& chart = m_charts.at(format.property(ChartIndexProperty).toInt());
        if (const auto* bar = std::get_if<ReportBarChart>(&chart))
            reportcharts::paintBarChart(*painter, rect, *bar, m_mm);
        else
            reportcharts::paintLineChart(*painter, rect, std::get<ReportLineChart>(chart), m_mm);
    }

private:
    std::vector<Chart> m_charts;
    double m_mm;
};

} // namespace

std::unique_ptr<QTextDocument> ReportDocument::Private::layOut(QPaintDevice& device) const {
    const double mm = device.logicalDpiY() / 25.4;
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->documentLayout()->setPaintDevice(&device);
    document->setDefaultFont(reportcharts::font(9.5));
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(Qt::LeftToRight);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    document->documentLayout()->registerHandler(ChartObjectType,
                                                new ChartObject(charts, mm, document.get()));
    QTextFrameFormat root = document->rootFrame()->frameFormat();
    root.setMargin(0);
    root.setPadding(0);
    root.setBorder(0);
    document->rootFrame()->setFrameFormat(root);

    // The page size first: the document is then laid out once, at the end of the edit block.
    const double bodyWidth = (pageWidthMm - 2 * marginMm) * mm;
    const double bodyHeight = (pageHeightMm - 2 * marginMm) * mm;
    document->setPageSize(QSizeF(bodyWidth, bodyHeight));

    ReportBuilder builder(*document);
    builder.cursor().beginEditBlock();
    for (const auto& add : blocks)
        add(builder);
    builder.cursor().endEditBlock();
    reportpagination::paginate(*document, builder.headings());
    return document;
}

ReportDocument::ReportDocument(const QString& title, const QString& context)
    : d(std::make_unique<Private>()) {
    d->title = title;
    d->context = context;
}

ReportDocument::~ReportDocument() = default;
ReportDocument::ReportDocument(ReportDocument&&) noexcept = default;
ReportDocument& ReportDocument::operator=(ReportDocument&&) noexcept = default;

QString ReportDocument::title() const {
    return d->title;
}

QString ReportDocument::context() const {
    return d->context;
}

void ReportDocument::setPrintedOn(const QDate& date) {
    d->printedOn = date;
}

QDate ReportDocument::printedOn() const {
    return d->printedOn;
}

Status ReportDocument::paint(QPagedPaintDevice& device) const {
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    const QString header =
        d->context.isEmpty()
            ? d->title
            : QCoreApplication::translate("ReportDocument", "%1 — %2").arg(d->context, d->title);
    if (auto* writer = dynamic_cast<QPdfWriter*>(&device)) {
        writer->setTitle(header);
        writer->setCreator(u"Binôme "_s + QString::fromLatin1(BINOME_VERSION));
    }
    const std::unique_ptr<QTextDocument> document = d->layOut(device);
    const double mm = device.logicalDpiY() / 25.4;
    const double left = marginMm * mm;
    const double top = marginMm * mm;
    const QSizeF body = document->pageSize();
    const int pages = document->pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return Error{QCoreApplication::translate("ReportDocument",
                                                 "The report cannot be printed on this device.")};
    const QFont small = reportcharts::font(7.5);
    const QString printed = QCoreApplication::translate("ReportDocument", "Printed on %1")
                                .arg(QLocale().toString(d->printedOn, QLocale::LongFormat));
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error{QCoreApplication::translate(
                "ReportDocument", "The report cannot be printed on this device.")};
        }
        painter.setFont(small);
        const QFontMetricsF metrics(small, &device);
        painter.setPen(mutedColor);
        painter.drawText(
            QRectF(left, headerBaselineMm * mm - metrics.ascent(), body.width(), metrics.height()),
            Qt::AlignLeft | Qt::AlignTop, metrics.elidedText(header, Qt::ElideRight, body.width()));
        painter.setPen(QPen(ruleColor, 0.25 * mm));
        painter.drawLine(QPointF(left, (headerBaselineMm + 2) * mm),
                         QPointF(left + body.width(), (headerBaselineMm + 2) * mm));
        painter.drawLine(QPointF(left, (footerBaselineMm - 4) * mm),
                         QPointF(left + body.width(), (footerBaselineMm - 4) * mm));
        painter.setPen(mutedColor);
        const QRectF footer(left, footerBaselineMm * mm - metrics.ascent(), body.width(),
                            metrics.height());
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, printed);
        painter.drawText(
            footer, Qt::AlignRight | Qt::AlignTop,
            QCoreApplication::translate("ReportDocument", "Page %1 of %n", nullptr, pages)
                .arg(page + 1));

        painter.save();
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.translate(left, top - page * body.height());
        painter.setClipRect(clip.adjusted(-2 * mm, 0, 2 * mm, 0));
        QAbstractTextDocumentLayout::PaintContext context;
        // Lines that merely touch the page's edges belong to the page next to it.
        context.clip = clip.adjusted(0, 0.5, 0, -0.5);
        context.palette.setColor(QPalette::Text, inkColor);
        document->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return Error{QCoreApplication::translate("ReportDocument",
                                                 "The report cannot be printed on this device.")};
    return {};
}

Status ReportDocument::writePdf(const QString& path) const {
    const auto cannotWrite = [&path](const QString& why) {
        return Error{QCoreApplication::translate("ReportDocument", "%1: cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), why)};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    // Owner only before the first byte, whatever the umask or the file it replaces.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString why = file.errorString();
        file.cancelWriting();
        return cannotWrite(why);
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        if (const Status painted = paint(writer); !painted) {
            file.cancelWriting();
            return cannotWrite(painted.error());
        }
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return {};
}

int ReportDocument::pageCount() const {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    return d->layOut(writer)->pageCount();
}

namespace reportText {

QString level(std::optional<int> level) {
    return level ? QCoreApplication::translate("ReportDocument", "%1/5").arg(*level) : dash();
}

QString number(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

QString date(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : dash();
}

QString percent(std::optional<double> share) {
    if (!share)
        return dash();
    return QCoreApplication::translate("ReportDocument", "%1%", "a percentage")
        .arg(QLocale().toString(*share * 100, 'f', 0));
}

QString dash() {
    return u"—"_s;
}

} // namespace reportText

} // namespace binome

#include "ReportDocument.moc"
