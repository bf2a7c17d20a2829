// The pagination of a report: once the document is laid out on pages, a table row split
// across two pages moves whole to the next one (row spacers end the page before it), and a
// heading left alone at the bottom of a page starts the next page instead.
#include "ReportPagination.h"

#include "ReportBlocks.h"

#include <QAbstractTextDocumentLayout>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace binome::reportpagination {

using namespace reportblocks;

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
    return block.isValid() && block.blockFormat().hasProperty(HeadingLevelProperty);
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

void paginate(QTextDocument& document, const QList<int>& headingNumbers) {
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

} // namespace binome::reportpagination
