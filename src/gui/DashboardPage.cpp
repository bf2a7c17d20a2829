#include "DashboardPage.h"

#include "AtRiskTableModel.h"
#include "BinomeDetailDialog.h"
#include "DashboardCharts.h"
#include "DashboardKpis.h"
#include "EmptyState.h"
#include "KpiTile.h"
#include "ProgramChoice.h"
#include "ProgramComparisonModel.h"
#include "SortProxy.h"
#include "Workspace.h"
#include "ui_DashboardPage.h"

#include "binome/services/ProgramService.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QShowEvent>
#include <QSortFilterProxyModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

constexpr int TileColumns = 5;

QString dateText(const QDate& date) {
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

DashboardPage::DashboardPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardPage>())
    , m_workspace(workspace)
    , m_atRisk(new AtRiskTableModel(this))
    , m_atRiskProxy(new SortProxy(this))
    , m_comparison(new ProgramComparisonModel(this)) {
    m_ui->setupUi(this);

    for (int kpi = 0; kpi < Kpi::Count; ++kpi) {
        auto* tile = new KpiTile(m_ui->programContent);
        m_ui->tilesGrid->addWidget(tile, kpi / TileColumns, kpi % TileColumns);
        m_tiles << tile;
    }
    for (int column = 0; column < TileColumns; ++column)
        m_ui->tilesGrid->setColumnStretch(column, 1);

    const QList<QPair<QString, QString>> charts = {
        {tr("Sessions held per month"), u"sessionsChart"_s},
        {tr("Mean level per skill: at kickoff and at the latest debrief"), u"levelsChart"_s},
        {tr("Objectives by status"), u"objectivesChart"_s},
        {tr("Programs compared"), u"comparisonChart"_s},
    };
    for (const auto& [title, name] : charts) {
        auto* panel = new ChartPanel(title, this);
        panel->setObjectName(name);
        connect(panel, &ChartPanel::errorOccurred, &m_workspace, &Workspace::reportError);
        m_charts << panel;
    }
    m_ui->chartsGrid->addWidget(m_charts[SessionsChart], 0, 0);
    m_ui->chartsGrid->addWidget(m_charts[ObjectivesChart], 0, 1);
    m_ui->chartsGrid->addWidget(m_charts[LevelsChart], 1, 0, 1, 2);
    m_ui->chartsGrid->setColumnStretch(0, 3);
    m_ui->chartsGrid->setColumnStretch(1, 2);
    m_charts[LevelsChart]->setMinimumHeight(360); // about ten skills, names readable
    m_ui->compareSplitter->addWidget(m_charts[ComparisonChart]);
    m_ui->compareSplitter->setStretchFactor(0, 1);
    m_ui->compareSplitter->setStretchFactor(1, 1);

    m_atRiskProxy->setSourceModel(m_atRisk);
    m_atRiskProxy->setSortRole(AtRiskTableModel::SortRole);
    m_ui->atRiskView->setModel(m_atRiskProxy);
    m_ui->atRiskView->verticalHeader()->hide();
    m_ui->atRiskView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_ui->atRiskView->horizontalHeader()->setStretchLastSection(false);
    m_ui->atRiskView->horizontalHeader()->setSectionResizeMode(AtRiskTableModel::ReasonsColumn,
                                                               QHeaderView::Stretch);
    m_ui->atRiskView->sortByColumn(AtRiskTableModel::ReasonsColumn, Qt::DescendingOrder);
    connect(m_ui->atRiskView, &QTableView::activated, this, &DashboardPage::openSelected);

    m_ui->compareView->setModel(m_comparison);
    m_ui->compareView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->compareView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->compareView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    connect(m_ui->programCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::reload);
    connect(m_ui->tabWidget, &QTabWidget::currentChanged, this, &DashboardPage::tabChanged);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes what) {
        m_programsStale = m_programsStale || what.testAnyFlags(Workspace::Programs);
        const bool figures =
            what.testAnyFlags(Workspace::FollowUp | Workspace::Binomes | Workspace::Programs |
                              Workspace::Participants | Workspace::Catalog);
        m_statisticsStale = m_statisticsStale || figures;
        m_comparisonStale = m_comparisonStale || figures;
        // A hidden page catches up when shown: edits elsewhere stay quick with a big program.
        if (isVisible())
            catchUp();
    });
    // F2 opens the selected binôme needing attention, as Enter does.
    m_ui->atRiskView
        ->addAction(QString(), QKeySequence(Qt::Key_F2), this, &DashboardPage::openSelected)
        ->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_emptyState =
        EmptyState::replace(m_ui->pageLayout, m_ui->pageLayout->indexOf(m_ui->tabWidget));
    m_emptyState->setObjectName(u"emptyState"_s);
    showStatistics();
    updateEmptyState();
}

