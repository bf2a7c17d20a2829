// The interface in French: the translation is compiled in and switching language works.
#include "MainWindow.h"
#include "ParticipantTableModel.h"

#include "binome/domain/Participant.h"
#include "binome/domain/Skill.h"
#include "binome/services/Translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

QStringList menuTitles(const QMainWindow& window) {
    QStringList titles;
    const QList<QAction*> actions = window.menuBar()->actions();
    for (const QAction* action : actions)
        titles << action->text();
    return titles;
}

/// Puts the interface back in English whatever a test did.
struct EnglishAfterwards {
    ~EnglishAfterwards() { installTranslations(*qApp, u"en"_s); }
};

} // namespace

TEST(Language, FrenchIsCompleteInTheDomainWords) {
    EnglishAfterwards restore;
    ASSERT_EQ(installTranslations(*qApp, u"fr"_s), u"fr"_s);
    EXPECT_EQ(roleDisplayName(Role::Senior), u"Senior (mentoré)"_s);
    EXPECT_EQ(meetingModeDisplayName(MeetingMode::Remote), u"À distance"_s);
    EXPECT_EQ(digCompAreaName(4), u"4 Sécurité"_s);
    Skill genai;
    genai.nameEn = u"Generative AI"_s;
    genai.nameFr = u"IA générative"_s;
    EXPECT_EQ(genai.displayName(), u"IA générative"_s); // the catalog follows the language
    gui::ParticipantTableModel model;
    EXPECT_EQ(
        model.headerData(gui::ParticipantTableModel::DepartmentColumn, Qt::Horizontal).toString(),
        u"Service"_s);
}

TEST(Language, TheMainWindowSwitchesBetweenEnglishAndFrench) {
    EnglishAfterwards restore;
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(*qApp, u"en"_s);
    gui::MainWindow window;
    EXPECT_EQ(menuTitles(window).first(), u"&File"_s);
    QAction* french = window.findChild<QAction*>(u"actionFrench"_s);
    ASSERT_NE(french, nullptr);
    french->trigger();
    EXPECT_EQ(menuTitles(window).first(), u"&Fichier"_s);
    // The Edit menu's undo and redo follow the language too.
    QStringList editActions;
    const QList<QAction*> menus = window.menuBar()->actions();
    for (const QAction* action : menus[1]->menu()->actions())
        editActions << action->text();
    EXPECT_TRUE(editActions.contains(u"&Annuler"_s)) << editActions.join(u" | ").toStdString();
    EXPECT_FALSE(editActions.contains(u"&Undo"_s));
    if (const QString shots = qEnvironmentVariable("BINOME_SCREENSHOT_DIR"); !shots.isEmpty()) {
        // A look at the French interface on the demo organisation, page by page.
        QFile::remove(gui::MainWindow::demoDatabasePath());
        ASSERT_TRUE(window.openDemo());
        window.resize(1280, 800);
        window.show();
        for (int page = 0; page < 4; ++page) {
            window.showPage(page);
            QTest::qWait(50);
            EXPECT_TRUE(window.grab().save(QDir(shots).filePath(u"fr-page-%1.png"_s.arg(page))));
        }
        QFile::remove(gui::MainWindow::demoDatabasePath());
    }
    EXPECT_TRUE(window.findChild<QAction*>(u"actionFrench"_s)->isChecked());
    window.findChild<QAction*>(u"actionEnglish"_s)->trigger();
    EXPECT_EQ(menuTitles(window).first(), u"&File"_s);
}

TEST(Language, EnglishPluralsAreProper) {
    installTranslations(*qApp, u"en"_s);
    EXPECT_EQ(QCoreApplication::translate("binome::gui::ProgramTableModel", "every %n day(s)",
                                          nullptr, 1),
              u"every 1 day"_s);
    EXPECT_EQ(QCoreApplication::translate("binome::gui::ProgramTableModel", "every %n day(s)",
                                          nullptr, 14),
              u"every 14 days"_s);
}
