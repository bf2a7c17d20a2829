#pragma once

#include "binome/domain/Program.h"
#include "binome/services/ProgramStatistics.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class DashboardPage;
}

namespace binome::gui {

class AtRiskTableModel;
class BinomeDetailDialog;
class ChartPanel;
class EmptyState;
class KpiTile;
class ProgramComparisonModel;
class Workspace;

/// A program at a glance: its figures as tiles (binômes, sessions, hours, cadence, objectives,
/// level gain, satisfaction), its charts (sessions per month, levels at kickoff against latest
/// per skill, objectives by status) and the binômes needing attention; and every program side
/// by side. Follows the workspace's changes; every chart can be saved as PNG.
class DashboardPage final : public QWidget {
    Q_OBJECT

public:
    enum Chart { SessionsChart, LevelsChart, ObjectivesChart, ComparisonChart, ChartCount };

    explicit DashboardPage(Workspace& workspace, QWidget* parent = nullptr);
    ~DashboardPage() override;

    qint64 programId() const;
    void selectProgram(qint64 programId);
    /// The date the figures are computed at; today unless set (tests pin it).
    void setToday(const QDate& today);
    QDate today() const;

    /// The figures shown for the chosen program.
    const ProgramStatistics& statistics() const { return m_statistics; }
    KpiTile* tile(int kpi) const;
    ChartPanel* chartPanel(Chart chart) const;
    AtRiskTableModel* atRiskModel() const { return m_atRisk; }
    QSortFilterProxyModel* atRiskProxy() const { return m_atRiskProxy; }
    ProgramComparisonModel* comparisonModel() const { return m_comparison; }

    /// Opens the binôme's detail (non-blocking); returns it, or nullptr when it cannot be shown.
    BinomeDetailDialog* openDetail(qint64 binomeId);

public Q_SLOTS:
    void reloadPrograms();
    void reload();
    /// Computes every program's figures for the comparison.
    void reloadComparison();
    void openSelected();

Q_SIGNALS:
    /// The empty page's buttons when no database is open (the main window opens one).
    void openDemoRequested();
    void openDatabaseRequested();
    /// The empty page's button when there is no program (the main window shows the Programs
    /// page and its dialog for a new program).
    void createProgramRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void catchUp();
    void showStatistics();
    void showProgramInfo();
    void tabChanged();
    /// Says what to do when there is nothing to show: no database, no program.
    void updateEmptyState();

    const std::unique_ptr<Ui::DashboardPage> m_ui;
    Workspace& m_workspace;
    QList<KpiTile*> m_tiles;
    QList<ChartPanel*> m_charts;
    AtRiskTableModel* m_atRisk;
    QSortFilterProxyModel* m_atRiskProxy;
    ProgramComparisonModel* m_comparison;
    QList<Program> m_programs;
    ProgramStatistics m_statistics;
    QDate m_today;
    bool m_programsStale = false;
    bool m_statisticsStale = false;
    bool m_comparisonStale = true;
    bool m_columnsSized = false;
    EmptyState* m_emptyState = nullptr;
};

} // namespace binome::gui
