#include "ParticipantsPage.h"

#include "EmptyState.h"
#include "ImportDialog.h"
#include "ParticipantCommands.h"
#include "ParticipantDialog.h"
#include "ParticipantFilterProxy.h"
#include "ParticipantTableModel.h"
#include "Workspace.h"
#include "ui_ParticipantsPage.h"

#include "binome/services/BackupService.h"
#include "binome/services/ImportService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/SkillCatalogService.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome::gui {

ParticipantsPage::ParticipantsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ParticipantsPage>())
    , m_workspace(workspace)
    , m_model(new ParticipantTableModel(this))
    , m_proxy(new ParticipantFilterProxy(this)) {
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->sortByColumn(ParticipantTableModel::NameColumn, Qt::AscendingOrder);
    m_ui->tableView->verticalHeader()->hide();
    QHeaderView* header = m_ui->tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    m_ui->roleFilterCombo->addItem(tr("Everyone"), -1);
    m_ui->roleFilterCombo->addItem(tr("Juniors (mentors)"), static_cast<int>(Role::Junior));
    m_ui->roleFilterCombo->addItem(tr("Seniors (mentees)"), static_cast<int>(Role::Senior));

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy,
            &ParticipantFilterProxy::setFilterWords);
    connect(m_ui->roleFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int role = m_ui->roleFilterCombo->currentData().toInt();
        m_proxy->setRoleFilter(role < 0 ? std::nullopt : std::optional(static_cast<Role>(role)));
    });
    connect(m_ui->showArchivedCheck, &QCheckBox::toggled, m_proxy,
            &ParticipantFilterProxy::setShowArchived);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ParticipantsPage::addParticipant);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ParticipantsPage::editSelected);
    connect(m_ui->archiveButton, &QPushButton::clicked, this, &ParticipantsPage::archiveSelected);
    connect(m_ui->eraseButton, &QPushButton::clicked, this, [this] { eraseSelected(true); });
    connect(m_ui->importButton, &QPushButton::clicked, this, &ParticipantsPage::importParticipants);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ParticipantsPage::exportParticipants);
    buildDossierMenu();
    connect(m_ui->tableView, &QTableView::activated, this, &ParticipantsPage::editSelected);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ParticipantsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ParticipantsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ParticipantsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ParticipantsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ParticipantsPage::updateActions);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes what) {
        if (what & (Workspace::Participants | Workspace::Catalog | Workspace::FollowUp))
            reload();
    });

    // Ctrl+N and Ctrl+F wherever the keyboard is in the window (a hidden page never answers);
    // F2 and Delete act on the selected rows, from the table.
    addAction(QString(), QKeySequence::New, this, &ParticipantsPage::addParticipant);
    addAction(QString(), QKeySequence::Find, this, &ParticipantsPage::focusFilter);
    m_ui->tableView
        ->addAction(QString(), QKeySequence(Qt::Key_F2), this, &ParticipantsPage::editSelected)
        ->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->tableView
        ->addAction(QString(), QKeySequence::Delete, this, &ParticipantsPage::deleteSelected)
        ->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_emptyState =
        EmptyState::replace(m_ui->pageLayout, m_ui->pageLayout->indexOf(m_ui->toolbarLayout));
    m_emptyState->setObjectName(u"emptyState"_s);
    updateActions();
    updateEmptyState();
}

ParticipantsPage::~ParticipantsPage() = default;

void ParticipantsPage::reload() {
    if (!m_workspace.hasDatabase()) {
        updateEmptyState();
        return;
    }
    const QList<qint64> selected = selectedIds();
    const int currentRow = m_ui->tableView->currentIndex().row();
    const auto participants = ParticipantService(m_workspace.database()).list();
    if (!participants) {
        m_workspace.reportError(participants.error());
        return;
    }
    m_model->setParticipants(*participants);
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Size the columns once, from the data; the user's own widths are kept afterwards.
        m_ui->tableView->resizeColumnsToContents();
        m_ui->tableView->setColumnWidth(ParticipantTableModel::SkillsColumn,
                                        fontMetrics().averageCharWidth() * 48);
        m_columnsSized = true;
    }
    QItemSelectionModel* selection = m_ui->tableView->selectionModel();
    for (qint64 id : selected) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        // The arrows go on from there, not from the top.
        if (!selection->currentIndex().isValid())
            selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    // The selected people left the list (archived with Delete, say): the keyboard stays where
    // it was, on the row that took their place, so that Delete and F2 go on working.
    if (!selected.isEmpty() && !selection->hasSelection() && currentRow >= 0 &&
        m_proxy->rowCount() > 0)
        m_ui->tableView->setCurrentIndex(
            m_proxy->index(std::min(currentRow, m_proxy->rowCount() - 1), 0));
    updateActions();
    updateEmptyState();
}

