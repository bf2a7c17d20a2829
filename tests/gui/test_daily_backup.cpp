// The daily copy of the database is made once the window has had time to paint, and only of the
// database still open then: opening a large file is not slowed by copying it.
#include "MainWindow.h"
#include "Workspace.h"

#include "binome/services/BackupService.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

qsizetype copiesOf(const QString& databasePath) {
    return QDir(BackupService::rollingFolder(databasePath))
        .entryList({u"*.sqlite"_s}, QDir::Files)
        .size();
}

class DailyBackupTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        QSettings().setValue(u"backup/rollingCount"_s, 3);
        ASSERT_EQ(BackupService::rollingCountSetting(), 3);
    }
    void TearDown() override { QSettings().remove(u"backup/rollingCount"_s); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(DailyBackupTest, IsMadeAfterTheWindowOpensNotBefore) {
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path(u"hr.sqlite"_s)));
    EXPECT_EQ(copiesOf(path(u"hr.sqlite"_s)), 0) << "the copy must wait for the first paint";
    QTRY_COMPARE_WITH_TIMEOUT(copiesOf(path(u"hr.sqlite"_s)), 1,
                              MainWindow::DailyBackupDelayMs + 5000);
}

TEST_F(DailyBackupTest, IsMadeOnlyOfTheDatabaseStillOpen) {
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path(u"first.sqlite"_s)));
    ASSERT_TRUE(window.openDatabase(path(u"second.sqlite"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(copiesOf(path(u"second.sqlite"_s)), 1,
                              MainWindow::DailyBackupDelayMs + 5000);
    QTest::qWait(200);
    EXPECT_EQ(copiesOf(path(u"first.sqlite"_s)), 0);
}

TEST_F(DailyBackupTest, NoneWhenTurnedOff) {
    QSettings().setValue(u"backup/rollingCount"_s, 0);
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path(u"hr.sqlite"_s)));
    QTest::qWait(MainWindow::DailyBackupDelayMs + 300);
    EXPECT_EQ(copiesOf(path(u"hr.sqlite"_s)), 0);
}
