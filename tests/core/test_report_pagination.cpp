// How report tables break across pages, read back as a reader would with pdftotext page by
// page: a row is never split between two pages (unless it is taller than a page) and each
// page of a table starts with its header row.
#include "binome/reports/ReportDocument.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

int pdfPages(const QString& path) {
    QProcess process;
    process.start(u"pdfinfo"_s, {path});
    EXPECT_TRUE(process.waitForFinished(60000));
    for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n'))
        if (line.startsWith(u"Pages:"))
            return line.mid(6).trimmed().toInt();
    return 0;
}

/// The text of each page, the first at index 0.
QStringList pageTexts(const QString& path) {
    QStringList pages;
    const int count = pdfPages(path);
    for (int page = 1; page <= count; ++page) {
        QProcess process;
        process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(page),
                                       u"-l"_s, QString::number(page), path, u"-"_s});
        EXPECT_TRUE(process.waitForFinished(60000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        pages.append(QString::fromUtf8(process.readAllStandardOutput()));
    }
    return pages;
}

/// The pages (1-based) where a word is printed, as whole words.
QList<int> pagesOf(const QStringList& pages, const QString& word) {
    const QRegularExpression pattern(u"(^|\\s)"_s + QRegularExpression::escape(word) +
                                     u"($|\\s)"_s);
    QList<int> found;
    for (int page = 0; page < pages.size(); ++page)
        if (pages[page].contains(pattern))
            found.append(page + 1);
    return found;
}

/// Row K: "row_K_start", a few lines, "row_K_end" in the notes (a line each, 3 to 7 lines);
/// every third row also has an owner long enough to wrap over several lines of its narrow
/// column, between "owner_K_start" and "owner_K_end". (No hyphens: a line may break after
/// one, and pdftotext joins the two halves without it.)
ReportTable markedTable(const QString& prefix, int rows) {
    ReportTable table;
    table.columns = {{u"No."_s, 8, ReportColumn::Align::Right},
                     {u"Notes and next steps"_s, 0, ReportColumn::Align::Left},
                     {u"Owner"_s, 18, ReportColumn::Align::Left}};
    for (int k = 1; k <= rows; ++k) {
        QStringList notes{u"%1_%2_start"_s.arg(prefix).arg(k)};
        for (int line = 0; line < 1 + k % 5; ++line)
            notes.append(u"Went over last time's homework, line %1."_s.arg(line + 1));
        notes.append(u"%1_%2_end"_s.arg(prefix).arg(k));
        const QString owner = k % 3 == 0 ? u"owner_%1_start Camille Dupont-Moreau, Ressources "
                                           "humaines, Toulouse owner_%1_end"_s.arg(k)
                                         : u"Ana Martin"_s;
        table.rows.append({QString::number(k), notes.join(u'\n'), owner});
        if (k % 4 == 1)
            table.highlightedRows.insert(k - 1);
    }
    return table;
}

/// Every marked row of `table` is printed whole on one page: its start and end markers.
void expectRowsWhole(const QStringList& pages, const QString& prefix, const ReportTable& table) {
    for (int k = 1; k <= table.rows.size(); ++k) {
        const QList<int> start = pagesOf(pages, u"%1_%2_start"_s.arg(prefix).arg(k));
        const QList<int> end = pagesOf(pages, u"%1_%2_end"_s.arg(prefix).arg(k));
        ASSERT_EQ(start.size(), 1) << prefix.toStdString() << " row " << k;
        EXPECT_EQ(end, start) << prefix.toStdString() << " row " << k << " starts on page "
                              << start.value(0) << ", ends on page " << end.value(0);
        if (k % 3 == 0) {
            const QList<int> ownerStart = pagesOf(pages, u"owner_%1_start"_s.arg(k));
            const QList<int> ownerEnd = pagesOf(pages, u"owner_%1_end"_s.arg(k));
            // Both tables share the owner markers: the row's own are on the row's page.
            EXPECT_TRUE(ownerStart.contains(start.value(0))) << "owner of row " << k;
            EXPECT_TRUE(ownerEnd.contains(start.value(0))) << "owner of row " << k;
        }
    }
}

} // namespace

TEST(ReportPagination, KeepsEveryTableRowWholeOnOnePageWithTheHeaderRepeated) {
    QTemporaryDir dir;
    ReportDocument report(u"Sessions"_s, u"Pagination"_s);
    report.setPrintedOn(QDate(2024, 6, 3));
    report.addTitle(u"Sessions"_s);
    report.addParagraph(u"Two long tables of rows of a few lines each."_s);
    report.addHeading(u"First table"_s);
    const ReportTable first = markedTable(u"row"_s, 70);
    report.addTable(first);
    report.addHeading(u"Second table"_s);
    const ReportTable second = markedTable(u"item"_s, 50);
    report.addTable(second);
    report.addParagraph(u"The end."_s);
    const QString pdf = dir.filePath(u"rows.pdf"_s);
    ASSERT_TRUE(report.writePdf(pdf).ok());

    const QStringList pages = pageTexts(pdf);
    ASSERT_GE(pages.size(), 6);
    EXPECT_EQ(report.pageCount(), pages.size());
    expectRowsWhole(pages, u"row"_s, first);
    expectRowsWhole(pages, u"item"_s, second);
    // The header row is printed on every page that holds rows, above them.
    for (int page = 0; page < pages.size(); ++page) {
        const qsizetype header = pages[page].indexOf(u"Notes and next steps"_s);
        const QRegularExpression marker(u"(row|item)_\\d+_start"_s);
        const qsizetype row = pages[page].indexOf(marker);
        if (row < 0)
            continue;
        EXPECT_GE(header, 0) << "no header on page " << page + 1;
        EXPECT_LT(header, row) << "page " << page + 1;
    }
    EXPECT_TRUE(pagesOf(pages, u"end."_s).contains(static_cast<int>(pages.size())));
}