void ParticipantsPage::updateEmptyState() {
    if (!m_workspace.hasDatabase()) {
        m_emptyState->showNoDatabase([this] { Q_EMIT openDemoRequested(); },
                                     [this] { Q_EMIT openDatabaseRequested(); });
    } else if (m_model->rowCount() == 0) {
        m_emptyState->showCase(
            tr("There is no participant yet."),
            tr("Import participants from a spreadsheet, or add them one by one."),
            {{tr("&Import participants…"), [this] { importParticipants(); }},
             {tr("&Add participant…"), [this] { addParticipant(); }}});
    } else {
        m_emptyState->hideCase();
    }
}

QList<qint64> ParticipantsPage::selectedIds() const {
    QList<qint64> ids;
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << index.data(ParticipantTableModel::IdRole).toLongLong();
    return ids;
}

void ParticipantsPage::updateActions() {
    const QList<qint64> ids = selectedIds();
    m_ui->editButton->setEnabled(ids.size() == 1);
    m_ui->archiveButton->setEnabled(!ids.isEmpty());
    bool allArchived = !ids.isEmpty();
    for (qint64 id : ids) {
        const Participant* p = m_model->participant(id);
        allArchived = allArchived && p && p->archived;
    }
    m_ui->archiveButton->setText(allArchived ? tr("Rest&ore") : tr("A&rchive"));
    m_ui->eraseButton->setEnabled(ids.size() == 1 && allArchived);
    m_ui->dossierButton->setEnabled(ids.size() == 1);
    int juniors = 0;
    int seniors = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int role =
            m_proxy->index(row, 0).data(ParticipantTableModel::ParticipantRoleRole).toInt();
        (role == static_cast<int>(Role::Junior) ? juniors : seniors)++;
    }
    m_ui->countLabel->setText(tr("Shown: %1 of %2 (juniors: %3, seniors: %4)")
                                  .arg(m_proxy->rowCount())
                                  .arg(m_model->rowCount())
                                  .arg(juniors)
                                  .arg(seniors));
}

