#pragma once

#include "binome/services/ProgramStatistics.h"

#include <QCoreApplication>
#include <QFrame>
#include <QList>
#include <QString>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace binome::gui {

/// A chart of the dashboard, or a sentence when it has nothing to show ("No session held yet"),
/// never an empty frame; with a "Save chart…" button and context menu that save it as PNG.
class ChartPanel final : public QFrame {
    Q_OBJECT

public:
    /// `title` names the chart (in the sentence shown when it is empty, and the file suggested).
    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);
    ~ChartPanel() override;

    /// Shows `chart` (taken; the previous one is deleted); a null chart shows `emptySentence`.
    void setChart(QChart* chart, const QString& emptySentence);
    void setTitle(const QString& title);
    QString title() const { return m_title; }
    bool isEmpty() const;
    QChart* chart() const;
    QChartView* view() const { return m_view; }
    /// The sentence shown instead of an empty chart.
    QString emptySentence() const;

    /// Writes the chart as it is shown to `path` as PNG; false (reported) on failure.
    bool saveTo(const QString& path);

public Q_SLOTS:
    /// Asks where, then saveTo().
    void saveAs();

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    QString m_title;
    QStackedWidget* m_stack;
    QChartView* m_view;
    QLabel* m_emptyTitle;
    QLabel* m_empty;
    QToolButton* m_saveButton;
};

/// The dashboard's charts, built from a program's statistics; each returns nullptr when it has
/// nothing to show. Axes are titled, legends shown, numbers in the interface's locale.
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    /// Sessions held per month (bars), from the program's start month.
    static QChart* sessionsPerMonth(const ProgramStatistics& statistics);
    /// Mean level at kickoff against latest, per skill (grouped horizontal bars, skill names on
    /// the axis), the largest gains first; at most `maxSkills` skills.
    static QChart* levelsBySkill(const ProgramStatistics& statistics, int maxSkills = 12);
    /// Objectives by status, with their counts.
    static QChart* objectivesByStatus(const ProgramStatistics& statistics);
    /// Programs side by side on shares (0-100 %): cadence kept, objectives achieved,
    /// satisfaction of both (as a share of 5).
    static QChart* comparison(const QList<ProgramStatistics>& programs);

    /// The sentences shown instead.
    static QString noSession();
    static QString noLevels();
    static QString noObjective();
    static QString noProgram();
};

} // namespace binome::gui
