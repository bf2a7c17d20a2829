// The participants page as a user drives it: real widgets (offscreen), a real SQLite file.
#include "TempDatabase.h"

#include "ParticipantDialog.h"
#include "ParticipantFilterProxy.h"
#include "ParticipantTableModel.h"
#include "ParticipantsPage.h"
#include "SkillLevelsModel.h"
#include "Workspace.h"

#include "binome/services/DemoService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

/// Types text key by key, accents included (QTest::keyClicks only knows ASCII).
void typeText(QWidget* widget, const QString& text) {
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

class ParticipantsPageTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok());
        workspace.setDatabase(std::move(opened).value());
        page = std::make_unique<ParticipantsPage>(workspace);
        page->resize(1200, 700);
        page->show();
        sourceTester = std::make_unique<QAbstractItemModelTester>(
            page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    void TearDown() override {
        proxyTester.reset();
        sourceTester.reset();
        page.reset();
    }

    template <class T> T* child(QObject* parent, const char* name) {
        T* widget = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    /// Clicks Add and fills the dialog as a person would, leaving it open.
    ParticipantDialog* startAdding(const QString& first, const QString& last,
                                   const QString& email) {
        QTest::mouseClick(child<QPushButton>(page.get(), "addButton"), Qt::LeftButton);
        auto* dialog = page->findChild<ParticipantDialog*>();
        EXPECT_NE(dialog, nullptr);
        if (!dialog)
            return nullptr;
        EXPECT_TRUE(dialog->isVisible());
        auto* role = child<QComboBox>(dialog, "roleCombo");
        role->setCurrentIndex(role->findData(static_cast<int>(Role::Senior)));
        typeText(child<QLineEdit>(dialog, "firstNameEdit"), first);
        typeText(child<QLineEdit>(dialog, "lastNameEdit"), last);
        typeText(child<QLineEdit>(dialog, "emailEdit"), email);
        typeText(child<QLineEdit>(dialog, "departmentEdit"), u"Achats"_s);
        typeText(child<QLineEdit>(dialog, "languagesEdit"), u"fr, en"_s);
        return dialog;
    }

    void clickOk(QDialog* dialog) {
        auto* box = child<QDialogButtonBox>(dialog, "buttonBox");
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    int visibleRows() const { return page->proxy()->rowCount(); }

    Workspace workspace;
    std::unique_ptr<ParticipantsPage> page;
    std::unique_ptr<QAbstractItemModelTester> sourceTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
};

} // namespace

TEST_F(ParticipantsPageTest, AddASeniorWithAGapThroughTheWidgetsThenFilter) {
    ASSERT_TRUE(DemoService(workspace.database()).install().ok());
    workspace.notifyParticipantsChanged();
    const int before = visibleRows();
    ASSERT_GE(before, 80);

    ParticipantDialog* dialog = startAdding(u"Gérard"_s, u"Colin"_s, u"gerard.colin@example.org"_s);
    ASSERT_NE(dialog, nullptr);
    // Give a gap on generative AI in the skills editor: current 0, target 3, priority 2.
    auto* view = child<QTableView>(dialog, "skillsView");
    QAbstractItemModel* skills = view->model();
    int genai = -1;
    for (int row = 0; row < skills->rowCount(); ++row) {
        if (skills->index(row, 0).data(SkillLevelsModel::CodeRole).toString() == u"genai")
            genai = row;
    }
    ASSERT_GE(genai, 0);
    ASSERT_TRUE(skills->setData(skills->index(genai, SkillLevelsModel::LevelColumn), u"0"_s));
    ASSERT_TRUE(skills->setData(skills->index(genai, SkillLevelsModel::TargetColumn), u"3"_s));
    ASSERT_TRUE(skills->setData(skills->index(genai, SkillLevelsModel::PriorityColumn), u"2"_s));
    EXPECT_EQ(skills->index(genai, SkillLevelsModel::GapColumn).data().toInt(), 3);
    EXPECT_FALSE(skills->setData(skills->index(genai, SkillLevelsModel::TargetColumn), u"7"_s));
    clickOk(dialog);

    ASSERT_EQ(visibleRows(), before + 1);
    auto* filter = child<QLineEdit>(page.get(), "filterEdit");
    typeText(filter, u"colin acha"_s);
    ASSERT_EQ(visibleRows(), 1);
    const QModelIndex row = page->proxy()->index(0, ParticipantTableModel::NameColumn);
    EXPECT_EQ(row.data().toString(), u"Gérard Colin"_s);
    EXPECT_EQ(page->proxy()->index(0, ParticipantTableModel::SkillsColumn).data().toString(),
              u"genai 0→3"_s);
    filter->clear();
    typeText(filter, u"GERARD"_s); // any case, any accents
    EXPECT_GE(visibleRows(), 1);
    filter->clear();
    typeText(filter, u"nobody-has-this-name"_s);
    EXPECT_EQ(visibleRows(), 0);
}

TEST_F(ParticipantsPageTest, InvalidEntryKeepsTheDialogOpenAndSaysWhy) {
    ParticipantDialog* dialog = startAdding(u"Jean"_s, u"Bon"_s, u"jean.bon@"_s);
    ASSERT_NE(dialog, nullptr);
    clickOk(dialog);
    EXPECT_TRUE(dialog->isVisible());
    auto* error = child<QLabel>(dialog, "errorLabel");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(u"E-mail: "_s)) << error->text().toStdString();
    EXPECT_EQ(page->model()->rowCount(), 0);

    auto* email = child<QLineEdit>(dialog, "emailEdit");
    email->clear();
    typeText(email, u"jean.bon@example.org"_s);
    clickOk(dialog);
    EXPECT_EQ(page->model()->rowCount(), 1);
}

