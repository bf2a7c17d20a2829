#include "RestoreDialog.h"

#include "Workspace.h"
#include "ui_RestoreDialog.h"

#include "binome/services/BackupService.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

constexpr int PathRole = Qt::UserRole + 1;

QString dash() {
    return u"—"_s;
}

} // namespace

RestoreDialog::RestoreDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RestoreDialog>())
    , m_workspace(workspace) {
    m_ui->setupUi(this);
    setObjectName(u"RestoreDialog"_s);
    m_restoreButton = m_ui->buttonBox->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(u"restoreButton"_s);
    m_restoreButton->setEnabled(false);
    m_ui->problemLabel->hide();
    m_ui->backupTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->backupTree->header()->setStretchLastSection(true);

    const QString database = QDir::toNativeSeparators(m_workspace.database().path());
    m_ui->introLabel->setText(
        tr("Choose the backup to put in place of the database %1. Everything in it now is "
           "replaced by what the backup holds; it is first kept aside as a file of its own, "
           "so that this restore can be undone by restoring that file.")
            .arg(database));
    m_ui->warningLabel->hide();

    // The selection, not the current item: focus alone must not replace a file chosen apart.
    connect(m_ui->backupTree, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QList<QTreeWidgetItem*> selected = m_ui->backupTree->selectedItems();
        if (!selected.isEmpty() && !selected.first()->data(0, PathRole).toString().isEmpty())
            selectFile(selected.first()->data(0, PathRole).toString());
    });
    connect(m_ui->otherFileButton, &QPushButton::clicked, this, &RestoreDialog::chooseOtherFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    showProblem(QString());
    fillBackups();
    // The newest backup is the one most often wanted.
    if (QTreeWidgetItem* newest = m_ui->backupTree->topLevelItem(0);
        newest && !newest->data(0, PathRole).toString().isEmpty())
        m_ui->backupTree->setCurrentItem(newest);
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::fillBackups() {
    const QSignalBlocker blocker(m_ui->backupTree);
    m_ui->backupTree->clear();
    const QList<BackupEntry> backups = BackupService(m_workspace.database()).backups();
    for (const BackupEntry& backup : backups) {
        auto* item = new QTreeWidgetItem(m_ui->backupTree);
        item->setText(0, QLocale().toString(backup.madeAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, backupKindName(backup.kind));
        item->setText(2, QFileInfo(backup.path).fileName());
        item->setToolTip(2, QDir::toNativeSeparators(backup.path));
        item->setData(0, PathRole, backup.path);
    }
    if (backups.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_ui->backupTree);
        item->setText(0, tr("No backup of this database was found: choose a file."));
        item->setFlags(Qt::NoItemFlags);
        m_ui->backupTree->setFirstColumnSpanned(0, QModelIndex(), true);
    }
}

void RestoreDialog::chooseOtherFile() {
    const QString start = m_file.isEmpty() ? QFileInfo(m_workspace.database().path()).absolutePath()
                                           : QFileInfo(m_file).absolutePath();
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Restore a backup"), start,
                                     tr("Binôme databases (*.sqlite *.db *.bak);;All files (*)"));
    if (file.isEmpty())
        return;
    selectFile(file);
}

void RestoreDialog::selectFile(const QString& file) {
    m_file = file;
    // The list shows the file chosen, or none of its backups.
    const QList<QTreeWidgetItem*> selected = m_ui->backupTree->selectedItems();
    if (!selected.isEmpty() && selected.first()->data(0, PathRole).toString() != file) {
        const QSignalBlocker blocker(m_ui->backupTree);
        m_ui->backupTree->clearSelection();
    }
    m_ui->fileValue->setText(QDir::toNativeSeparators(file));
    const auto contents = BackupService::check(file);
    if (!contents) {
        showProblem(contents.error());
        return;
    }
    showContents(*contents);
}

void RestoreDialog::showContents(const BackupContents& contents) {
    const QLocale locale;
    m_ui->versionValue->setText(
        contents.schemaVersion < Database::SchemaVersion
            ? tr("An older version of Binôme (schema %1): upgraded once restored.")
                  .arg(contents.schemaVersion)
            : tr("This version of Binôme."));
    m_ui->participantsValue->setText(locale.toString(contents.participants));
    m_ui->programsValue->setText(locale.toString(contents.programs));
    m_ui->binomesValue->setText(locale.toString(contents.binomes));
    m_ui->sessionsValue->setText(locale.toString(contents.sessions));
    m_ui->lastSessionValue->setText(
        contents.newestSession.isValid()
            ? locale.toString(contents.newestSession, QLocale::LongFormat)
            : tr("none"));
    m_ui->problemLabel->hide();
    m_ui->warningLabel->setText(tr("Restore replaces everything in %1 by what this backup holds.")
                                    .arg(QDir::toNativeSeparators(m_workspace.database().path())));
    m_ui->warningLabel->show();
    m_restoreButton->setEnabled(true);
}

void RestoreDialog::showProblem(const QString& problem) {
    for (QLabel* value : {m_ui->versionValue, m_ui->participantsValue, m_ui->programsValue,
                          m_ui->binomesValue, m_ui->sessionsValue, m_ui->lastSessionValue})
        value->setText(dash());
    if (m_file.isEmpty())
        m_ui->fileValue->setText(tr("Choose a backup above, or another file."));
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_ui->warningLabel->hide();
    m_restoreButton->setEnabled(false);
}

void RestoreDialog::accept() {
    if (m_file.isEmpty() || !m_restoreButton->isEnabled())
        return;
    const auto restored =
        BackupService(m_workspace.database()).restore(m_file, QDateTime::currentDateTime());
    if (!restored) {
        showProblem(restored.error());
        fillBackups(); // the copy kept aside may be there now
        return;
    }
    // The database holds other data now: nothing to undo in it, every page reloads.
    m_workspace.undoStack()->clear();
    Q_EMIT m_workspace.databaseChanged();
    m_workspace.notifyChanged(Workspace::Everything);
    m_outcome =
        tr("Restored %1. The database as it was is kept in %2.")
            .arg(QDir::toNativeSeparators(m_file), QDir::toNativeSeparators(restored->keptAside));
    QDialog::accept();
}

} // namespace binome::gui
