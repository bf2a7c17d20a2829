// The blocks of a report (titles, paragraphs, lists, key-values, KPIs, cards, tables,
// charts), kept as data by ReportDocument and written into a QTextDocument by ReportBuilder.
#include "ReportBlocks.h"

#include "ReportCharts.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome {

using namespace reportblocks;

QTextCharFormat reportblocks::textFormat(double points, const QColor& color, bool bold) {
    QTextCharFormat format;
    format.setFont(reportcharts::font(points, bold));
    format.setForeground(color);
    return format;
}

QTextBlockFormat reportblocks::blockFormat(double topMm, double bottomMm, Qt::Alignment alignment) {
    QTextBlockFormat format;
    format.setTopMargin(px(topMm));
    format.setBottomMargin(px(bottomMm));
    format.setAlignment(alignment | Qt::AlignAbsolute);
    format.setLayoutDirection(Qt::LeftToRight);
    return format;
}

namespace {

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

void ReportBuilder::block(const QTextBlockFormat& format, const QTextCharFormat& charFormat) {
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

void ReportBuilder::text(const QTextBlockFormat& format, const QTextCharFormat& charFormat,
                         const QString& text) {
    block(format, charFormat);
    m_cursor.insertText(text, charFormat);
}

void ReportBuilder::heading(int level, const QTextBlockFormat& format,
                            const QTextCharFormat& charFormat, const QString& text) {
    // Marked with a property of our own, not nonBreakableLines (which would stop a long
    // heading from wrapping and run it past the margin).
    QTextBlockFormat marked = format;
    marked.setProperty(HeadingLevelProperty, level);
    this->text(marked, charFormat, text);
    m_headings.append(m_cursor.block().blockNumber());
}

QTextTable* ReportBuilder::table(int rows, int columns, QTextTableFormat format) {
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

void ReportBuilder::afterTable() {
    m_cursor.movePosition(QTextCursor::End);
    m_cursor.setBlockFormat(blockFormat(0, 0));
    m_cursor.setBlockCharFormat(textFormat(2));
    m_empty = true;
}

void ReportBuilder::cell(QTextTable* table, int row, int column, const QString& text,
                         const QTextCharFormat& charFormat, Qt::Alignment alignment) {
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    // Not setBlockCharFormat: a cell's first block holds the cell's own format.
    cursor.setBlockFormat(blockFormat(0, 0, alignment));
    cursor.insertText(text, charFormat);
}

void ReportBuilder::chart(int index) {
    block(blockFormat(2, 4), textFormat(9));
    QTextCharFormat object;
    object.setObjectType(ChartObjectType);
    object.setProperty(ChartIndexProperty, index);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
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
        b.heading(1, blockFormat(7, 2.5), textFormat(13, accentColor, true), text);
    });
}

void ReportDocument::addSubheading(const QString& text) {
    d->blocks.push_back([text](ReportBuilder& b) {
        b.heading(2, blockFormat(4, 1.5), textFormat(10.5, inkColor, true), text);
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

} // namespace binome
