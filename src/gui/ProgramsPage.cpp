#include "ProgramsPage.h"

#include "EmptyState.h"
#include "EnrolmentDialog.h"
#include "ProgramDialog.h"
#include "ProgramTableModel.h"
#include "ServiceCommand.h"
#include "SortProxy.h"
#include "Workspace.h"
#include "ui_ProgramsPage.h"

#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTextDocument>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

/// The same program as the user sees it (its version aside).
bool sameData(const Program& a, const Program& b) {
    return a.name == b.name && a.startDate == b.startDate && a.endDate == b.endDate &&
           a.description == b.description && a.cadenceDays == b.cadenceDays;
}

/// The version to write over program `id` with: the one the last step left (`left`), or the
/// current one when the program holds the data of `expected` again (edited and undone since,
/// here or in another window: nothing would be lost).
qint64 versionToWrite(const Database& database, qint64 id, qint64 left, const Program& expected) {
    if (const auto programs = ProgramService(database).list())
        for (const Program& current : *programs)
            if (current.id == id && current.rowVersion != left && sameData(current, expected))
                return current.rowVersion;
    return left;
}

} // namespace

EnrolmentDialog* chooseEnrolment(Workspace& workspace, qint64 programId, QWidget* parent) {
    if (!workspace.hasDatabase() || programId <= 0)
        return nullptr;
    const Database& database = workspace.database();
    const auto everyone = ParticipantService(database).list();
    const auto enrolled = ProgramService(database).enrolled(programId);
    if (!everyone || !enrolled) {
        workspace.reportError(everyone ? enrolled.error() : everyone.error());
        return nullptr;
    }
    QSet<qint64> ids;
    for (const Participant& p : *enrolled)
        ids.insert(p.id);
    auto* dialog = new EnrolmentDialog(*everyone, ids, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, &workspace, [&workspace, dialog, ids, programId] {
        const QSet<qint64> chosen = dialog->chosen();
        ProgramService service(workspace.database());
        if (const auto added = service.enrol(programId, (chosen - ids).values()); !added)
            workspace.reportError(added.error());
        if (Status status = service.withdraw(programId, (ids - chosen).values()); !status)
            workspace.reportError(status.error());
        // Who takes part: the pages that count them follow (not a change of the programs
        // themselves, which would start the pairing afresh).
        workspace.notifyParticipantsChanged();
    });
    dialog->open();
    return dialog;
}

ProgramsPage::ProgramsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProgramsPage>())
    , m_workspace(workspace)
    , m_model(new ProgramTableModel(this))
    , m_proxy(new SortProxy(this)) {
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
    // Ctrl+N and Ctrl+F wherever the keyboard is in the window (a hidden page never answers);
    // F2 and Delete act on the selected program, from the table.
    addAction(QString(), QKeySequence::New, this, &ProgramsPage::addProgram);
    addAction(QString(), QKeySequence::Find, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    m_ui->tableView
        ->addAction(QString(), QKeySequence(Qt::Key_F2), this, &ProgramsPage::editSelected)
        ->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->tableView->addAction(QString(), QKeySequence::Delete, this, &ProgramsPage::removeSelected)
        ->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_enrolmentState =
        EmptyState::addBanner(m_ui->pageLayout, m_ui->pageLayout->indexOf(m_ui->tableView) + 1);
    m_enrolmentState->setObjectName(u"enrolmentState"_s);
    m_emptyState =
        EmptyState::replace(m_ui->pageLayout, m_ui->pageLayout->indexOf(m_ui->toolbarLayout));
    m_emptyState->setObjectName(u"emptyState"_s);
    updateActions();
}

ProgramsPage::~ProgramsPage() = default;

void ProgramsPage::reload() {
    if (!m_workspace.hasDatabase()) {
        updateEmptyState();
        return;
    }
    const auto programs = ProgramService(m_workspace.database()).list();
    if (!programs) {
        m_workspace.reportError(programs.error());
        return;
    }
    const qint64 keep = selectedId();
    m_model->setRows(*programs);
    m_ui->tableView->resizeColumnsToContents();
    selectProgram(keep);
    updateActions();
}

void ProgramsPage::selectProgram(qint64 id) {
    const QList<Program>& rows = m_model->rows();
    for (int row = 0; id > 0 && row < rows.size(); ++row) {
        if (rows[row].id != id)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            m_ui->tableView->selectRow(index.row());
            m_ui->tableView->scrollTo(index);
        }
        return;
    }
}