DashboardPage::~DashboardPage() = default;

qint64 DashboardPage::programId() const {
    return m_ui->programCombo->currentData().toLongLong();
}

void DashboardPage::selectProgram(qint64 id) {
    const int index = m_ui->programCombo->findData(id);
    if (index >= 0)
        m_ui->programCombo->setCurrentIndex(index);
}

void DashboardPage::setToday(const QDate& today) {
    m_today = today;
    m_comparisonStale = true;
    reload();
}

QDate DashboardPage::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

KpiTile* DashboardPage::tile(int kpi) const {
    return m_tiles.value(kpi);
}

ChartPanel* DashboardPage::chartPanel(Chart chart) const {
    return m_charts.value(chart);
}

void DashboardPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    catchUp();
}

void DashboardPage::catchUp() {
    if (m_programsStale)
        reloadPrograms(); // reloads the figures too
    else if (m_statisticsStale)
        reload();
    else if (m_comparisonStale && m_ui->tabWidget->currentWidget() == m_ui->compareTab)
        reloadComparison();
}

void DashboardPage::tabChanged() {
    if (m_comparisonStale && m_ui->tabWidget->currentWidget() == m_ui->compareTab)
        reloadComparison();
}

void DashboardPage::reloadPrograms() {
    if (!m_workspace.hasDatabase()) {
        updateEmptyState();
        return;
    }
    m_programsStale = false;
    m_comparisonStale = true;
    const qint64 current = programId();
    const auto programs = ProgramService(m_workspace.database()).list();
    if (!programs) {
        m_workspace.reportError(programs.error());
        return;
    }
    m_programs = *programs;
    fillProgramCombo(*m_ui->programCombo, m_programs, chooseProgram(m_programs, current, today()));
    updateEmptyState();
    reload();
}

void DashboardPage::updateEmptyState() {
    if (!m_workspace.hasDatabase())
        m_emptyState->showNoDatabase([this] { Q_EMIT openDemoRequested(); },
                                     [this] { Q_EMIT openDatabaseRequested(); });
    else if (m_programs.isEmpty())
        m_emptyState->showCase(
            tr("There is no program yet: nothing to show."),
            tr("The dashboard shows a program at a glance once its binômes meet: their sessions, "
               "objectives, level gains and satisfaction. Create a program first."),
            {{tr("&Create a program…"), [this] { Q_EMIT createProgramRequested(); }}});
    else
        m_emptyState->hideCase();
}

void DashboardPage::reload() {
    if (!m_workspace.hasDatabase())
        return;
    m_statisticsStale = false;
    const qint64 id = programId();
    m_statistics = ProgramStatistics{};
    if (id > 0) {
        const auto computed = ProgramStatisticsService(m_workspace.database()).compute(id, today());
        if (computed)
            m_statistics = *computed;
        else
            m_workspace.reportError(computed.error());
    }
    showStatistics();
    if (m_ui->tabWidget->currentWidget() == m_ui->compareTab)
        reloadComparison();
    else
        m_comparisonStale = true;
}

