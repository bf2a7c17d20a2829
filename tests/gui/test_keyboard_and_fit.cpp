// The main window as a keyboard user and a 1,280 × 720 laptop see it, in English and French.
#include "TempDatabase.h"

#include "MainWindow.h"
#include "Workspace.h"

#include "binome/services/DemoService.h"
#include "binome/services/Translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

class MainWindowKeyboardTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        ASSERT_TRUE(DemoService(db()).install().ok());
    }
    void TearDown() override {
        installTranslations(*qApp, u"en"_s);
        TempDatabase::TearDown();
    }
    /// The page's visible item views.
    static QList<QAbstractItemView*> viewsOf(QWidget* page) {
        QList<QAbstractItemView*> views;
        for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>())
            if (!view->inherits("QComboBoxListView") && !view->inherits("QListWidget"))
                views << view;
        return views;
    }
};

} // namespace

TEST_F(MainWindowKeyboardTest, TabLeavesEveryTableAndArrowsMoveInside) {
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path()));
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
    ASSERT_NE(pages, nullptr);
    for (int page = 0; page < pages->count(); ++page) {
        for (QAbstractItemView* view : viewsOf(pages->widget(page)))
            EXPECT_FALSE(view->tabKeyNavigation())
                << pages->widget(page)->objectName().toStdString() << " "
                << view->objectName().toStdString() << ": Tab would walk its cells";
    }
    window.showPage(0);
    QAbstractItemView* table = viewsOf(pages->widget(0)).value(0);
    ASSERT_NE(table, nullptr);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    EXPECT_EQ(table->currentIndex().row(), 1); // arrows move inside
    QTest::keyClick(table, Qt::Key_Tab);
    EXPECT_NE(QApplication::focusWidget(), table); // Tab leaves
}

TEST_F(MainWindowKeyboardTest, CtrlAndANumberShowsThatPage) {
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path()));
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
    auto* navigation = window.findChild<QListWidget*>(u"navigationList"_s);
    for (int page = pages->count() - 1; page >= 0; --page) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
        EXPECT_EQ(pages->currentIndex(), page);
        EXPECT_EQ(navigation->currentRow(), page);
    }
}

TEST_F(MainWindowKeyboardTest, EveryPageFitsALaptopScreenInEnglishAndFrench) {
    for (const QString& language : {u"en"_s, u"fr"_s}) {
        installTranslations(*qApp, language);
        MainWindow window;
        ASSERT_TRUE(window.openDatabase(path()));
        // Shown, as the user sees it: hidden widgets leave the size hints out.
        window.resize(1280, 720);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
        for (int page = 0; page < pages->count(); ++page) {
            window.showPage(page);
            QCoreApplication::processEvents();
            const QSize needed = window.minimumSizeHint();
            EXPECT_LE(needed.width(), 1280)
                << language.toStdString() << " page " << page << " "
                << pages->widget(page)->objectName().toStdString() << " needs " << needed.width();
            EXPECT_LE(needed.height(), 720)
                << language.toStdString() << " page " << page << " "
                << pages->widget(page)->objectName().toStdString() << " needs " << needed.height();
        }
    }
}

TEST_F(MainWindowKeyboardTest, OpeningADatabaseOthersCanReadSaysSo) {
    ASSERT_TRUE(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path()));
    const QString said = window.statusBar()->currentMessage();
    EXPECT_TRUE(said.contains(QFileInfo(path()).fileName())) << said.toStdString();
    // A private one says nothing of the kind.
    ASSERT_TRUE(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    MainWindow other;
    ASSERT_TRUE(other.openDatabase(path()));
    EXPECT_FALSE(other.statusBar()->currentMessage().contains(QFileInfo(path()).fileName()));
}

TEST_F(MainWindowKeyboardTest, OpenRecentListsTheLatestDatabasesFirstAndOpensOne) {
    QSettings().remove(u"database/recent"_s);
    QTemporaryDir dir;
    const QString other = dir.filePath(u"other & co.sqlite"_s);
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path()));
    ASSERT_TRUE(window.openDatabase(other));
    ASSERT_TRUE(window.openDatabase(path())); // again: it moves to the top, not listed twice
    auto* recent = window.findChild<QMenu*>(u"recentMenu"_s);
    ASSERT_NE(recent, nullptr);
    Q_EMIT recent->aboutToShow();
    const QList<QAction*> actions = recent->actions();
    ASSERT_EQ(actions.size(), 2);
    EXPECT_EQ(actions[0]->data().toString(), QFileInfo(path()).absoluteFilePath());
    EXPECT_EQ(actions[1]->text(), u"&2 other && co.sqlite"_s); // Alt+2; the & shown as typed
    actions[1]->trigger();
    EXPECT_EQ(QFileInfo(window.workspace().database().path()).fileName(), u"other & co.sqlite"_s);
    QSettings().remove(u"database/recent"_s);
}
