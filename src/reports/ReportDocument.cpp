// The A4 report builder: blocks kept as data, laid out on the device that paints them (a PDF
// writer or a printer) with QTextDocument, then painted page by page with header and footer.
#include "binome/reports/ReportDocument.h"

#include "ReportCharts.h"

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
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextObjectInterface>
#include <QTextTable>

#include <functional>
#include <variant>
#include <vector>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

// Page geometry, in millimetres.
constexpr double pageWidthMm = 210;
constexpr double pageHeightMm = 297;
constexpr double marginMm = 18;
constexpr double headerBaselineMm = 11;
constexpr double footerBaselineMm = pageHeightMm - 9;

const QColor inkColor(0x22, 0x2B, 0x36);
const QColor accentColor(0x1F, 0x3A, 0x5F);
const QColor mutedColor(0x6B, 0x74, 0x80);
const QColor ruleColor(0xC9, 0xD1, 0xDA);
const QColor zebraColor(0xF4, 0xF6, 0xF9);
const QColor highlightColor(0xFF, 0xF1, 0xD6);
const QColor cardColor(0xEE, 0xF3, 0xF8);

constexpr int ChartObjectType = QTextFormat::UserObject + 1;
constexpr int ChartIndexProperty = QTextFormat::UserProperty + 1;

/// A length for QTextDocument, which counts fixed lengths in 1/96 inch and scales them to the
/// device it lays out on.
double px(double mm) {
    return mm * 96.0 / 25.4;
}

using Chart = std::variant<ReportBarChart, ReportLineChart>;

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

QTextCharFormat textFormat(double points, const QColor& color = inkColor, bool bold = false) {
    QTextCharFormat format;
    format.setFont(reportcharts::font(points, bold));
    format.setForeground(color);
    return format;
}

QTextBlockFormat blockFormat(double topMm, double bottomMm,
                             Qt::Alignment alignment = Qt::AlignLeft) {
    QTextBlockFormat format;
    format.setTopMargin(px(topMm));
    format.setBottomMargin(px(bottomMm));
    format.setAlignment(alignment | Qt::AlignAbsolute);
    format.setLayoutDirection(Qt::LeftToRight);
    return format;
}

Qt::Alignment alignmentOf(ReportColumn::Align align) {
    switch (align) {
    case ReportColumn::Align::Right:
        return Qt::AlignRight;
    case ReportColumn::Align::Center:
        return Qt::AlignHCenter;
    case ReportColumn::Align::Left:
        break;
    }
    return Qt::AlignLeft;
}

} // namespace

/// Writes the blocks into a QTextDocument.
class ReportBuilder {
public:
    explicit ReportBuilder(QTextDocument& document)
        : m_cursor(&document) {}

    /// A new paragraph in the flow (the document's first, empty one the first time).
    void block(const QTextBlockFormat& format, const QTextCharFormat& charFormat) {
        QTextBlockFormat effective = format;
        if (m_pageBreak)
            effective.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_pageBreak = false;
        if (m_empty) {
            m_cursor.setBlockFormat(effective);
            m_cursor.setBlockCharFormat(charFormat);
            m_cursor.setCharFormat(charFormat);
            m_empty = false;
        } else {
            m_cursor.insertBlock(effective, charFormat);
        }
    }

    void text(const QTextBlockFormat& format, const QTextCharFormat& charFormat,
              const QString& text) {
        block(format, charFormat);
        m_cursor.insertText(text, charFormat);
    }

    void heading(const QTextBlockFormat& format, const QTextCharFormat& charFormat,
                 const QString& text) {
        QTextBlockFormat keep = format;
        keep.setNonBreakableLines(true);
        this->text(keep, charFormat, text);
        m_headings.append(m_cursor.block().blockNumber());
    }

    /// A table after the current block; the cursor is left after it.
    QTextTable* table(int rows, int columns, QTextTableFormat format) {
        if (m_pageBreak)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_pageBreak = false;
        if (m_empty) {
            // A table cannot be the document's first item: keep an empty, tiny block first.
            m_cursor.setBlockCharFormat(textFormat(1));
            m_empty = false;
        }
        QTextTable* table = m_cursor.insertTable(rows, columns, format);
        return table;
    }

    /// After a table: the cursor is in the empty block that follows it; the next block() uses
    /// that block instead of leaving an empty paragraph behind.
    void afterTable() {
        m_cursor.movePosition(QTextCursor::End);
        m_cursor.setBlockFormat(blockFormat(0, 0));
        m_cursor.setBlockCharFormat(textFormat(2));
        m_empty = true;
    }

