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
#include <limits>
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
constexpr int HeadingProperty = QTextFormat::UserProperty + 2;   ///< on a heading's block
constexpr int RowSpacerProperty = QTextFormat::UserProperty + 3; ///< on a row spacer's block

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
        keep.setProperty(HeadingProperty, true);
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
    static void paginate(QTextDocument& document, const QList<int>& headings);
};

namespace {

double pageHeightOf(const QTextDocument& document) {
    return document.pageSize().height();
}

/// The page of a line whose top is at `top`: a line moved to the next page starts right at
/// its top edge, so round up by a pixel.
int pageAt(const QTextDocument& document, double top) {
    return static_cast<int>((top + 1) / pageHeightOf(document));
}

/// The page of the block's first line (a line that does not fit moves to the next page
/// without its block's top).
int pageOf(const QTextDocument& document, const QTextBlock& block) {
    // blockBoundingRect() puts the layout's bounding rect at the layout's position.
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    double top = rect.top();
    if (const QTextLayout* layout = block.layout(); layout != nullptr && layout->lineCount() > 0)
        top += layout->lineAt(0).y(); // relative to the layout's position
    return pageAt(document, top);
}

bool isHeading(const QTextBlock& block) {
    return block.isValid() && block.blockFormat().hasProperty(HeadingProperty);
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

/// Where the lines of a table row are laid out (row spacers left out). Tops and bottoms are
/// in document coordinates, offsets from the top of their page.
struct RowMeasure {
    double top = 0;              ///< its first line's top
    int page = 0;                ///< the page of that line
    double height = 0;           ///< the height of its content, were it on one page
    int tallest = 0;             ///< the column of its tallest cell
    double lastBottomOnPage = 0; ///< the bottom of its last line on its first page
    bool split = false;          ///< some of its lines are on a later page
    bool spaced = false;         ///< it holds a row spacer
    double firstLineHeight = 0;  ///< the shortest first line of its cells
    double lowestOffset = 0;     ///< the lowest bottom of its lines, as an offset
    double pushedOffset = 0;     ///< where the first line moved to the next page would have
                                 ///< ended on the page before, as an offset; 0: none moved
    double continuedOffset = -1; ///< the top of the lines moved to the next page, as an offset
};

/// Calls `visit(top, bottom)` for each line of a cell, in document coordinates; true if the
/// cell holds a row spacer (left out).
template <typename Visit>
bool forEachLine(const QTextDocument& document, const QTextTableCell& cell, Visit visit) {
    bool spaced = false;
    const QTextBlock end = cell.lastCursorPosition().block().next();
    for (QTextBlock block = cell.firstCursorPosition().block(); block.isValid() && block != end;
         block = block.next()) {
        if (block.blockFormat().hasProperty(RowSpacerProperty)) {
            spaced = true;
            continue;
        }
        const double top = document.documentLayout()->blockBoundingRect(block).top();
        const QTextLayout* layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            visit(top + line.y(), top + line.y() + line.height());
        }
    }
    return spaced;
}

RowMeasure measureRow(const QTextDocument& document, const QTextTable& table, int row) {
    const double pageHeight = pageHeightOf(document);
    RowMeasure m;
    m.top = std::numeric_limits<double>::max();
    m.firstLineHeight = std::numeric_limits<double>::max();
    m.height = -1;
    QList<std::pair<double, double>> lines; // of the whole row
    for (int column = 0; column < table.columns(); ++column) {
        double segmentTop = 0;
        double previousBottom = 0;
        int previousPage = -1;
        double height = 0;
        m.spaced |=
            forEachLine(document, table.cellAt(row, column), [&](double top, double bottom) {
                const int page = pageAt(document, top);
                if (previousPage < 0) {
                    m.top = std::min(m.top, top);
                    m.firstLineHeight = std::min(m.firstLineHeight, bottom - top);
                    segmentTop = top;
                } else if (page > previousPage) {
                    // A line moved to the next page: the cell's content is in two pieces.
                    height += previousBottom - segmentTop;
                    segmentTop = top;
                    const double pushed = previousBottom - previousPage * pageHeight + bottom - top;
                    m.pushedOffset = m.pushedOffset > 0 ? std::min(m.pushedOffset, pushed) : pushed;
                    m.continuedOffset = std::max(m.continuedOffset, top - page * pageHeight);
                }
                m.lowestOffset = std::max(m.lowestOffset, bottom - page * pageHeight);
                previousBottom = bottom;
                previousPage = page;
                lines.append({top, bottom});
            });
        if (previousPage >= 0)
            height += previousBottom - segmentTop;
        if (height > m.height) {
            m.height = height;
            m.tallest = column;
        }
    }
    m.page = pageAt(document, m.top);
    m.lastBottomOnPage = m.top;
    for (const auto& [top, bottom] : lines) {
        if (pageAt(document, top) > m.page)
            m.split = true;
        else
            m.lastBottomOnPage = std::max(m.lastBottomOnPage, bottom);
    }
    return m;
}

/// A table's pagination, as measured on its rows: what it takes to tell where the rows fall
/// after some of them move, without laying the table out again.
struct TableGeometry {
    double gap = -1;         ///< from a row's content to the next row's
    double firstOffset = -1; ///< the top of the first row of a page after the first
    double limit = 0;        ///< a line ending above this offset fits on the page
    double beyond = 0;       ///< a line ending below this offset does not (0: unknown)
    double firstLine = 0;    ///< the shortest first line of a row
    /// True if a row spacer can end a page for sure: reaching `limit` (less some pixels to
    /// spare) leaves less room than any row's first line needs.
    bool known(double spare) const {
        return gap >= 0 && firstOffset >= 0 && beyond > 0 &&
               beyond - limit + spare < gap + firstLine;
    }
};

TableGeometry geometryOf(const QList<RowMeasure>& rows, int firstRow, double pageHeight) {
    TableGeometry g;
    double gapMin = std::numeric_limits<double>::max();
    double gapMax = -1;
    double beyond = std::numeric_limits<double>::max();
    g.firstLine = std::numeric_limits<double>::max();
    double continued = -1;
    for (int row = firstRow; row < rows.size(); ++row) {
        const RowMeasure& m = rows[row];
        g.limit = std::max(g.limit, m.lowestOffset);
        g.firstLine = std::min(g.firstLine, m.firstLineHeight);
        if (m.pushedOffset > 0)
            beyond = std::min(beyond, m.pushedOffset);
        continued = std::max(continued, m.continuedOffset);
        if (row == firstRow || rows[row - 1].split)
            continue;
        const RowMeasure& above = rows[row - 1];
        if (m.page == above.page) {
            const double gap = m.top - above.top - above.height;
            gapMin = std::min(gapMin, gap);
            gapMax = std::max(gapMax, gap);
        } else if (m.page > above.page) {
            // A row moved whole to the next page.
            g.firstOffset = std::max(g.firstOffset, m.top - m.page * pageHeight);
            if (!above.spaced && gapMax >= 0)
                beyond = std::min(beyond, above.top + above.height + gapMax -
                                              above.page * pageHeight + m.firstLineHeight);
        }
    }
    if (gapMax >= 0 && gapMax - gapMin <= 1)
        g.gap = gapMax;
    if (g.firstOffset < 0)
        g.firstOffset = continued;
    if (beyond < std::numeric_limits<double>::max())
        g.beyond = beyond;
    return g;
}

/// A table row split across two pages, or none (`table` null), with the measures of the
/// table's rows.
struct SplitRow {
    QTextTable* table = nullptr;
    int row = 0;
    QList<RowMeasure> rows;
    int position() const { return table->cellAt(row, 0).firstPosition(); }
};

int firstBodyRow(const QTextTable& table) {
    return std::min(table.format().headerRowCount(), table.rows() - 1);
}

/// The top of a row's first line, in document coordinates.
double rowTop(const QTextDocument& document, const QTextTable& table, int row) {
    double top = std::numeric_limits<double>::max();
    for (int column = 0; column < table.columns(); ++column) {
        const QTextBlock block = table.cellAt(row, column).firstCursorPosition().block();
        double lineTop = document.documentLayout()->blockBoundingRect(block).top();
        if (block.layout()->lineCount() > 0)
            lineTop += block.layout()->lineAt(0).y();
        top = std::min(top, lineTop);
    }
    return top;
}

/// The rows of a table from `start` on that may be split across pages: the last row starting
/// on each page (rows start in order: found by bisection, without measuring every row).
QList<int> rowsAtPageEnds(const QTextDocument& document, const QTextTable& table, int start) {
    const int last = table.rows() - 1;
    QList<int> rows;
    if (start > last)
        return rows;
    const int lastPage = pageAt(document, rowTop(document, table, last));
    for (int page = pageAt(document, rowTop(document, table, start)); page < lastPage; ++page) {
        // The last row starting on `page` or before: rows[low] does, rows[high] does not.
        int low = rows.isEmpty() ? start : rows.last();
        int high = last;
        while (high - low > 1) {
            const int middle = (low + high) / 2;
            if (pageAt(document, rowTop(document, table, middle)) <= page)
                low = middle;
            else
                high = middle;
        }
        if (rows.isEmpty() || rows.last() != low)
            rows.append(low);
    }
    if (rows.isEmpty() || rows.last() != last)
        rows.append(last);
    return rows;
}

/// The first row split across pages, from the table holding `from` on. Rows in `tooTall`
/// are known to be taller than a page.
SplitRow firstSplitRow(const QTextDocument& document, int from, const QSet<int>& tooTall) {
    const QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (table == nullptr || table->lastPosition() < from)
            continue;
        int start = firstBodyRow(*table);
        if (from > table->firstPosition())
            start = std::max(start, table->cellAt(from).row());
        for (const int row : rowsAtPageEnds(document, *table, start)) {
            if (!measureRow(document, *table, row).split ||
                tooTall.contains(table->cellAt(row, 0).firstPosition()))
                continue;
            QList<RowMeasure> rows(table->rows());
            for (int r = firstBodyRow(*table); r < table->rows(); ++r)
                rows[r] = measureRow(document, *table, r);
            return {table, row, rows};
        }
    }
    return {};
}

