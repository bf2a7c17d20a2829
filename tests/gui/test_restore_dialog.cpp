// File › Restore… and File › Backup settings…, driven as a user would: the dialog lists the
// database's backups, shows what the chosen one holds or why it cannot be restored, and a
// restore reloads every page; the settings dialog keeps the number of daily copies.
#include "TempDatabase.h"

#include "BackupSettingsDialog.h"
#include "RestoreDialog.h"
#include "Workspace.h"

#include "binome/services/BackupService.h"
#include "binome/services/DemoService.h"
#include "binome/services/ParticipantService.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2027, 1, 10);

template <class T> T* child(QWidget* parent, const QString& name) {
    T* found = parent->findChild<T*>(name);
    EXPECT_NE(found, nullptr) << name.toStdString();
    return found;
}

QString text(QWidget* parent, const QString& label) {
    auto* found = child<QLabel>(parent, label);
    return found ? found->text() : QString();
}

/// A picture of the widget for a person to look at, when asked for.
void shoot(QWidget* widget, const QString& name) {
    const QString shots = qEnvironmentVariable("BINOME_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    widget->show();
    QTest::qWait(50);
    EXPECT_TRUE(widget->grab().save(QDir(shots).filePath(name + u".png"_s)));
}

class RestoreDialogTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        const auto installed = DemoService(db()).install(Today);
        ASSERT_TRUE(installed.ok()) << installed.error().toStdString();
        participants = ParticipantService(db()).list()->size();
        // Two backups: the daily one and one by hand.
        ASSERT_TRUE(BackupService(db()).rollOnOpen(QDateTime(Today, QTime(8, 0)), 7).ok());
        backup = file(u"by-hand.sqlite"_s);
        ASSERT_TRUE(db().backupTo(backup, Database::Overwrite::No, BackupKind::Manual,
                                  QDateTime(Today, QTime(12, 0)))
                        .ok());
        // The workspace holds the only connection, as in the program.
        m_db.reset();
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        workspace.setDatabase(std::move(opened).value());
    }

    Workspace workspace;
    QString backup;
    qsizetype participants = 0;
};

} // namespace

TEST_F(RestoreDialogTest, ListsTheBackupsAndShowsWhatTheChosenOneHolds) {
    RestoreDialog dialog(workspace);
    auto* tree = child<QTreeWidget>(&dialog, u"backupTree"_s);
    ASSERT_NE(tree, nullptr);
    ASSERT_EQ(tree->topLevelItemCount(), 2);
    EXPECT_EQ(tree->topLevelItem(0)->text(2), u"by-hand.sqlite"_s); // newest first
    EXPECT_EQ(tree->topLevelItem(0)->text(1), u"by hand"_s);
    EXPECT_EQ(tree->topLevelItem(1)->text(1), u"daily"_s);
    auto* restore = child<QPushButton>(&dialog, u"restoreButton"_s);
    ASSERT_NE(restore, nullptr);
    // The newest is chosen at first; another is chosen by clicking it.
    EXPECT_EQ(dialog.selectedFile(), backup);
    tree->setCurrentItem(tree->topLevelItem(1));
    EXPECT_EQ(dialog.selectedFile(),
              BackupService::rollingFolder(path()) + u"/binome-20270110-080000.sqlite"_s);
    EXPECT_TRUE(restore->isEnabled());
    tree->setCurrentItem(tree->topLevelItem(0));
    EXPECT_EQ(dialog.selectedFile(), backup);
    EXPECT_EQ(text(&dialog, u"participantsValue"_s), QLocale().toString(participants));
    EXPECT_EQ(text(&dialog, u"programsValue"_s), u"2"_s);
    EXPECT_NE(text(&dialog, u"binomesValue"_s), u"0"_s);
    EXPECT_NE(text(&dialog, u"sessionsValue"_s), u"0"_s);
    EXPECT_NE(text(&dialog, u"lastSessionValue"_s), u"none"_s);
    EXPECT_TRUE(text(&dialog, u"versionValue"_s).contains(u"This version"_s));
    EXPECT_TRUE(child<QLabel>(&dialog, u"problemLabel"_s)->isHidden());
    EXPECT_TRUE(restore->isEnabled());
    dialog.resize(700, 560);
    shoot(&dialog, u"restore-dialog"_s);
}