    void cell(QTextTable* table, int row, int column, const QString& text,
              const QTextCharFormat& charFormat, Qt::Alignment alignment) {
        QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
        // Not setBlockCharFormat: a cell's first block holds the cell's own format.
        cursor.setBlockFormat(blockFormat(0, 0, alignment));
        cursor.insertText(text, charFormat);
    }

    void chart(int index) {
        block(blockFormat(2, 4), textFormat(9));
        QTextCharFormat object;
        object.setObjectType(ChartObjectType);
        object.setProperty(ChartIndexProperty, index);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    void pageBreak() { m_pageBreak = true; }
    QTextCursor& cursor() { return m_cursor; }
    const QList<int>& headings() const { return m_headings; }

private:
    QTextCursor m_cursor;
    bool m_empty = true;
    bool m_pageBreak = false;
    QList<int> m_headings;
};

struct ReportDocument::Private {
    QString title;
    QString context;
    QDate printedOn = QDate::currentDate();
    std::vector<std::function<void(ReportBuilder&)>> blocks;
    std::vector<Chart> charts;

    /// Lays the blocks out on `device`, pages of the body's size; returns the document.
    std::unique_ptr<QTextDocument> layOut(QPaintDevice& device) const;
    static void keepHeadingsWithNext(QTextDocument& document, const QList<int>& headings);
};

namespace {

double pageHeightOf(const QTextDocument& document) {
    return document.pageSize().height();
}

/// The page of the block's first line (a line that does not fit moves to the next page
/// without its block's top).
int pageOf(const QTextDocument& document, const QTextBlock& block) {
    // blockBoundingRect() puts the layout's bounding rect at the layout's position.
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    double top = rect.top();
    if (const QTextLayout* layout = block.layout(); layout != nullptr && layout->lineCount() > 0)
        top += layout->lineAt(0).y(); // relative to the layout's position
    // A line moved to the next page starts right at its top edge: round up by a pixel.
    return static_cast<int>((top + 1) / pageHeightOf(document));
}

/// The block a heading must share its page with: the next one, or for a table the first row
/// after its header.
QTextBlock followerOf(const QTextBlock& heading) {
    QTextBlock next = heading.next();
    if (!next.isValid())
        return next;
    if (QTextTable* table = QTextCursor(next).currentTable()) {
        const int row = std::min(table->format().headerRowCount(), table->rows() - 1);
        return table->cellAt(row, 0).firstCursorPosition().block();
    }
    return next;
}

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
    keepHeadingsWithNext(*document, builder.headings());
    return document;
}

void ReportDocument::Private::keepHeadingsWithNext(QTextDocument& document,
                                                   const QList<int>& headings) {
    // A heading alone at the bottom of a page starts the next page instead; a run of
    // headings (a heading then a subheading) moves together. Each move shifts what follows,
    // so the pages are checked again from the top after each one.
    QSet<int> headingSet(headings.begin(), headings.end());
    for (int guard = 0; guard < 200; ++guard) {
        document.pageCount(); // lays the whole document out
        bool moved = false;
        for (const int number : headings) {
            const QTextBlock heading = document.findBlockByNumber(number);
            const QTextBlock follower = followerOf(heading);
            if (!follower.isValid() || pageOf(document, heading) == pageOf(document, follower))
                continue;
            QTextBlock first = heading;
            while (headingSet.contains(first.blockNumber() - 1) &&
                   first.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_AlwaysBefore)
                first = first.previous();
            if (first.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore)
                continue; // already at the top of a page: too long to keep together
            QTextBlockFormat format = first.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(first).setBlockFormat(format);
            moved = true;
            break;
        }
        if (!moved)
            return;
    }
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

void ReportDocument::addTitle(const QString& text) {
    d->blocks.push_back([text](ReportBuilder& b) {
        b.text(blockFormat(0, 1.5), textFormat(20, accentColor, true), text);
    });
}

void ReportDocument::addSubtitle(const QString& text) {
    d->blocks.push_back(
        [text](ReportBuilder& b) { b.text(blockFormat(0, 6), textFormat(11, mutedColor), text); });
}

void ReportDocument::addHeading(const QString& text) {
    d->blocks.push_back([text](ReportBuilder& b) {
        b.heading(blockFormat(7, 2.5), textFormat(13, accentColor, true), text);
    });
}

void ReportDocument::addSubheading(const QString& text) {
    d->blocks.push_back([text](ReportBuilder& b) {
        b.heading(blockFormat(4, 1.5), textFormat(10.5, inkColor, true), text);
    });
}

void ReportDocument::addParagraph(const QString& text) {
    d->blocks.push_back([text](ReportBuilder& b) {
        QTextBlockFormat format = blockFormat(0, 2);
        format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        b.text(format, textFormat(9.5), text);
    });
}

void ReportDocument::addNote(const QString& text) {
    d->blocks.push_back(
        [text](ReportBuilder& b) { b.text(blockFormat(0, 2), textFormat(8, mutedColor), text); });
}

void ReportDocument::addBulletList(const QStringList& items) {
    if (items.isEmpty())
        return;
    d->blocks.push_back([items](ReportBuilder& b) {
        QTextListFormat format;
        format.setStyle(QTextListFormat::ListDisc);
        format.setIndent(1);
        QTextList* list = nullptr;
        for (const QString& item : items) {
            b.text(blockFormat(0, 1.2), textFormat(9.5), item);
            if (list == nullptr)
                list = b.cursor().createList(format);
            else
                list->add(b.cursor().block());
        }
    });
}

void ReportDocument::addKeyValues(const QList<std::pair<QString, QString>>& pairs) {
    if (pairs.isEmpty())
        return;
    d->blocks.push_back([pairs](ReportBuilder& b) {
        QTextTableFormat format;
        format.setBorder(0);
        format.setCellSpacing(0);
        format.setCellPadding(px(0.8));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 28),
                                          QTextLength(QTextLength::PercentageLength, 72)});
        format.setBottomMargin(px(2));
        QTextTable* table = b.table(static_cast<int>(pairs.size()), 2, format);
        for (int row = 0; row < pairs.size(); ++row) {
            b.cell(table, row, 0, pairs[row].first, textFormat(8.5, mutedColor), Qt::AlignLeft);
            b.cell(table, row, 1, pairs[row].second, textFormat(9.5), Qt::AlignLeft);
        }
        b.afterTable();
    });
}