ParticipantDialog* ParticipantsPage::openDialog(qint64 id) {
    const auto catalog = SkillCatalogService(m_workspace.database()).list();
    if (!catalog) {
        m_workspace.reportError(catalog.error());
        return nullptr;
    }
    const Database& database = m_workspace.database();
    auto* dialog = new ParticipantDialog(
        *catalog,
        [&database](const Participant& p) { return ParticipantService(database).check(p); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    std::optional<Participant> before;
    if (const Participant* existing = m_model->participant(id)) {
        before = *existing;
        dialog->setParticipant(*existing);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const Participant after = dialog->participant();
        m_workspace.undoStack()->push(new SaveParticipantCommand(m_workspace, before, after));
        // The person just added is selected (and in sight), ready for F2 or the next step.
        if (!before)
            if (const auto added =
                    ParticipantService(m_workspace.database()).findByEmail(after.email))
                selectOnly(added->id);
    });
    dialog->open();
    return dialog;
}

void ParticipantsPage::selectOnly(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return; // filtered out: the filter stays as the user set it
    m_ui->tableView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    m_ui->tableView->scrollTo(index);
}

ParticipantDialog* ParticipantsPage::addParticipant() {
    if (!m_workspace.hasDatabase())
        return nullptr;
    return openDialog(0);
}

ParticipantDialog* ParticipantsPage::editSelected() {
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return nullptr;
    return openDialog(ids.first());
}

void ParticipantsPage::deleteSelected() {
    const QList<qint64> ids = selectedIds();
    const bool allArchived = std::all_of(ids.begin(), ids.end(), [this](qint64 id) {
        const Participant* p = m_model->participant(id);
        return p && p->archived;
    });
    if (!allArchived)
        archiveSelected(); // every selected person, undoable
    else if (ids.size() == 1)
        eraseSelected(true);
}

void ParticipantsPage::archiveSelected() {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    bool allArchived = true;
    for (qint64 id : ids) {
        const Participant* p = m_model->participant(id);
        allArchived = allArchived && p && p->archived;
    }
    m_workspace.undoStack()->push(new ArchiveParticipantsCommand(m_workspace, ids, !allArchived));
}

bool ParticipantsPage::eraseSelected(bool ask) {
    const QList<qint64> ids = selectedIds();
    const Participant* p = ids.size() == 1 ? m_model->participant(ids.first()) : nullptr;
    if (!p || !p->archived)
        return false;
    if (ask) {
        QMessageBox box(QMessageBox::Warning, tr("Erase a participant"),
                        tr("Erase %1 and everything Binôme holds about them (skills, programs)? "
                           "This cannot be undone.")
                            .arg(p->fullName()),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText); // the name as typed, never as HTML
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return false;
    }
    const QString name = p->fullName();
    const QString email = p->email;
    if (Status status = ParticipantService(m_workspace.database()).erase(p->id); !status) {
        m_workspace.reportError(status.error());
        return false;
    }
    // Nothing to undo to: earlier commands about this person can no longer apply.
    m_workspace.undoStack()->clear();
    m_workspace.notifyParticipantsChanged();
    // Copies made before still hold the person: say which, so that they can be dealt with.
    const BackupsHolding backups = BackupService(m_workspace.database()).backupsHolding(email);
    if (ask && (!backups.holding.isEmpty() || !backups.unchecked.isEmpty())) {
        QStringList lines;
        for (const BackupEntry& backup : backups.holding)
            lines << QDir::toNativeSeparators(backup.path);
        for (const UncheckedBackup& unchecked : backups.unchecked)
            lines << tr("%1 (could not be checked: %2)")
                         .arg(QDir::toNativeSeparators(unchecked.backup.path), unchecked.reason);
        QMessageBox box(QMessageBox::Information, tr("Erase a participant"),
                        tr("%1's data was erased from the database. These backups made before "
                           "still hold it; delete them, or keep them only as long as your "
                           "retention rules allow:")
                            .arg(name),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.setDetailedText(lines.join(u'\n'));
        box.setInformativeText(lines.mid(0, 5).join(u'\n'));
        box.exec();
    }
    return true;
}

void ParticipantsPage::importParticipants() {
    QSettings settings;
    const QString start =
        settings
            .value(u"import/lastFolder"_s,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import participants"), start,
                                     tr("Participant files (*.csv *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"import/lastFolder"_s, QFileInfo(path).absolutePath());
    auto* dialog = new ImportDialog(m_workspace, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ParticipantsPage::exportParticipants() {
    QSettings settings;
    const QString start =
        settings
            .value(u"import/lastFolder"_s,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Export participants"),
                                                QDir(start).filePath(tr("participants.csv")),
                                                tr("CSV for Excel (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive) &&
        !path.endsWith(u".json"_s, Qt::CaseInsensitive))
        path += u".csv"_s;
    const auto written = ExportService(m_workspace.database()).exportParticipants(path);
    if (!written) {
        QMessageBox::warning(this, tr("Export participants"),
                             Qt::convertFromPlainText(written.error(), Qt::WhiteSpaceNormal));
        return;
    }
    QMessageBox::information(
        this, tr("Export participants"),
        Qt::convertFromPlainText(
            tr("%n participant(s) exported to %1.", nullptr, *written).arg(path),
            Qt::WhiteSpaceNormal));
}

void ParticipantsPage::focusFilter() {
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

} // namespace binome::gui