qint64 ProgramsPage::selectedId() const {
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ProgramTableModel::IdRole).toLongLong();
}

void ProgramsPage::updateActions() {
    const bool selected = m_model->program(selectedId()) != nullptr;
    m_ui->editButton->setEnabled(selected);
    m_ui->removeButton->setEnabled(selected);
    updateEmptyState();
}

void ProgramsPage::updateEmptyState() {
    if (!m_workspace.hasDatabase()) {
        m_enrolmentState->hideCase();
        m_emptyState->showNoDatabase([this] { Q_EMIT openDemoRequested(); },
                                     [this] { Q_EMIT openDatabaseRequested(); });
        return;
    }
    if (m_model->rowCount() == 0) {
        m_enrolmentState->hideCase();
        m_emptyState->showNoProgram([this] { addProgram(); });
        return;
    }
    m_emptyState->hideCase();
    const Program* program = m_model->program(selectedId());
    bool nobody = false;
    if (program) {
        const auto enrolled = ProgramService(m_workspace.database()).enrolled(program->id);
        nobody = enrolled && std::none_of(enrolled->begin(), enrolled->end(),
                                          [](const Participant& p) { return !p.archived; });
    }
    if (!nobody) {
        m_enrolmentState->hideCase();
        return;
    }
    m_enrolmentState->showCase(
        tr("Nobody takes part in \"%1\" yet.").arg(program->name),
        tr("Enrol participants in this program: the juniors who mentor and the seniors they "
           "coach. The Pairing page then proposes their binômes."),
        {{tr("En&rol participants…"), [this] { enrolParticipants(); }}});
}

EnrolmentDialog* ProgramsPage::enrolParticipants() {
    return chooseEnrolment(m_workspace, selectedId(), this);
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
        // The version the last step left: each save is refused when the program changed since.
        auto version = std::make_shared<qint64>(after.rowVersion);
        Workspace& workspace = m_workspace;
        const auto save = [&workspace](const Program& p) -> Result<qint64> {
            return ProgramService(workspace.database()).save(p);
        };
        m_workspace.undoStack()->push(new ServiceCommand(
            m_workspace,
            before ? tr("Edit the program %1").arg(after.name)
                   : tr("Add the program %1").arg(after.name),
            [&workspace, save, before, after, savedId, removed, version]() -> Status {
                Program p = after;
                p.id = *savedId;
                if (before)
                    *version = versionToWrite(workspace.database(), p.id, *version, *before);
                p.rowVersion = *version;
                if (*removed) { // the redo of an addition: the same program, with the same id
                    const Status restored = ProgramService(workspace.database()).restore(p);
                    *removed = !restored.ok();
                    return restored;
                }
                const auto saved = save(p);
                if (!saved)
                    return Error{saved.error()};
                *savedId = *saved;
                *version = p.rowVersion > 0 ? p.rowVersion + 1 : 0;
                return {};
            },
            [&workspace, save, before, after, savedId, removed, version]() -> Status {
                if (before) {
                    Program b = *before;
                    *version = versionToWrite(workspace.database(), b.id, *version, after);
                    b.rowVersion = *version;
                    const auto saved = save(b);
                    if (saved && b.rowVersion > 0)
                        *version = b.rowVersion + 1;
                    return saved ? Status() : Status(Error{saved.error()});
                }
                // Never destroys what was made in the program since it was added.
                const Status status = ProgramService(workspace.database()).removeUnused(*savedId);
                *removed = status.ok();
                return status;
            },
            [&workspace] { workspace.notifyProgramsChanged(); }));
        // A new program is selected: the page then says whom to enrol in it.
        if (!before)
            selectProgram(*savedId);
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
            count > 0 ? tr("Delete the program \"%1\" and its %n binôme(s)? This cannot be undone.",
                           nullptr, count)
                            .arg(program->name)
                      : tr("Delete the program \"%1\"? This cannot be undone.").arg(program->name),
            Qt::WhiteSpaceNormal),
        // Enter by habit keeps the program: what cannot be undone takes a deliberate choice.
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (Status status = ProgramService(m_workspace.database()).remove(program->id); !status)
        m_workspace.reportError(status.error());
    m_workspace.notifyProgramsChanged();
}

} // namespace binome::gui
