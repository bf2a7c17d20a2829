#include "RunBinomesDialog.h"

#include "BinomeDetailDialog.h"
#include "PairingModels.h"
#include "SortProxy.h"
#include "Workspace.h"
#include "ui_RunBinomesDialog.h"

#include "binome/domain/TextKey.h"
#include "binome/services/BinomeService.h"
#include "binome/services/ParticipantService.h"

#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace binome::gui {

RunBinomesDialog::RunBinomesDialog(Workspace& workspace, const PairingRun& run, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RunBinomesDialog>())
    , m_workspace(workspace)
    , m_run(run)
    , m_model(new RunBinomeTableModel(this))
    , m_proxy(new SortProxy(this)) {
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("Confirmed on %1 by %2, with these weights and rules: %3.")
            .arg(QLocale().toString(run.runAt.toLocalTime(), QLocale::ShortFormat), run.runBy,
                 RunTableModel::describeSettings(run.settings)));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunBinomeTableModel::SortRole);
    m_proxy->setFilterRole(RunBinomeTableModel::FilterRole);
    m_proxy->setFilterKeyColumn(0);
    m_ui->binomesView->setModel(m_proxy);
    m_ui->binomesView->setItemDelegateForColumn(RunBinomeTableModel::ScoreColumn,
                                                new BarDelegate(this));
    m_ui->binomesView->verticalHeader()->hide();
    QHeaderView* header = m_ui->binomesView->horizontalHeader();
    header->setSectionResizeMode(RunBinomeTableModel::JuniorColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RunBinomeTableModel::SeniorColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RunBinomeTableModel::ScoreColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RunBinomeTableModel::StatusColumn, QHeaderView::ResizeToContents);
    m_ui->binomesView->sortByColumn(RunBinomeTableModel::SeniorColumn, Qt::AscendingOrder);
    // Enter opens the selected binôme: no button of the dialog takes it.
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(textKey(text));
        updateSummary();
    });
    connect(m_ui->binomesView, &QTableView::activated, this, &RunBinomesDialog::openSelected);
    connect(m_ui->binomesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_ui->openButton->setEnabled(currentBinomeId() != 0); });
    connect(m_ui->openButton, &QPushButton::clicked, this, &RunBinomesDialog::openSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes what) {
        if (what & (Workspace::Binomes | Workspace::Participants))
            reload();
    });
    // Another database: this run is not in it.
    connect(&m_workspace, &Workspace::databaseChanged, this, &QDialog::reject);
    reload();
    if (m_proxy->rowCount() > 0)
        m_ui->binomesView->selectRow(0);
    m_ui->openButton->setEnabled(currentBinomeId() != 0);
    m_ui->binomesView->setFocus();
}

RunBinomesDialog::~RunBinomesDialog() = default;

void RunBinomesDialog::reload() {
    if (!m_workspace.hasDatabase())
        return;
    const qint64 keep = currentBinomeId();
    const auto binomes = BinomeService(m_workspace.database()).ofRun(m_run.id);
    const auto everyone = ParticipantService(m_workspace.database()).list();
    if (!binomes || !everyone) {
        m_workspace.reportError(binomes ? everyone.error() : binomes.error());
        return;
    }
    QHash<qint64, QString> names;
    for (const Participant& p : *everyone)
        names.insert(p.id, p.fullName());
    QList<RunBinome> rows;
    rows.reserve(binomes->size());
    for (const Binome& b : *binomes)
        rows << RunBinome{b, names.value(b.juniorId), names.value(b.seniorId)};
    m_model->setRows(std::move(rows));
    if (keep)
        selectBinome(keep);
    updateSummary();
}

void RunBinomesDialog::updateSummary() {
    int open = 0;
    for (const RunBinome& r : m_model->rows())
        open += r.binome.isOpen() ? 1 : 0;
    const int count = m_model->rowCount();
    QString summary =
        tr("%n binôme(s) created by this run, %1 still open.", nullptr, count).arg(open);
    if (m_proxy->rowCount() != count)
        summary += u' ' + tr("%n shown.", nullptr, m_proxy->rowCount());
    m_ui->summaryLabel->setText(summary);
}

qint64 RunBinomesDialog::currentBinomeId() const {
    const QModelIndexList rows = m_ui->binomesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RunBinomeTableModel::IdRole).toLongLong();
}

void RunBinomesDialog::selectBinome(qint64 binomeId) {
    const int row = m_model->rowOf(binomeId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_ui->binomesView->selectRow(index.row());
    m_ui->binomesView->scrollTo(index);
}

BinomeDetailDialog* RunBinomesDialog::openSelected() {
    return openBinome(currentBinomeId());
}

BinomeDetailDialog* RunBinomesDialog::openBinome(qint64 binomeId) {
    if (!m_workspace.hasDatabase() || binomeId == 0)
        return nullptr;
    auto* dialog = new BinomeDetailDialog(m_workspace, binomeId, this);
    if (!dialog->detail()) {
        delete dialog;
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace binome::gui
