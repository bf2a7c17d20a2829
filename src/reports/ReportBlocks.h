#pragma once

// The blocks of a report (private to src/reports): kept as data by ReportDocument, written
// into a QTextDocument by ReportBuilder; with the page geometry, colours and formats that the
// layout, the pagination and the page frame share.
#include "binome/reports/ReportDocument.h"

#include <QColor>
#include <QTextCursor>
#include <QTextFormat>

#include <functional>
#include <variant>
#include <vector>

class QPaintDevice;
class QTextTable;

namespace binome {

namespace reportblocks {

// Page geometry, in millimetres.
inline constexpr double pageWidthMm = 210;
inline constexpr double pageHeightMm = 297;
inline constexpr double marginMm = 18;
inline constexpr double headerBaselineMm = 11;
inline constexpr double footerBaselineMm = pageHeightMm - 9;

inline const QColor inkColor(0x22, 0x2B, 0x36);
inline const QColor accentColor(0x1F, 0x3A, 0x5F);
inline const QColor mutedColor(0x6B, 0x74, 0x80);
inline const QColor ruleColor(0xC9, 0xD1, 0xDA);
inline const QColor zebraColor(0xF4, 0xF6, 0xF9);
inline const QColor highlightColor(0xFF, 0xF1, 0xD6);
inline const QColor cardColor(0xEE, 0xF3, 0xF8);

inline constexpr int ChartObjectType = QTextFormat::UserObject + 1;
inline constexpr int ChartIndexProperty = QTextFormat::UserProperty + 1;
/// On a heading's block: its level (1 a heading, 2 a subheading). The pagination keeps
/// headings with what follows them.
inline constexpr int HeadingLevelProperty = QTextFormat::UserProperty + 2;
/// On a row spacer's block.
inline constexpr int RowSpacerProperty = QTextFormat::UserProperty + 3;

/// A length for QTextDocument, which counts fixed lengths in 1/96 inch and scales them to the
/// device it lays out on.
inline double px(double mm) {
    return mm * 96.0 / 25.4;
}

QTextCharFormat textFormat(double points, const QColor& color = inkColor, bool bold = false);
QTextBlockFormat blockFormat(double topMm, double bottomMm,
                             Qt::Alignment alignment = Qt::AlignLeft);

using Chart = std::variant<ReportBarChart, ReportLineChart>;

} // namespace reportblocks

/// Writes the blocks into a QTextDocument.
class ReportBuilder {
public:
    explicit ReportBuilder(QTextDocument& document)
        : m_cursor(&document) {}

    /// A new paragraph in the flow (the document's first, empty one the first time).
    void block(const QTextBlockFormat& format, const QTextCharFormat& charFormat);
    void text(const QTextBlockFormat& format, const QTextCharFormat& charFormat,
              const QString& text);
    /// A heading of `level` (1 or 2), marked for the pagination to keep it with what follows.
    void heading(int level, const QTextBlockFormat& format, const QTextCharFormat& charFormat,
                 const QString& text);
    /// A table after the current block; the cursor is left after it.
    QTextTable* table(int rows, int columns, QTextTableFormat format);
    /// After a table: the cursor is in the empty block that follows it; the next block() uses
    /// that block instead of leaving an empty paragraph behind.
    void afterTable();
    void cell(QTextTable* table, int row, int column, const QString& text,
              const QTextCharFormat& charFormat, Qt::Alignment alignment);
    void chart(int index);

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
    std::vector<reportblocks::Chart> charts;

    /// Lays the blocks out on `device`, pages of the body's size; returns the document.
    std::unique_ptr<QTextDocument> layOut(QPaintDevice& device) const;
};

} // namespace binome
