// The screenshots of the user guide (docs/guide/en-*.png and fr-*.png): every page of the main
// window, and the dialogs the guide shows, on the demo organisation installed on a fixed date, at
// 1280×720, in English and in French. Skipped unless BINOME_GUIDE_DIR names a directory. To make
// them again after a change of the interface, from the repository's root:
//
//   flock /tmp/binome-build.lock cmake --build build --target binome_gui_tests
//   BINOME_GUIDE_DIR=docs/guide build/tests/binome_gui_tests --gtest_filter='GuideScreenshots.*'
//
// Each PNG goes through pngquant when it is installed (Debian package pngquant), which keeps each
// one well under 150 KB.
#include "BinomeDetailDialog.h"
#include "DashboardPage.h"
#include "FollowUpCommands.h"
#include "FollowUpFilterProxy.h"
#include "FollowUpPage.h"
#include "FollowUpTableModel.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "PairingModels.h"
#include "PairingPage.h"
#include "ParticipantsPage.h"
#include "ProgramsPage.h"
#include "SessionDialog.h"
#include "SkillsPage.h"
#include "Workspace.h"

#include "binome/services/DemoService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/Translations.h"
#include "binome/storage/Database.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

#include <gtest/gtest.h>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

/// The day the demo is installed and the pages compute their flags: screenshots do not change
/// with the date they are made on.
const QDate GuideDate(2026, 11, 16);

/// Saves a 1280×720 picture, made smaller by pngquant when it is there.
void save(const QImage& image, const QString& path) {
    // A page wider than the screen is a defect to fix (issue #10: every page fits 1280×720);
    // it is said, and the picture is saved all the same.
    EXPECT_EQ(image.size(), QSize(1280, 720))
        << path.toStdString() << ": the window does not fit 1280×720 on this page";
    ASSERT_TRUE(image.save(path)) << path.toStdString();
    const QString pngquant = QStandardPaths::findExecutable(u"pngquant"_s);
    if (pngquant.isEmpty())
        return;
    // 98 and 99: the result would be larger, or below the quality asked; the original stays.
    const int status =
        QProcess::execute(pngquant, {u"--force"_s, u"--skip-if-larger"_s, u"--strip"_s,
                                     u"--speed"_s, u"1"_s, u"--output"_s, path, u"--"_s, path});
    EXPECT_TRUE(status == 0 || status == 98 || status == 99) << status;
}

/// The window with a dialog over it, as the user sees it: the window dimmed, the dialog in the
/// middle with a title bar (the offscreen platform draws no window frame).
QImage withDialog(QWidget& window, QWidget& dialog) {
    QImage shot = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QPainter painter(&shot);
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 80));
    const QImage face = dialog.grab().toImage();
    const int bar = 28;
    QRect frame(0, 0, face.width() + 2, face.height() + bar + 1);
    frame.moveCenter(shot.rect().center());
    painter.fillRect(frame, QColor(0x3b, 0x41, 0x4b));
    QFont font = dialog.font();
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(frame.left(), frame.top(), frame.width(), bar), Qt::AlignCenter,
                     dialog.windowTitle());
    painter.drawImage(frame.left() + 1, frame.top() + bar, face);
    return shot;
}

/// The status bar names the database where the user's demo is, not the tests' own directory.
void showUsualDatabasePath(MainWindow& window) {
    const QString path = MainWindow::demoDatabasePath();
    const QString usual = u"~/.local/share/Binome/Binome/binome-demo.sqlite"_s;
    const QList<QLabel*> labels = window.statusBar()->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->text().contains(path))
            label->setText(label->text().replace(path, usual));
    }
}

void removeDemoDatabase() {
    const QString path = MainWindow::demoDatabasePath();
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

/// The first row of a view whose cell in `column` is empty (a proposed binôme not confirmed yet).
int firstRowWithEmpty(const QAbstractItemModel* model, int column) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString().isEmpty())
            return row;
    }
    return 0;
}