TEST_F(ParticipantsPageTest, AddingIsUndoneAndRedone) {
    ParticipantDialog* dialog = startAdding(u"Martine"_s, u"Rey"_s, u"martine.rey@example.org"_s);
    ASSERT_NE(dialog, nullptr);
    clickOk(dialog);
    ASSERT_EQ(page->model()->rowCount(), 1);
    workspace.undoStack()->undo();
    EXPECT_EQ(page->model()->rowCount(), 0);
    workspace.undoStack()->redo();
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->participants().first().email, u"martine.rey@example.org"_s);
}

TEST_F(ParticipantsPageTest, ArchivingHidesUntilShownAndIsUndoable) {
    ParticipantDialog* dialog = startAdding(u"Martine"_s, u"Rey"_s, u"martine.rey@example.org"_s);
    ASSERT_NE(dialog, nullptr);
    clickOk(dialog);
    auto* table = child<QTableView>(page.get(), "tableView");
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(page.get(), "archiveButton"), Qt::LeftButton);
    EXPECT_EQ(visibleRows(), 0);
    child<QCheckBox>(page.get(), "showArchivedCheck")->setChecked(true);
    ASSERT_EQ(visibleRows(), 1);
    EXPECT_EQ(page->proxy()->index(0, ParticipantTableModel::StatusColumn).data().toString(),
              u"Archived"_s);
    workspace.undoStack()->undo();
    EXPECT_EQ(page->proxy()->index(0, ParticipantTableModel::StatusColumn).data().toString(),
              u"Active"_s);
    // Erasing needs an archived participant; then the data is gone for good.
    table->selectRow(0);
    EXPECT_FALSE(child<QPushButton>(page.get(), "eraseButton")->isEnabled());
    EXPECT_FALSE(page->eraseSelected(false));
    workspace.undoStack()->redo();
    table->selectRow(0);
    EXPECT_TRUE(child<QPushButton>(page.get(), "eraseButton")->isEnabled());
    EXPECT_TRUE(page->eraseSelected(false));
    EXPECT_EQ(page->model()->rowCount(), 0);
}