void ReportDocument::addKpis(const QList<ReportKpi>& kpis) {
    if (kpis.isEmpty())
        return;
    d->blocks.push_back([kpis](ReportBuilder& b) {
        const int count = static_cast<int>(kpis.size());
        const int columns = count <= 5 ? count : (count % 3 == 0 && count % 4 != 0 ? 3 : 4);
        const int rows = static_cast<int>((kpis.size() + columns - 1) / columns);
        QTextTableFormat format;
        format.setBorder(0);
        format.setCellSpacing(px(2.2));
        format.setCellPadding(px(2.6));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (int c = 0; c < columns; ++c)
            widths.append(QTextLength(QTextLength::PercentageLength, 100.0 / columns));
        format.setColumnWidthConstraints(widths);
        format.setBottomMargin(px(2));
        QTextTable* table = b.table(rows, columns, format);
        for (int i = 0; i < kpis.size(); ++i) {
            QTextTableCell cell = table->cellAt(i / columns, i % columns);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBackground(cardColor);
            cell.setFormat(cellFormat);
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.setBlockFormat(blockFormat(0, 0.5));
            // A long value (a date) in a smaller size, so that it stays on one line.
            cursor.insertText(kpis[i].value,
                              textFormat(kpis[i].value.size() > 7 ? 12 : 16, accentColor, true));
            cursor.insertBlock(blockFormat(0, 0), textFormat(8.5, inkColor));
            cursor.insertText(kpis[i].label, textFormat(8.5, inkColor));
            if (!kpis[i].detail.isEmpty()) {
                cursor.insertBlock(blockFormat(0.5, 0), textFormat(7.5, mutedColor));
                cursor.insertText(kpis[i].detail, textFormat(7.5, mutedColor));
            }
        }
        b.afterTable();
    });
}