TEST_F(RestoreDialogTest, RefusesABadFileAndSaysWhy) {
    RestoreDialog dialog(workspace);
    auto* restore = child<QPushButton>(&dialog, u"restoreButton"_s);
    ASSERT_NE(restore, nullptr);
    const QString bad =
        writeFile(u"notes.sqlite"_s, QByteArray("meeting notes, not a backup\n").repeated(100));
    const QByteArray before = binome::test::sha1Of(path());
    dialog.selectFile(bad);
    shoot(&dialog, u"restore-dialog-refused"_s); // showing it (focus) keeps the file chosen
    auto* problem = child<QLabel>(&dialog, u"problemLabel"_s);
    ASSERT_NE(problem, nullptr);
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(problem->text().contains(u"not an SQLite database"_s))
        << problem->text().toStdString();
    EXPECT_TRUE(problem->text().contains(bad)) << problem->text().toStdString();
    EXPECT_EQ(problem->textFormat(), Qt::PlainText);
    EXPECT_EQ(text(&dialog, u"participantsValue"_s), u"—"_s);
    EXPECT_FALSE(restore->isEnabled());
    // Accepting anyway (Enter) does nothing.
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(binome::test::sha1Of(path()), before);

    // A good one after a bad one can be restored.
    dialog.selectFile(backup);
    EXPECT_TRUE(problem->isHidden());
    EXPECT_TRUE(restore->isEnabled());
}

TEST_F(RestoreDialogTest, RestoringReloadsEveryPageAndClearsTheUndoHistory) {
    Participant p;
    p.role = Role::Junior;
    p.firstName = u"Zoé"_s;
    p.lastName = u"Nouvelle"_s;
    p.email = u"zoe@example.org"_s;
    p.languages = {u"fr"_s};
    ASSERT_TRUE(ParticipantService(workspace.database()).save(p).ok());
    workspace.undoStack()->push(new QUndoCommand(u"an edit"_s));
    ASSERT_EQ(ParticipantService(workspace.database()).list()->size(), participants + 1);

    RestoreDialog dialog(workspace);
    QSignalSpy opened(&workspace, &Workspace::databaseChanged);
    QSignalSpy changed(&workspace, &Workspace::changed);
    dialog.selectFile(backup);
    auto* restore = child<QPushButton>(&dialog, u"restoreButton"_s);
    ASSERT_NE(restore, nullptr);
    QTest::mouseClick(restore, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << text(&dialog, u"problemLabel"_s).toStdString();
    EXPECT_EQ(ParticipantService(workspace.database()).list()->size(), participants);
    EXPECT_EQ(opened.count(), 1);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().first().value<Workspace::Changes>(), Workspace::Everything);
    EXPECT_EQ(workspace.undoStack()->count(), 0);
    EXPECT_TRUE(dialog.outcome().contains(u".before-restore-"_s)) << dialog.outcome().toStdString();
}

TEST(BackupSettingsDialogTest, KeepsTheNumberOfDailyCopiesAndZeroTurnsThemOff) {
    QSettings().remove(u"backup/rollingCount"_s);
    {
        BackupSettingsDialog dialog(u"/data/hr/binome.sqlite"_s);
        auto* count = child<QSpinBox>(&dialog, u"countSpin"_s);
        ASSERT_NE(count, nullptr);
        EXPECT_EQ(count->value(), 7);
        EXPECT_EQ(text(&dialog, u"folderValue"_s),
                  QDir::toNativeSeparators(u"/data/hr/binome.sqlite.backups"_s));
        EXPECT_TRUE(text(&dialog, u"hintLabel"_s).contains(u"last 7 day"_s))
            << text(&dialog, u"hintLabel"_s).toStdString();
        count->setValue(0);
        EXPECT_EQ(count->text(), u"None (off)"_s);
        EXPECT_TRUE(text(&dialog, u"hintLabel"_s).contains(u"No daily copy"_s));
        shoot(&dialog, u"backup-settings"_s);
        dialog.accept();
    }
    EXPECT_EQ(BackupService::rollingCountSetting(), 0);
    {
        BackupSettingsDialog dialog{QString()};
        auto* count = child<QSpinBox>(&dialog, u"countSpin"_s);
        ASSERT_NE(count, nullptr);
        EXPECT_EQ(count->value(), 0);
        count->setValue(30);
        dialog.reject(); // Cancel keeps the setting
    }
    EXPECT_EQ(BackupService::rollingCountSetting(), 0);
    QSettings().remove(u"backup/rollingCount"_s);
}
