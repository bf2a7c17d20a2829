#include "ProgramsPage.h"

#include "ProgramDialog.h"
#include "ProgramTableModel.h"
#include "Workspace.h"
#include "ui_ProgramsPage.h"

#include "binome/services/ProgramService.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSortFilterProxyModel>

namespace binome::gui {

ProgramsPage::ProgramsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProgramsPage>())
    , m_workspace(workspace)
    , m_model(new ProgramTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProgramTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->verticalHeader()->hide();
    m_ui->tableView->sortByColumn(ProgramTableModel::StartColumn, Qt::DescendingOrder);
    m_ui->tableView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProgramsPage::addProgram);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ProgramsPage::editSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProgramsPage::removeSelected);
    connect(m_ui->tableView, &QTableView::activated, this, &ProgramsPage::editSelected);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProgramsPage::updateActions);
    connect(&m_workspace, &Workspace::programsChanged, this, &ProgramsPage::reload);
    updateActions();
}

ProgramsPage::~ProgramsPage() = default;

void ProgramsPage::reload() {
    if (!m_workspace.hasDatabase())
        return;
    const auto programs = ProgramService(m_workspace.database()).list();
    if (!programs) {
        m_workspace.reportError(programs.error());
        return;
    }
    m_model->setPrograms(*programs);
    m_ui->tableView->resizeColumnsToContents();
    updateActions();
}

qint64 ProgramsPage::selectedId() const {
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ProgramTableModel::IdRole).toLongLong();
}

void ProgramsPage::updateActions() {
    const bool selected = m_model->program(selectedId()) != nullptr;
    m_ui->editButton->setEnabled(selected);
    m_ui->removeButton->setEnabled(selected);
}

void ProgramsPage::openDialog(qint64 id) {
    const Database& database = m_workspace.database();
    auto* dialog = new ProgramDialog(
        [&database](const Program& p) { return ProgramService(database).check(p); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Program* program = m_model->program(id))
        dialog->setProgram(*program);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto saved = ProgramService(m_workspace.database()).save(dialog->program());
        if (!saved)
            m_workspace.reportError(saved.error());
        m_workspace.notifyProgramsChanged();
    });
    dialog->open();
}

void ProgramsPage::addProgram() {
    if (m_workspace.hasDatabase())
        openDialog(0);
}

void ProgramsPage::editSelected() {
    if (const qint64 id = selectedId())
        openDialog(id);
}

void ProgramsPage::removeSelected() {
    const Program* program = m_model->program(selectedId());
    if (!program)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete program"),
        tr("Delete the program \"%1\"? This cannot be undone.").arg(program->name));
    if (answer != QMessageBox::Yes)
        return;
    if (Status status = ProgramService(m_workspace.database()).remove(program->id); !status)
        m_workspace.reportError(status.error());
    m_workspace.notifyProgramsChanged();
}

} // namespace binome::gui
