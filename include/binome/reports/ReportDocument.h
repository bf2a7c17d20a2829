#pragma once

#include "binome/domain/Result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

class QPagedPaintDevice;
class QTextDocument;

namespace binome {

/// One column of a report table.
struct ReportColumn {
    enum class Align { Left, Right, Center };
    QString header;
    double widthPercent = 0;   ///< share of the table's width; 0: an equal share of what is left
    Align align = Align::Left; ///< numbers: Right
};

/// A table that splits across pages with its header row repeated on each page.
struct ReportTable {
    QList<ReportColumn> columns;
    QList<QStringList> rows;   ///< plain text, one string per column (never HTML)
    QSet<int> highlightedRows; ///< rows tinted to draw the eye (e.g. flagged binômes)
    QString emptyText;         ///< printed instead of an empty table; default "None."
};

/// A headline figure: "12" over "sessions held".
struct ReportKpi {
    QString value;
    QString label;
    QString detail; ///< optional small line below the label (e.g. "of 20")
};

/// A boxed card of labelled lines, laid out side by side with others (e.g. both people).
struct ReportCard {
    QString title;
    QList<std::pair<QString, QString>> lines; ///< label, value
};

/// A named series of values, one per category of a bar chart.
struct ReportChartSeries {
    QString name;
    QList<double> values;
};

/// A bar chart: one series gives plain bars, several give grouped bars with a legend.
struct ReportBarChart {
    enum class Orientation { Vertical, Horizontal };
    QString title;
    QString categoryAxisTitle;
    QString valueAxisTitle;
    QStringList categories;
    QList<ReportChartSeries> series;
    Orientation orientation = Orientation::Vertical; ///< Horizontal for long category names
    std::optional<double> valueMax;                  ///< e.g. 5 for levels; default: from the data
    int decimals = 0;                                ///< of the value labels printed on the bars
    double heightMm = 0;                             ///< 0: chosen from the number of categories
    QString emptyText; ///< printed inside the frame when there is no data
};

/// A dated value of a line chart.
struct ReportLinePoint {
    QDate date;
    double value = 0;
};

struct ReportLineSeries {
    QString name;
    QList<ReportLinePoint> points; ///< in date order
};

/// A line chart of values over time (e.g. levels 0-5); each series drawn as steps and dots.
struct ReportLineChart {
    QString title;
    QString dateAxisTitle;
    QString valueAxisTitle;
    QList<ReportLineSeries> series;
    double valueMin = 0;
    double valueMax = 5;
    bool integerValues = true; ///< ticks on whole numbers only
    double heightMm = 75;
    QString emptyText;
};

/// A builder for A4 reports: every report (binôme, program, participant, letters) adds its
/// blocks in order, then paints the result on a PDF writer or a printer. Text is always plain
/// text (never interpreted as HTML), so a name typed with `<b>`, `&`, quotes or a
/// right-to-left mark prints exactly as typed.
///
/// Each page gets a header line ("context — title") and a footer (the printed date in the
/// locale's format, "Page N of M"). Headings are kept with what follows them; tables split
/// across pages with their header row repeated; charts are painted as vectors.
class ReportDocument {
public:
    /// `title` names the report ("Progress report"); `context` (e.g. the program's name) is
    /// printed before it in each page's header.
    explicit ReportDocument(const QString& title, const QString& context = {});
    ~ReportDocument();
    ReportDocument(ReportDocument&&) noexcept;
    ReportDocument& operator=(ReportDocument&&) noexcept;
    ReportDocument(const ReportDocument&) = delete;
    ReportDocument& operator=(const ReportDocument&) = delete;

    QString title() const;
    QString context() const;
    /// The date printed in each footer; default: today.
    void setPrintedOn(const QDate& date);
    QDate printedOn() const;

    // Blocks, in reading order.
    void addTitle(const QString& text);      ///< the large title at the top of a report/letter
    void addSubtitle(const QString& text);   ///< a grey line below the title
    void addHeading(const QString& text);    ///< a section heading, kept with what follows
    void addSubheading(const QString& text); ///< a smaller heading, kept with what follows
    void addParagraph(const QString& text);
    void addNote(const QString& text); ///< small grey text (a caption, a remark)
    void addBulletList(const QStringList& items);
    /// Label: value lines, the labels in a narrow column.
    void addKeyValues(const QList<std::pair<QString, QString>>& pairs);
    /// A row of headline figures (up to 5 in a row; more wrap onto rows of 3 or 4).
    void addKpis(const QList<ReportKpi>& kpis);
    /// Cards side by side (2 or 3 per row).
    void addCards(const QList<ReportCard>& cards);
    void addTable(const ReportTable& table);
    void addBarChart(const ReportBarChart& chart);
    void addLineChart(const ReportLineChart& chart);
    /// Vertical space, in millimetres.
    void addSpace(double mm);
    /// What follows starts on a new page (e.g. one letter per page).
    void addPageBreak();

    /// Lays the document out on A4 and paints every page on `device` (a QPdfWriter or a
    /// QPrinter): sets its page layout to A4 portrait without margins (the report draws its
    /// own margins, header and footer). Fails if the device cannot be painted on.
    Status paint(QPagedPaintDevice& device) const;
    /// Writes the PDF to `path` atomically (a temporary file in the same folder, renamed),
    /// readable by its owner only (0600). On failure nothing is left at `path`.
    Status writePdf(const QString& path) const;
    /// The number of A4 pages the report takes.
    int pageCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Helpers shared by the reports: a level "3/5", a number in the locale ("1 234,5"), a date
/// in the locale's short format, a share as a percentage ("75 %"); "—" for none.
namespace reportText {
QString level(std::optional<int> level);
QString number(double value, int decimals = 0);
QString date(const QDate& date);
QString percent(std::optional<double> share);
QString dash();
} // namespace reportText

} // namespace binome
