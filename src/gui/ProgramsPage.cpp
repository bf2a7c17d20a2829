#include "ProgramsPage.h"

#include "ProgramDialog.h"
#include "ProgramTableModel.h"
#include "ServiceCommand.h"
#include "Workspace.h"
#include "ui_ProgramsPage.h"

#include "binome/services/PairingService.h"
#include "binome/services/ProgramService.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTextDocument>

#include <memory>
#include <optional>

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
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProgramsPage::addProgram);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ProgramsPage::editSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProgramsPage::removeSelected);
    connect(m_ui->tableView, &QTableView::activated, this, &ProgramsPage::editSelected);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProgramsPage::updateActions);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes what) {
        if (what & (Workspace::Programs | Workspace::Participants | Workspace::Binomes))
            reload();
    });
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
    m_model->setRows(*programs);
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
    std::optional<Program> before;
    if (const Program* program = m_model->program(id))
        before = *program;
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const Program after = dialog->program();
        auto savedId = std::make_shared<qint64>(after.id);
        auto removed = std::make_shared<bool>(false);
        Workspace& workspace = m_workspace;
        const auto save = [&workspace](const Program& p) -> Result<qint64> {
            return ProgramService(workspace.database()).save(p);
        };
        m_workspace.undoStack()->push(new ServiceCommand(
            m_workspace,
            before ? tr("Edit the program %1").arg(after.name)
                   : tr("Add the program %1").arg(after.name),
            [&workspace, save, after, savedId, removed]() -> Status {
                Program p = after;
                p.id = *savedId;
                if (*removed) { // the redo of an addition: the same program, with the same id
                    const Status restored = ProgramService(workspace.database()).restore(p);
                    *removed = !restored.ok();
                    return restored;
                }
                const auto saved = save(p);
                if (!saved)
                    return Error{saved.error()};
                *savedId = *saved;
                return {};
            },
            [&workspace, save, before, savedId, removed]() -> Status {
                if (before) {
                    const auto saved = save(*before);
                    return saved ? Status() : Status(Error{saved.error()});
                }
                // Never destroys what was made in the program since it was added.
                const Status status = ProgramService(workspace.database()).removeUnused(*savedId);
                *removed = status.ok();
                return status;
            },
            [&workspace] { workspace.notifyProgramsChanged(); }));
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
    const auto binomes = PairingService(m_workspace.database()).binomes(program->id);
    const int count = binomes ? static_cast<int>(binomes->size()) : 0;
    const auto answer = QMessageBox::question(
        this, tr("Delete program"),
        Qt::convertFromPlainText(
            count > 0
                ? tr("Delete the program \"%1\" and its %n binôme(s)? This cannot be undone.",
                     nullptr, count)
                      .arg(program->name)
                : tr("Delete the program \"%1\"? This cannot be undone.").arg(program->name)));
    if (answer != QMessageBox::Yes)
        return;
    if (Status status = ProgramService(m_workspace.database()).remove(program->id); !status)
        m_workspace.reportError(status.error());
    m_workspace.notifyProgramsChanged();
}

} // namespace binome::gui