/// Puts the interface back in English whatever happened.
struct EnglishAfterwards {
    ~EnglishAfterwards() {
        installTranslations(*qApp, u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        removeDemoDatabase();
    }
};

void shootLanguage(const QString& language, const QDir& out) {
    installTranslations(*qApp, language);
    QLocale::setDefault(language == u"fr" ? QLocale(QLocale::French, QLocale::France)
                                          : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // The demo, installed in this language (its programs' names follow it) on the fixed date.
    removeDemoDatabase();
    {
        auto opened = Database::open(MainWindow::demoDatabasePath());
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        const auto installed = DemoService(*opened.value()).install(GuideDate);
        ASSERT_TRUE(installed.ok()) << installed.error().toStdString();
    }
    const auto file = [&](const QString& name) {
        return out.filePath(u"%1-%2.png"_s.arg(language, name));
    };

    MainWindow window;
    ASSERT_TRUE(window.openDemo());
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto program = ProgramService(window.workspace().database())
                             .findByName(DemoService::mainProgramName(GuideDate));
    ASSERT_TRUE(program.ok() && program->has_value());
    const qint64 programId = (*program)->id;
    window.followUpPage()->setToday(GuideDate);
    window.dashboardPage()->setToday(GuideDate);
    const auto shoot = [&](int page, const QString& name) {
        window.showPage(page);
        QTest::qWait(50);
        showUsualDatabasePath(window);
        save(window.grab().toImage(), file(name));
    };

    // Participants, as the demo opens: its status bar says the people are fictitious.
    auto* people = window.participantsPage()->findChild<QTableView*>(u"tableView"_s);
    ASSERT_NE(people, nullptr);
    people->selectRow(1);
    shoot(0, u"participants"_s);
    window.statusBar()->clearMessage();

    auto* skills = window.skillsPage()->findChild<QTableView*>(u"tableView"_s);
    ASSERT_NE(skills, nullptr);
    skills->selectRow(8);
    shoot(1, u"skills"_s);

    auto* programs = window.programsPage()->findChild<QTableView*>(u"tableView"_s);
    ASSERT_NE(programs, nullptr);
    for (int row = 0; row < programs->model()->rowCount(); ++row) {
        if (programs->model()->index(row, 0).data().toString() == (*program)->name)
            programs->selectRow(row);
    }
    shoot(2, u"programs"_s);

    // Pairing: a proposed binôme not confirmed yet, with its explanation.
    window.showPage(3);
    window.pairingPage()->selectProgram(programId);
    QTest::qWait(50);
    auto* proposals = window.pairingPage()->findChild<QTableView*>(u"proposalsView"_s);
    ASSERT_NE(proposals, nullptr);
    proposals->selectRow(firstRowWithEmpty(proposals->model(), ProposalTableModel::LockedColumn));
    shoot(3, u"pairing"_s);

    // Follow-up: the first binôme that needs attention, selected.
    window.showPage(4);
    window.followUpPage()->selectProgram(programId);
    QTest::qWait(50);
    const qint64 binomeId =
        window.followUpPage()->proxy()->index(0, 0).data(FollowUpTableModel::IdRole).toLongLong();
    ASSERT_NE(binomeId, 0);
    window.followUpPage()->selectBinome(binomeId);
    shoot(4, u"follow-up"_s);

    // Ctrl+L on it: the session dialog, filled in, a note typed.
    {
        auto dialog =
            followup::newSessionDialog(window.workspace(), binomeId, false, GuideDate, &window);
        ASSERT_NE(dialog, nullptr);
        dialog->show();
        auto* notes = dialog->findChild<QPlainTextEdit*>(u"notesEdit"_s);
        if (notes != nullptr) {
            notes->setPlainText(
                language == u"fr"
                    ? u"Dossier du projet partagé en ligne avec l'équipe ; premier compte rendu "
                      u"rédigé avec l'IA générative, relu ensemble."_s
                    : u"Shared the project folder online with the team; wrote a first summary "
                      u"with generative AI and checked it together."_s);
        }
        QTest::qWait(50);
        save(withDialog(window, *dialog), file(u"log-session"_s));
        dialog->close();
    }

    // The binôme's detail.
    {
        BinomeDetailDialog* detail = window.followUpPage()->openDetail(binomeId);
        ASSERT_NE(detail, nullptr);
        detail->resize(1180, 640);
        QTest::qWait(50);
        save(withDialog(window, *detail), file(u"binome-detail"_s));
        detail->close();
    }

    window.dashboardPage()->selectProgram(programId);
    shoot(5, u"dashboard"_s);

    // The import preview of a file with one problem: nothing is written until it is corrected.
    {
        QDir temp(QDir::temp().filePath(u"binome-guide"_s));
        ASSERT_TRUE(temp.mkpath(u"."_s));
        const QString path = temp.filePath(language == u"fr" ? u"nouveaux-participants.csv"_s
                                                             : u"new-participants.csv"_s);
        QFile csv(path);
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
        csv.write("role;first_name;last_name;email;department;site;skill:linkedin;"
                  "target:linkedin;priority:linkedin;skill:genai;target:genai;priority:genai\n"
                  "junior;In\xc3\xa8s;Lef\xc3\xa8vre;ines.lefevre@example.org;Marketing;Lyon;"
                  "5;;;4;;\n"
                  "senior;G\xc3\xa9rard;Moulin;gerard.moulin@example.org;Finance;Lyon;"
                  "1;4;3;0;3;2\n"
                  "senior;Claire;Vidal;claire.vidal@example;Achats;Paris;2;4;2;;;\n"
                  "junior;Malik;Benamar;malik.benamar@example.org;Informatique;Paris;4;;;5;;\n");
        csv.close();
        window.showPage(0);
        ImportDialog dialog(window.workspace(), path, &window);
        dialog.resize(1000, 480);
        dialog.show();
        QTest::qWait(50);
        // The file as the user keeps it, not in the temporary directory.
        const QString shown = u"~/Documents"_s;
        for (QLabel* label : dialog.findChildren<QLabel*>())
            label->setText(label->text().replace(temp.path(), shown));
        for (QPlainTextEdit* edit : dialog.findChildren<QPlainTextEdit*>())
            edit->setPlainText(edit->toPlainText().replace(temp.path(), shown));
        save(withDialog(window, dialog), file(u"import"_s));
        dialog.close();
        temp.removeRecursively();
    }
    window.close();
}

} // namespace

TEST(GuideScreenshots, EveryPageInEnglishAndFrench) {
    const QString target = qEnvironmentVariable("BINOME_GUIDE_DIR");
    if (target.isEmpty())
        GTEST_SKIP() << "set BINOME_GUIDE_DIR to a directory (docs/guide) to make the guide's "
                        "screenshots";
    QStandardPaths::setTestModeEnabled(true);
    EnglishAfterwards restore;
    const QDir out(target);
    ASSERT_TRUE(out.mkpath(u"."_s));
    for (const QString& language : {u"en"_s, u"fr"_s}) {
        SCOPED_TRACE(language.toStdString());
        shootLanguage(language, out);
        if (::testing::Test::HasFatalFailure())
            return;
    }
}