void ReportDocument::addCards(const QList<ReportCard>& cards) {
    if (cards.isEmpty())
        return;
    d->blocks.push_back([cards](ReportBuilder& b) {
        const int columns =
            std::min<int>(cards.size() == 4 ? 2 : 3, static_cast<int>(cards.size()));
        const int rows = static_cast<int>((cards.size() + columns - 1) / columns);
        QTextTableFormat format;
        format.setBorder(0);
        format.setCellSpacing(px(2.2));
        format.setCellPadding(px(3));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (int c = 0; c < columns; ++c)
            widths.append(QTextLength(QTextLength::PercentageLength, 100.0 / columns));
        format.setColumnWidthConstraints(widths);
        format.setBottomMargin(px(2));
        QTextTable* table = b.table(rows, columns, format);
        for (int i = 0; i < cards.size(); ++i) {
            QTextTableCell cell = table->cellAt(i / columns, i % columns);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBackground(cardColor);
            cell.setFormat(cellFormat);
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.setBlockFormat(blockFormat(0, 1.5));
            cursor.insertText(cards[i].title, textFormat(10.5, accentColor, true));
            for (const auto& [label, value] : cards[i].lines) {
                cursor.insertBlock(blockFormat(0, 0.8), textFormat(7.5, mutedColor));
                cursor.insertText(label, textFormat(7.5, mutedColor));
                cursor.insertBlock(blockFormat(0, 1.2), textFormat(9.5));
                cursor.insertText(value.isEmpty() ? reportText::dash() : value, textFormat(9.5));
            }
        }
        b.afterTable();
    });
}

void ReportDocument::addTable(const ReportTable& table) {
    d->blocks.push_back([table](ReportBuilder& b) {
        if (table.rows.isEmpty()) {
            b.text(blockFormat(0, 3), textFormat(9.5, mutedColor),
                   table.emptyText.isEmpty()
                       ? QCoreApplication::translate("ReportDocument", "None.")
                       : table.emptyText);
            return;
        }
        const int columns = static_cast<int>(table.columns.size());
        QTextTableFormat format;
        format.setBorder(px(0.2));
        format.setBorderBrush(ruleColor);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(px(1.2));
        format.setHeaderRowCount(1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        double fixed = 0;
        int flexible = 0;
        for (const ReportColumn& column : table.columns) {
            fixed += column.widthPercent;
            flexible += column.widthPercent > 0 ? 0 : 1;
        }
        QList<QTextLength> widths;
        for (const ReportColumn& column : table.columns)
            widths.append(QTextLength(QTextLength::PercentageLength,
                                      column.widthPercent > 0
                                          ? column.widthPercent
                                          : std::max(5.0, (100 - fixed) / std::max(flexible, 1))));
        format.setColumnWidthConstraints(widths);
        format.setBottomMargin(px(3));
        QTextTable* text = b.table(static_cast<int>(table.rows.size()) + 1, columns, format);
        const QTextCharFormat header = textFormat(8, Qt::white, true);
        const QTextCharFormat body = textFormat(8.5);
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = text->cellAt(0, c);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBackground(accentColor);
            cell.setFormat(cellFormat);
            b.cell(text, 0, c, table.columns[c].header, header,
                   alignmentOf(table.columns[c].align));
        }
        for (int r = 0; r < table.rows.size(); ++r) {
            const bool tinted = table.highlightedRows.contains(r);
            for (int c = 0; c < columns; ++c) {
                if (tinted || r % 2 == 1) {
                    QTextTableCell cell = text->cellAt(r + 1, c);
                    QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                    cellFormat.setBackground(tinted ? highlightColor : zebraColor);
                    cell.setFormat(cellFormat);
                }
                b.cell(text, r + 1, c, table.rows[r].value(c), body,
                       alignmentOf(table.columns[c].align));
            }
        }
        b.afterTable();
    });
}

void ReportDocument::addBarChart(const ReportBarChart& chart) {
    const int index = static_cast<int>(d->charts.size());
    d->charts.emplace_back(chart);
    d->blocks.push_back([index](ReportBuilder& b) { b.chart(index); });
}

void ReportDocument::addLineChart(const ReportLineChart& chart) {
    const int index = static_cast<int>(d->charts.size());
    d->charts.emplace_back(chart);
    d->blocks.push_back([index](ReportBuilder& b) { b.chart(index); });
}

void ReportDocument::addSpace(double mm) {
    d->blocks.push_back([mm](ReportBuilder& b) {
        QTextBlockFormat format = blockFormat(0, 0);
        format.setLineHeight(px(mm), QTextBlockFormat::FixedHeight);
        b.block(format, textFormat(2));
    });
}

void ReportDocument::addPageBreak() {
    d->blocks.push_back([](ReportBuilder& b) { b.pageBreak(); });
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
