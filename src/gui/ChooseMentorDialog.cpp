#include "ChooseMentorDialog.h"

#include "PairingModels.h"
#include "SortProxy.h"
#include "ui_ChooseMentorDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace binome::gui {

ChooseMentorDialog::ChooseMentorDialog(const Participant& senior, QList<MentorCandidate> candidates,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChooseMentorDialog>())
    , m_model(new MentorCandidateModel(this))
    , m_proxy(new SortProxy(this)) {
    m_ui->setupUi(this);
    m_ui->introLabel->setTextFormat(Qt::PlainText);
    m_ui->introLabel->setText(tr("Who should mentor %1? The binôme you choose is locked; the "
                                 "others are proposed again around it.")
                                  .arg(senior.fullName()));
    m_model->setRows(std::move(candidates));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MentorCandidateModel::SortRole);
    m_proxy->setFilterKeyColumn(MentorCandidateModel::JuniorColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->candidatesView->setModel(m_proxy);
    m_ui->candidatesView->setItemDelegateForColumn(MentorCandidateModel::ScoreColumn,
                                                   new BarDelegate(this));
    m_ui->candidatesView->verticalHeader()->hide();
    m_ui->candidatesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->candidatesView->sortByColumn(MentorCandidateModel::ScoreColumn, Qt::DescendingOrder);
    m_ui->candidatesView->resizeColumnsToContents();
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->candidatesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, ok] { ok->setEnabled(chosenJuniorId() != 0); });
    connect(m_ui->candidatesView, &QTableView::activated, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ChooseMentorDialog::~ChooseMentorDialog() = default;

qint64 ChooseMentorDialog::chosenJuniorId() const {
    const QModelIndexList rows = m_ui->candidatesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(MentorCandidateModel::IdRole).toLongLong();
}

void ChooseMentorDialog::choose(qint64 juniorId) {
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(MentorCandidateModel::IdRole).toLongLong() == juniorId) {
            m_ui->candidatesView->selectRow(row);
            return;
        }
    }
}

} // namespace binome::gui