/// Adds a row spacer `height` device pixels tall at the end of a cell.
void addSpacer(QTextDocument& document, const QTextTableCell& cell, double height) {
    const QPaintDevice* device = document.documentLayout()->paintDevice();
    const double scale = device != nullptr ? device->logicalDpiY() / 96.0 : 1.0;
    QTextBlockFormat spacer;
    spacer.setLineHeight(std::max(height, 0.0) / scale, QTextBlockFormat::FixedHeight);
    spacer.setProperty(RowSpacerProperty, true);
    QTextCursor cursor = cell.lastCursorPosition();
    cursor.insertBlock(spacer, textFormat(1));
}

/// Removes the row spacers of the rows from `firstRow` on.
void removeSpacers(QTextTable& table, int firstRow) {
    for (int row = std::max(firstRow, 0); row < table.rows(); ++row) {
        for (int column = 0; column < table.columns(); ++column) {
            const QTextTableCell cell = table.cellAt(row, column);
            // Spacers end a cell, after its text. (A removal may leave a block handle dangling:
            // the cell's last block is looked up again each time.)
            for (;;) {
                const QTextBlock block = cell.lastCursorPosition().block();
                if (!block.blockFormat().hasProperty(RowSpacerProperty) ||
                    block.position() <= cell.firstPosition())
                    break;
                QTextCursor cursor(block);
                cursor.movePosition(QTextCursor::PreviousCharacter);
                cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
                cursor.removeSelectedText();
            }
        }
    }
}

