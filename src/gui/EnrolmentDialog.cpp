#include "EnrolmentDialog.h"

#include "ParticipantFilterProxy.h"
#include "ParticipantTableModel.h"
#include "ui_EnrolmentDialog.h"

#include <QHeaderView>

namespace binome::gui {

EnrolmentDialog::EnrolmentDialog(const QList<Participant>& participants,
                                 const QSet<qint64>& enrolled, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EnrolmentDialog>())
    , m_model(new ParticipantTableModel(this))
    , m_proxy(new ParticipantFilterProxy(this)) {
    m_ui->setupUi(this);
    QList<Participant> active;
    for (const Participant& p : participants) {
        if (!p.archived)
            active << p;
    }
    m_model->setCheckable(true);
    m_model->setParticipants(active);
    m_model->setChecked(enrolled);
    m_proxy->setSourceModel(m_model);
    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->verticalHeader()->hide();
    m_ui->tableView->sortByColumn(ParticipantTableModel::NameColumn, Qt::AscendingOrder);
    for (int column : {ParticipantTableModel::EmailColumn, ParticipantTableModel::JobTitleColumn,
                       ParticipantTableModel::LanguagesColumn, ParticipantTableModel::StatusColumn})
        m_ui->tableView->hideColumn(column);
    m_ui->tableView->resizeColumnsToContents();
    m_ui->tableView->horizontalHeader()->setStretchLastSection(true);

    m_ui->roleFilterCombo->addItem(tr("Everyone"), -1);
    m_ui->roleFilterCombo->addItem(tr("Juniors (mentors)"), static_cast<int>(Role::Junior));
    m_ui->roleFilterCombo->addItem(tr("Seniors (mentees)"), static_cast<int>(Role::Senior));
    connect(m_ui->roleFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int role = m_ui->roleFilterCombo->currentData().toInt();
        m_proxy->setRoleFilter(role < 0 ? std::nullopt : std::optional(static_cast<Role>(role)));
    });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy,
            &ParticipantFilterProxy::setFilterWords);
    connect(m_ui->checkShownButton, &QPushButton::clicked, this, [this] { setShownChecked(true); });
    connect(m_ui->uncheckShownButton, &QPushButton::clicked, this,
            [this] { setShownChecked(false); });
    connect(m_model, &ParticipantTableModel::checkedChanged, this, &EnrolmentDialog::updateCount);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
}

EnrolmentDialog::~EnrolmentDialog() = default;

QSet<qint64> EnrolmentDialog::chosen() const {
    return m_model->checked();
}

void EnrolmentDialog::setShownChecked(bool checked) {
    QSet<qint64> ids = m_model->checked();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const qint64 id = m_proxy->index(row, 0).data(ParticipantTableModel::IdRole).toLongLong();
        if (checked)
            ids.insert(id);
        else
            ids.remove(id);
    }
    m_model->setChecked(ids);
}

void EnrolmentDialog::updateCount() {
    int juniors = 0;
    int seniors = 0;
    for (const Participant& p : m_model->participants()) {
        if (m_model->checked().contains(p.id))
            (p.role == Role::Junior ? juniors : seniors)++;
    }
    m_ui->countLabel->setText(
        tr("Taking part: %1 juniors and %2 seniors").arg(juniors).arg(seniors));
}

} // namespace binome::gui