TEST(ReportPagination, MovesATableWhoseFirstRowWouldBeSplitWithItsHeading) {
    // Whatever the fonts, one of these fillings leaves the first row (eight lines) astride the
    // end of the first page: the heading, the header and the row all go on the second page.
    for (int filling = 30; filling <= 50; filling += 2) {
        QTemporaryDir dir;
        ReportDocument report(u"First row"_s);
        for (int i = 0; i < filling; ++i)
            report.addParagraph(u"Line %1"_s.arg(i));
        report.addHeading(u"Checklist"_s);
        ReportTable table;
        table.columns = {{u"Step"_s, 0, ReportColumn::Align::Left}};
        QStringList lines{u"first_start"_s};
        for (int line = 0; line < 6; ++line)
            lines.append(u"Step %1 of the checklist"_s.arg(line + 1));
        lines.append(u"first_end"_s);
        table.rows = {{lines.join(u'\n')}, {u"second_row"_s}};
        report.addTable(table);
        const QString pdf = dir.filePath(u"first.pdf"_s);
        ASSERT_TRUE(report.writePdf(pdf).ok());
        const QStringList pages = pageTexts(pdf);
        const QList<int> start = pagesOf(pages, u"first_start"_s);
        ASSERT_EQ(start.size(), 1) << "filling " << filling;
        EXPECT_EQ(pagesOf(pages, u"first_end"_s), start) << "filling " << filling;
        EXPECT_EQ(pagesOf(pages, u"Checklist"_s), start) << "filling " << filling;
        // The header is repeated above the second row when it is on the next page.
        EXPECT_EQ(pagesOf(pages, u"Step"_s).value(0), start.value(0)) << "filling " << filling;
    }
}

TEST(ReportPagination, LetsARowTallerThanAPageRunOnTheNextPage) {
    QTemporaryDir dir;
    ReportDocument report(u"Long row"_s);
    report.addParagraph(u"A row of 150 lines cannot fit on one page."_s);
    ReportTable table;
    table.columns = {{u"No."_s, 10, ReportColumn::Align::Right},
                     {u"Text"_s, 0, ReportColumn::Align::Left}};
    QStringList lines;
    for (int line = 1; line <= 150; ++line)
        lines.append(u"long_%1"_s.arg(line));
    table.rows = {{u"1"_s, u"before_row"_s}, {u"2"_s, lines.join(u'\n')}, {u"3"_s, u"after_row"_s}};
    report.addTable(table);
    const QString pdf = dir.filePath(u"long.pdf"_s);
    ASSERT_TRUE(report.writePdf(pdf).ok());
    const QStringList pages = pageTexts(pdf);
    ASSERT_GE(pages.size(), 2);
    EXPECT_EQ(report.pageCount(), pages.size());
    for (int line = 1; line <= 150; ++line)
        EXPECT_EQ(pagesOf(pages, u"long_%1"_s.arg(line)).size(), 1) << "line " << line;
    // The row starts right below the one before it: no page left blank for it.
    EXPECT_EQ(pagesOf(pages, u"long_1"_s), pagesOf(pages, u"before_row"_s));
    EXPECT_EQ(pagesOf(pages, u"after_row"_s).size(), 1);
}

TEST(ReportPagination, WrapsAHeadingTooLongForOneLineWithinTheMargins) {
    QTemporaryDir dir;
    ReportDocument report(u"Long heading"_s);
    report.addParagraph(u"A heading of 300 characters takes several lines."_s);
    // 26 words of 10 characters and their spaces, then a last word of 14: 300 characters.
    QStringList words;
    for (int i = 1; i <= 26; ++i)
        words.append(u"headword%1"_s.arg(i, 2, 10, QChar(u'0')));
    words.append(u"lastheadingend"_s);
    const QString heading = words.join(u' ');
    ASSERT_EQ(heading.size(), 300);
    report.addHeading(heading);
    report.addSubheading(words.mid(0, 20).join(u' ') + u" lastsubword"_s);
    report.addParagraph(u"after_heading"_s);
    const QString pdf = dir.filePath(u"heading.pdf"_s);
    ASSERT_TRUE(report.writePdf(pdf).ok());

    const QStringList pages = pageTexts(pdf);
    ASSERT_EQ(pages.size(), 1);
    for (const QString& word : words)
        EXPECT_EQ(pagesOf(pages, word), QList<int>{1}) << word.toStdString();
    EXPECT_EQ(pagesOf(pages, u"lastsubword"_s), QList<int>{1});
    EXPECT_EQ(pagesOf(pages, u"after_heading"_s), QList<int>{1});

    // Every word ends left of the right margin (18 mm), in points as pdftotext -bbox gives them.
    QProcess process;
    process.start(u"pdftotext"_s, {u"-bbox"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    ASSERT_TRUE(process.waitForFinished(60000));
    const QString boxes = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpressionMatch page =
        QRegularExpression(u"<page width=\"([0-9.]+)\""_s).match(boxes);
    ASSERT_TRUE(page.hasMatch());
    const double right = page.captured(1).toDouble() - 18 / 25.4 * 72;
    const QRegularExpression word(u"<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" "
                                  "xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">([^<]*)</word>"_s);
    int checked = 0;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!match.captured(3).startsWith(u"headword"_s) &&
            !match.captured(3).startsWith(u"last"_s))
            continue;
        ++checked;
        EXPECT_LE(match.captured(2).toDouble(), right + 0.5) << match.captured(3).toStdString();
    }
    EXPECT_GE(checked, 27 + 21);
}