/// Moves a split row whole to the next page, and ends the next pages of the table before
/// the rows that would be split there too; false if the row cannot move (taller than a
/// page, or at the top of its page already).
bool keepRowsWhole(QTextDocument& document, const SplitRow& split) {
    QTextTable& table = *split.table;
    const QList<RowMeasure>& rows = split.rows;
    const double pageHeight = pageHeightOf(document);
    const RowMeasure& row = rows[split.row];
    const TableGeometry geometry = geometryOf(rows, firstBodyRow(table), pageHeight);
    if (geometry.firstOffset >= 0 && row.height > geometry.limit - geometry.firstOffset)
        return false; // taller than a page: it would be split on the next page too
    if (split.row == firstBodyRow(table)) {
        // The table's first row: the whole table starts the next page (its header with it).
        QTextTableFormat format = table.format();
        const double top = document.documentLayout()->frameBoundingRect(&table).top();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore ||
            top <= row.page * pageHeight + 1)
            return false;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table.setFormat(format);
        return true;
    }
    // Otherwise the row above grows down to the last line the page holds (a row spacer at the
    // end of its tallest cell): the table layout then finds no room for the first line of any
    // cell of the row and moves it whole to the next page, below the repeated header.
    const RowMeasure& above = rows[split.row - 1];
    const double aboveBottom = above.top + above.height;
    if (above.split || pageAt(document, aboveBottom) < row.page)
        return false; // the row starts its page already
    removeSpacers(table, split.row - 1);
    // A pixel less, so that the spacer fits on the page whatever the rounding.
    addSpacer(document, table.cellAt(split.row - 1, above.tallest),
              row.lastBottomOnPage - aboveBottom - 1);
    // The rows that follow keep their heights: tell where they fall and end each page before
    // the first row that would not fit, the same way. A few pixels to spare for rounding.
    constexpr double spare = 3;
    if (!geometry.known(spare))
        return true; // the next pages are checked after the table is laid out again
    int page = row.page + 1;
    double top = page * pageHeight + geometry.firstOffset;
    for (int next = split.row + 1; next < rows.size(); ++next) {
        const double bottom = top + rows[next - 1].height; // of the row above `next`
        const double nextTop = bottom + geometry.gap;
        if (nextTop + rows[next].height <= page * pageHeight + geometry.limit - spare) {
            top = nextTop;
            continue;
        }
        if (rows[next].height > geometry.limit - geometry.firstOffset - spare)
            break; // taller than a page: it splits, and where the next rows fall is not known
        addSpacer(document, table.cellAt(next - 1, rows[next - 1].tallest),
                  page * pageHeight + geometry.limit - bottom - spare);
        ++page;
        top = page * pageHeight + geometry.firstOffset;
    }
    return true;
}