TEST_F(ParticipantsPageTest, EditingKeepsSkillsAndShowsTheGap) {
    ASSERT_TRUE(DemoService(workspace.database()).install().ok());
    workspace.notifyParticipantsChanged();
    auto* roles = child<QComboBox>(page.get(), "roleFilterCombo");
    roles->setCurrentIndex(roles->findData(static_cast<int>(Role::Senior)));
    ASSERT_GE(visibleRows(), 40);
    for (int row = 0; row < visibleRows(); ++row)
        EXPECT_EQ(
            page->proxy()->index(row, 0).data(ParticipantTableModel::ParticipantRoleRole).toInt(),
            static_cast<int>(Role::Senior));
    auto* table = child<QTableView>(page.get(), "tableView");
    table->selectRow(0);
    const qint64 id = page->proxy()->index(0, 0).data(ParticipantTableModel::IdRole).toLongLong();
    const Participant before = *page->model()->participant(id);
    ParticipantDialog* dialog = page->editSelected();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->participant().sameData(before));
    if (const QString shots = qEnvironmentVariable("BINOME_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog->findChild<QTabWidget*>(u"tabs"_s)->setCurrentIndex(2);
        QTest::qWait(50);
        EXPECT_TRUE(dialog->grab().save(QDir(shots).filePath(u"participant-dialog.png"_s)));
    }
    auto* site = child<QLineEdit>(dialog, "siteEdit");
    site->clear();
    typeText(site, u"Bordeaux"_s);
    clickOk(dialog);
    const Participant after = *page->model()->participant(id);
    EXPECT_EQ(after.site, u"Bordeaux"_s);
    EXPECT_EQ(after.skills, before.skills);
}

TEST_F(ParticipantsPageTest, PersonalDataOfTheSelectedPersonSavesAsJson) {
    ParticipantDialog* dialog = startAdding(u"Martine"_s, u"Rey"_s, u"martine.rey@example.org"_s);
    ASSERT_NE(dialog, nullptr);
    clickOk(dialog);
    auto* button = child<QToolButton>(page.get(), "dossierButton");
    auto* table = child<QTableView>(page.get(), "tableView");
    table->clearSelection();
    EXPECT_FALSE(button->isEnabled()); // one person at a time
    table->selectRow(0);
    EXPECT_TRUE(button->isEnabled());
    ASSERT_NE(button->menu(), nullptr);
    EXPECT_EQ(button->menu()->actions().size(), 2); // the PDF report, the JSON file
    QTemporaryDir dir;
    const QString path = dir.filePath(u"martine.json"_s);
    ASSERT_TRUE(page->exportDossierJsonTo(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString json = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(json.contains(u"martine.rey@example.org"_s));
    EXPECT_TRUE(json.contains(u"Achats"_s));
    EXPECT_FALSE(file.permissions() & QFileDevice::ReadOther);
}

// Ctrl+N as a user presses it: the keyboard lands in the first name (not on the tabs), and the
// person added is then the one selected in the list, in sight, ready for F2.
TEST_F(ParticipantsPageTest, APersonAddedIsSelectedAndTheDialogStartsInTheFirstName) {
    ASSERT_TRUE(DemoService(workspace.database()).install().ok());
    workspace.notifyParticipantsChanged();
    page->activateWindow();
    QTest::mouseClick(child<QPushButton>(page.get(), "addButton"), Qt::LeftButton);
    auto* dialog = page->findChild<ParticipantDialog*>();
    ASSERT_NE(dialog, nullptr);
    QApplication::setActiveWindow(dialog);
    QTRY_COMPARE(dialog->focusWidget(), child<QLineEdit>(dialog, "firstNameEdit"));
    dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // closed, then gone

    ParticipantDialog* adding = startAdding(u"Zoé"_s, u"Zylberstein"_s, u"zoe.z@example.org"_s);
    ASSERT_NE(adding, nullptr);
    clickOk(adding);
    const QModelIndexList selected =
        child<QTableView>(page.get(), "tableView")->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().siblingAtColumn(ParticipantTableModel::NameColumn).data().toString(),
              u"Zoé Zylberstein"_s);
}