void DashboardPage::showStatistics() {
    const ProgramStatistics& s = m_statistics;
    const QList<Kpi> kpis = DashboardKpis::of(s);
    for (int i = 0; i < kpis.size() && i < m_tiles.size(); ++i)
        m_tiles[i]->setKpi(kpis[i]);
    const bool hasProgram = s.program.id > 0;
    for (KpiTile* tile : std::as_const(m_tiles))
        tile->setEnabled(hasProgram);
    showProgramInfo();

    m_charts[SessionsChart]->setChart(DashboardCharts::sessionsPerMonth(s),
                                      DashboardCharts::noSession());
    m_charts[LevelsChart]->setChart(DashboardCharts::levelsBySkill(s), DashboardCharts::noLevels());
    m_charts[ObjectivesChart]->setChart(DashboardCharts::objectivesByStatus(s),
                                        DashboardCharts::noObjective());

    const qint64 keep =
        m_ui->atRiskView->currentIndex().data(AtRiskTableModel::IdRole).toLongLong();
    m_atRisk->setRows(s.program, s.flagged);
    if (!m_columnsSized && m_atRisk->rowCount() > 0) {
        m_ui->atRiskView->resizeColumnsToContents();
        m_columnsSized = true;
    }
    for (int row = 0; keep && row < m_atRiskProxy->rowCount(); ++row) {
        const QModelIndex index = m_atRiskProxy->index(row, 0);
        if (index.data(AtRiskTableModel::IdRole).toLongLong() == keep) {
            m_ui->atRiskView->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            break;
        }
    }
    int atRisk = 0;
    for (const FollowUpRow& row : s.flagged)
        atRisk += (row.flags & FlagAtRisk) ? 1 : 0;
    if (!hasProgram)
        m_ui->atRiskSummary->setText(
            m_programs.isEmpty() ? tr("Create a program first, on the Programs page.") : QString());
    else if (s.binomesTotal() == 0)
        m_ui->atRiskSummary->setText(
            tr("This program has no binôme yet: confirm them on the Pairing page."));
    else if (s.flagged.isEmpty())
        m_ui->atRiskSummary->setText(tr("No binôme needs attention today."));
    else
        m_ui->atRiskSummary->setText(
            tr("%n binôme(s) need attention, of which %1 at risk. Open one with a double-click or "
               "Enter.",
               nullptr, static_cast<int>(s.flagged.size()))
                .arg(QLocale().toString(atRisk)));
    m_ui->atRiskView->setVisible(!s.flagged.isEmpty());
}

void DashboardPage::showProgramInfo() {
    const Program& p = m_statistics.program;
    if (p.id == 0) {
        m_ui->programInfoLabel->clear();
        return;
    }
    m_ui->programInfoLabel->setText(
        tr("%1 to %2 · a session every %n day(s) · figures as of %3", nullptr, p.cadenceDays)
            .arg(dateText(p.startDate), dateText(p.endDate), dateText(m_statistics.asOf)));
}

void DashboardPage::reloadComparison() {
    if (!m_workspace.hasDatabase())
        return;
    m_comparisonStale = false;
    QList<ProgramStatistics> all;
    const ProgramStatisticsService service(m_workspace.database());
    for (const Program& p : std::as_const(m_programs)) {
        if (p.id == m_statistics.program.id) {
            all << m_statistics; // already computed
            continue;
        }
        const auto computed = service.compute(p.id, today());
        if (!computed) {
            m_workspace.reportError(computed.error());
            continue;
        }
        all << *computed;
    }
    // Oldest first: a pilot, then its scale-up.
    std::stable_sort(all.begin(), all.end(),
                     [](const ProgramStatistics& a, const ProgramStatistics& b) {
                         return a.program.startDate < b.program.startDate;
                     });
    m_comparison->setPrograms(all);
    // The table as tall as its rows, the chart below takes the rest.
    const int tableHeight = m_ui->compareView->horizontalHeader()->sizeHint().height() +
                            ProgramComparisonModel::RowCount *
                                m_ui->compareView->verticalHeader()->defaultSectionSize() +
                            2 * m_ui->compareView->frameWidth() +
                            m_ui->compareView->verticalHeader()->defaultSectionSize();
    const int total = std::max(m_ui->compareSplitter->height(), tableHeight + 300);
    m_ui->compareSplitter->setSizes({tableHeight, total - tableHeight});
    m_charts[ComparisonChart]->setChart(DashboardCharts::comparison(all),
                                        DashboardCharts::noProgram());
    m_ui->compareSummary->setText(
        all.isEmpty() ? tr("Create a program first, on the Programs page.")
                      : tr("%n program(s), figures as of %1. Shares are of the open binômes "
                           "(cadence) and of the objectives not dropped; satisfaction is shown "
                           "as a share of the top mark, 5. Hover a figure for how it is computed.",
                           nullptr, static_cast<int>(all.size()))
                            .arg(dateText(today())));
}

BinomeDetailDialog* DashboardPage::openDetail(qint64 binomeId) {
    if (!m_workspace.hasDatabase() || binomeId == 0)
        return nullptr;
    auto* dialog = new BinomeDetailDialog(m_workspace, binomeId, this);
    if (m_today.isValid())
        dialog->setToday(m_today);
    if (!dialog->detail()) {
        delete dialog;
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void DashboardPage::openSelected() {
    const QModelIndex current = m_ui->atRiskView->currentIndex();
    if (current.isValid())
        openDetail(current.data(AtRiskTableModel::IdRole).toLongLong());
}

} // namespace binome::gui