/// The first heading (of a run of headings) left alone at the bottom of a page, or an
/// invalid block.
QTextBlock firstLoneHeading(const QTextDocument& document, const QList<QTextBlock>& headings) {
    for (const QTextBlock& heading : headings) {
        const QTextBlock follower = followerOf(heading);
        if (!follower.isValid() || pageOf(document, heading) == pageOf(document, follower))
            continue;
        QTextBlock first = heading;
        while (isHeading(first.previous()) &&
               first.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_AlwaysBefore)
            first = first.previous();
        if (first.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore)
            continue; // already at the top of a page: too long to keep together
        return first;
    }
    return {};
}

/// Moves a run of headings to the next page, with the table that follows it.
void startPageWith(const QTextBlock& first) {
    QTextBlockFormat format = first.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(first).setBlockFormat(format);
    // A table moved to the next page on its own would now start the page after.
    QTextBlock last = first;
    while (isHeading(last.next()))
        last = last.next();
    if (QTextTable* table = QTextCursor(last.next()).currentTable();
        table != nullptr &&
        table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
        QTextTableFormat tableFormat = table->format();
        tableFormat.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        table->setFormat(tableFormat);
    }
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
    paginate(*document, builder.headings());
    return document;
}

void ReportDocument::Private::paginate(QTextDocument& document, const QList<int>& headingNumbers) {
    // Headings as blocks: they stay valid when row spacers are inserted, block numbers do not.
    QList<QTextBlock> headings;
    for (const int number : headingNumbers)
        headings.append(document.findBlockByNumber(number));
    // A heading alone at the bottom of a page starts the next page instead (a run of headings,
    // a heading then a subheading, moves together); a table row split across two pages moves
    // whole to the next one (with the rows of the table that would be split on the next
    // pages, in the same move). Each move shifts what follows and nothing before it, so after
    // each one the document is laid out again (the longest part of the work) and checked from
    // the move on. Each row and heading moves once at most.
    QSet<int> moved;   // the rows moved whole, by position
    QSet<int> tooTall; // the rows left split: taller than a page
    int from = 0;
    for (int guard = 0; guard < 10000; ++guard) {
        document.pageCount(); // lays the whole document out
        const QTextBlock heading = firstLoneHeading(document, headings);
        const SplitRow split = firstSplitRow(document, from, tooTall);
        // One edit block per move: the document is laid out again once, at its end.
        QTextCursor edit(&document);
        edit.beginEditBlock();
        if (heading.isValid() &&
            (split.table == nullptr || heading.position() < split.position())) {
            startPageWith(heading);
            from = heading.position();
        } else if (split.table != nullptr) {
            from = split.position();
            if (moved.contains(from) || !keepRowsWhole(document, split)) {
                tooTall.insert(from);
            } else {
                from = split.position(); // a spacer above the row shifted it
                moved.insert(from);
            }
        } else {
            edit.endEditBlock();
            return;
        }
        edit.endEditBlock();
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
