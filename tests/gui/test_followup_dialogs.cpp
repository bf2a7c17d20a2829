// The follow-up dialogs (session, objective, debrief, end, learning resources, session import)
// driven as a user would, and their undoable commands, on a real database.
#include "TempDatabase.h"

#include "DebriefDialog.h"
#include "EndBinomeDialog.h"
#include "FollowUpCommands.h"
#include "ImportSessionsDialog.h"
#include "LearningResourcesDialog.h"
#include "ObjectiveDialog.h"
#include "SessionDialog.h"
#include "SkillTableModel.h"
#include "SkillsPage.h"
#include "Workspace.h"

#include "binome/services/BinomeService.h"
#include "binome/services/DebriefService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionService.h"
#include "binome/services/SkillCatalogService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

/// The program runs from 4 January to 25 June 2027; "today" is always given.
const QDate Start(2027, 1, 11);
const QDate Today(2027, 3, 15);

class FollowUpDialogsTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok());
        workspace.setDatabase(std::move(opened).value());
        Program program;
        program.name = u"Cohorte 2027"_s;
        program.startDate = QDate(2027, 1, 4);
        program.endDate = QDate(2027, 6, 25);
        program.cadenceDays = 14;
        programId = ProgramService(database()).save(program).value();
    }

    const Database& database() { return workspace.database(); }

    qint64 add(Role role, const QString& name, QList<SkillAssessment> skills,
               const QString& department = u"Finance"_s) {
        Participant p;
        p.role = role;
        p.firstName = name;
        p.lastName = u"Test"_s;
        p.email = name.toLower() + u"@example.org"_s;
        p.department = department;
        p.site = u"Paris"_s;
        p.languages = {u"fr"_s};
        p.skills = std::move(skills);
        const auto id = ParticipantService(database()).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        EXPECT_TRUE(ProgramService(database()).enrol(programId, {*id}).ok());
        return *id;
    }

    /// Proposes and confirms the program's binômes; returns the open ones.
    QList<Binome> pair(const QDate& start) {
        const PairingService pairing(database());
        const auto proposal = pairing.propose(programId);
        EXPECT_TRUE(proposal.ok()) << proposal.error().toStdString();
        const auto run = pairing.confirm(*proposal, u"hr"_s, start);
        EXPECT_TRUE(run.ok()) << run.error().toStdString();
        QList<Binome> open;
        const QList<Binome> all = BinomeService(database()).ofProgram(programId).value();
        for (const Binome& b : all)
            if (b.isOpen())
                open << b;
        return open;
    }

    /// Ana (junior) mentors Claire (senior) on genai; both know some linkedin.
    qint64 anaAndClaire() {
        ana = add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}, {u"linkedin"_s, 1, {}, {}}});
        claire = add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}, {u"linkedin"_s, 1, 3, 1}},
                     u"Achats"_s);
        const QList<Binome> binomes = pair(Start);
        EXPECT_EQ(binomes.size(), 1);
        return binomes.isEmpty() ? 0 : binomes.first().id;
    }

    qint64 skillId(const QString& code) {
        const QList<Skill> catalog = SkillCatalogService(database()).list().value();
        for (const Skill& s : catalog)
            if (s.code == code)
                return s.id;
        return 0;
    }

    QList<Session> sessions(qint64 binomeId) {
        return SessionService(database()).ofBinome(binomeId).value();
    }

    static void showActive(QWidget* dialog) {
        dialog->show();
        dialog->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    }
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), static_cast<Qt::Key>(key), modifiers);
    }
    static void type(const QString& text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    static void clickOk(QDialog* dialog) {
        auto* box = dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s);
        ASSERT_NE(box, nullptr);
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    /// Runs `drive` on the modal dialog once it is shown and active. A dialog still open five
    /// seconds later is closed, so that a failing test cannot hang.
    template <class T> void whenModal(std::function<void(T*)> drive) {
        QTimer::singleShot(0, &workspace, [this, drive] {
            const QPointer<QWidget> modal = QApplication::activeModalWidget();
            QTimer::singleShot(5000, &workspace, [modal] {
                if (modal)
                    modal->close();
            });
            auto* dialog = qobject_cast<T*>(modal.data());
            ASSERT_NE(dialog, nullptr);
            ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
            drive(dialog);
        });
    }
    /// A picture of the widget for a person to look at, when asked for.
    static void shoot(QWidget* widget, const QString& name) {
        const QString shots = qEnvironmentVariable("BINOME_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        widget->show();
        QTest::qWait(50);
        EXPECT_TRUE(widget->grab().save(QDir(shots).filePath(name + u".png"_s)));
    }
    template <class T> static T* child(QWidget* parent, const QString& name) {
        T* found = parent->findChild<T*>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }

    Workspace workspace;
    qint64 programId = 0;
    qint64 ana = 0;
    qint64 claire = 0;
};

} // namespace

TEST_F(FollowUpDialogsTest, SessionDialogOpensWithTodayTheLastDurationAndTheObjectivesSkills) {
    const qint64 binomeId = anaAndClaire();
    // Confirming gave the binôme its first objective: genai, Claire's largest covered gap.
    ASSERT_EQ(ObjectiveService(database()).ofBinome(binomeId).value().size(), 1);
    Session earlier;
    earlier.binomeId = binomeId;
    earlier.date = QDate(2027, 2, 1);
    earlier.minutes = 45;
    earlier.mode = SessionMode::Video;
    ASSERT_TRUE(SessionService(database()).log(earlier).ok());

    const auto dialog = followup::newSessionDialog(workspace, binomeId, false, Today, nullptr);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(child<QDateEdit>(dialog.get(), u"dateEdit"_s)->date(), Today);
    EXPECT_TRUE(child<QDateEdit>(dialog.get(), u"dateEdit"_s)->calendarPopup());
    EXPECT_EQ(child<QSpinBox>(dialog.get(), u"minutesSpin"_s)->value(), 45);
    EXPECT_EQ(child<QComboBox>(dialog.get(), u"modeCombo"_s)->currentText(), u"Video"_s);
    auto* skills = child<QListWidget>(dialog.get(), u"skillsList"_s);
    QList<qint64> checked;
    for (int row = 0; row < skills->count(); ++row)
        if (skills->item(row)->checkState() == Qt::Checked)
            checked << skills->item(row)->data(Qt::UserRole).toLongLong();
    EXPECT_EQ(checked, QList<qint64>{skillId(u"genai"_s)});
    EXPECT_EQ(skills->item(0)->data(Qt::UserRole).toLongLong(), skillId(u"genai"_s))
        << "the ticked skills come first";
    EXPECT_EQ(child<QComboBox>(dialog.get(), u"menteeRatingCombo"_s)->currentText(), u"—"_s);
    EXPECT_TRUE(child<QLabel>(dialog.get(), u"headingLabel"_s)->text().contains(u"Ana Test"_s));

    // The first key goes to the notes; a planned session starts on its date, at the cadence.
    showActive(dialog.get());
    shoot(dialog.get(), u"session-dialog"_s);
    EXPECT_EQ(QApplication::focusWidget(), child<QPlainTextEdit>(dialog.get(), u"notesEdit"_s));
    const auto planned = followup::newSessionDialog(workspace, binomeId, true, Today, nullptr);
    ASSERT_NE(planned, nullptr);
    EXPECT_EQ(planned->session().date, Today.addDays(14));
    EXPECT_TRUE(planned->session().planned);
    EXPECT_EQ(planned->focusWidget(), child<QDateEdit>(planned.get(), u"dateEdit"_s));
    EXPECT_FALSE(child<QComboBox>(planned.get(), u"menteeRatingCombo"_s)->isEnabled())
        << "a meeting not held yet cannot be rated";
}

TEST_F(FollowUpDialogsTest, KeyboardLogsASessionAndUndoRedoKeepsItsId) {
    const qint64 binomeId = anaAndClaire();
    const auto dialog = followup::newSessionDialog(workspace, binomeId, false, Today, nullptr);
    ASSERT_NE(dialog, nullptr);
    showActive(dialog.get());
    type(u"Prompts for the monthly report"_s); // the notes have the focus
    press(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(dialog.get(), u"nextStepsEdit"_s));
    type(u"Try it on the budget memo"_s);
    press(Qt::Key_Tab);
    type(u"4"_s); // the mentee's rating
    press(Qt::Key_Tab);
    type(u"5"_s); // the mentor's rating
    press(Qt::Key_Return);
    ASSERT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_FALSE(dialog->isVisible());

    QSignalSpy changes(&workspace, &Workspace::changed);
    ASSERT_TRUE(followup::pushLogSession(workspace, dialog->session()));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_TRUE(changes.first().first().value<Workspace::Changes>() & Workspace::FollowUp);
    QList<Session> logged = sessions(binomeId);
    ASSERT_EQ(logged.size(), 1);
    const Session session = logged.first();
    EXPECT_FALSE(session.planned);
    EXPECT_EQ(session.date, Today);
    EXPECT_EQ(session.minutes, 60);
    EXPECT_EQ(session.notes, u"Prompts for the monthly report"_s);
    EXPECT_EQ(session.nextSteps, u"Try it on the budget memo"_s);
    EXPECT_EQ(session.menteeRating, 4);
    EXPECT_EQ(session.mentorRating, 5);
    EXPECT_EQ(session.skillIds, QList<qint64>{skillId(u"genai"_s)});

    workspace.undoStack()->undo();
    EXPECT_TRUE(sessions(binomeId).isEmpty());
    workspace.undoStack()->redo();
    logged = sessions(binomeId);
    ASSERT_EQ(logged.size(), 1);
    EXPECT_EQ(logged.first().id, session.id) << "redo brings back the same session";
    EXPECT_EQ(logged.first().notes, session.notes);

    // Ctrl+Enter in the notes logs at once too.
    const auto quick = followup::newSessionDialog(workspace, binomeId, false, Today, nullptr);
    showActive(quick.get());
    type(u"Short call"_s);
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(quick->result(), QDialog::Accepted);
    EXPECT_EQ(quick->session().notes, u"Short call"_s);
}

TEST_F(FollowUpDialogsTest, ASessionOnTheWrongSideOfTodayKeepsTheDialogOpen) {
    const qint64 binomeId = anaAndClaire();
    const auto dialog = followup::newSessionDialog(workspace, binomeId, false, Today, nullptr);
    showActive(dialog.get());
    auto* date = child<QDateEdit>(dialog.get(), u"dateEdit"_s);
    date->setDate(Today.addDays(3));
    clickOk(dialog.get());
    EXPECT_TRUE(dialog->isVisible()) << "a held session in the future";
    auto* error = child<QLabel>(dialog.get(), u"errorLabel"_s);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(u"future"_s)) << error->text().toStdString();
    EXPECT_EQ(QApplication::focusWidget(), date) << "the wrong field gets the focus";

    // Said planned (by keyboard), it is fine.
    child<QComboBox>(dialog.get(), u"stateCombo"_s)->setFocus();
    type(u"P"_s);
    EXPECT_TRUE(dialog->session().planned);
    press(Qt::Key_Return);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_FALSE(error->isVisible());

    // A planned session in the past, or one before the binôme, is refused as well.
    const auto past = followup::newSessionDialog(workspace, binomeId, true, Today, nullptr);
    showActive(past.get());
    child<QDateEdit>(past.get(), u"dateEdit"_s)->setDate(Today.addDays(-1));
    clickOk(past.get());
    EXPECT_TRUE(past->isVisible());
    child<QDateEdit>(past.get(), u"dateEdit"_s)->setDate(QDate(2026, 6, 1));
    child<QComboBox>(past.get(), u"stateCombo"_s)->setCurrentIndex(0); // held
    clickOk(past.get());
    EXPECT_TRUE(past->isVisible());
    EXPECT_TRUE(child<QLabel>(past.get(), u"errorLabel"_s)->text().contains(u"Date: "_s));
    EXPECT_TRUE(sessions(binomeId).isEmpty());

    EXPECT_EQ(followup::sessionDateRules(dialog->session(), Session{}, Today).size(), 0);
}

TEST_F(FollowUpDialogsTest, UndoingALogNeverRemovesASessionLoggedAfterIt) {
    const qint64 binomeId = anaAndClaire();
    Session first = SessionService(database()).defaults(binomeId, QDate(2027, 2, 1)).value();
    first.notes = u"First"_s;
    ASSERT_TRUE(followup::pushLogSession(workspace, first));
    // Another session arrives after it, not through this undo stack (an import, the CLI).
    Session second = SessionService(database()).defaults(binomeId, QDate(2027, 2, 15)).value();
    second.notes = u"Second"_s;
    ASSERT_TRUE(SessionService(database()).log(second).ok());

    workspace.undoStack()->undo();
    const QList<Session> left = sessions(binomeId);
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left.first().notes, u"Second"_s);

    // Editing, then undoing the edit, puts the old values back.
    workspace.undoStack()->redo();
    const Session logged = sessions(binomeId).last();
    ASSERT_EQ(logged.notes, u"First"_s);
    const auto edit = followup::editSessionDialog(workspace, logged.id, Today, nullptr);
    ASSERT_NE(edit, nullptr);
    child<QSpinBox>(edit.get(), u"minutesSpin"_s)->setValue(90);
    ASSERT_TRUE(followup::pushEditSession(workspace, logged, edit->session()));
    EXPECT_EQ(SessionService(database()).find(logged.id).value().minutes, 90);
    workspace.undoStack()->undo();
    EXPECT_EQ(SessionService(database()).find(logged.id).value().minutes, 60);
    EXPECT_EQ(sessions(binomeId).size(), 2);

    // Removing, then undoing it, brings back the same session.
    ASSERT_TRUE(followup::pushRemoveSession(workspace, logged.id));
    EXPECT_EQ(sessions(binomeId).size(), 1);
    workspace.undoStack()->undo();
    EXPECT_EQ(SessionService(database()).find(logged.id).value().notes, u"First"_s);
}

TEST_F(FollowUpDialogsTest, UndoingAnEndAfterTheSeniorIsPairedAgainIsRefusedAndDestroysNothing) {
    add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}});
    const qint64 bob = add(Role::Junior, u"Bob"_s, {{u"linkedin"_s, 4, {}, {}}});
    add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}}, u"Achats"_s);
    const qint64 denis = add(Role::Senior, u"Denis"_s, {{u"linkedin"_s, 1, 4, 2}}, u"Achats"_s);
    const QList<Binome> binomes = pair(Start);
    ASSERT_EQ(binomes.size(), 2);
    const Binome bobDenis = binomes[0].seniorId == denis ? binomes[0] : binomes[1];
    ASSERT_EQ(bobDenis.juniorId, bob);

    Session met = SessionService(database()).defaults(bobDenis.id, QDate(2027, 2, 1)).value();
    const qint64 metId = SessionService(database()).log(met).value();

    // "Other" needs a note; the dialog says so and stays open.
    const auto dialog = followup::newEndBinomeDialog(workspace, bobDenis.id, Today, nullptr);
    ASSERT_NE(dialog, nullptr);
    showActive(dialog.get());
    EXPECT_EQ(dialog->date(), Today);
    auto* reason = child<QComboBox>(dialog.get(), u"reasonCombo"_s);
    reason->setCurrentIndex(reason->findData(static_cast<int>(EndReason::Other)));
    clickOk(dialog.get());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(child<QLabel>(dialog.get(), u"errorLabel"_s)->isVisible());
    shoot(dialog.get(), u"end-binome-dialog"_s);
    reason->setCurrentIndex(reason->findData(static_cast<int>(EndReason::Left)));
    clickOk(dialog.get());
    ASSERT_EQ(dialog->result(), QDialog::Accepted);
    ASSERT_TRUE(followup::pushEndBinome(workspace, bobDenis.id, dialog->date(), dialog->reason(),
                                        dialog->note()));
    EXPECT_EQ(BinomeService(database()).find(bobDenis.id).value().status, BinomeStatus::Ended);
    workspace.undoStack()->undo(); // nobody paired since: it reopens...
    EXPECT_EQ(BinomeService(database()).find(bobDenis.id).value().status, BinomeStatus::Active);
    workspace.undoStack()->redo(); // ...and ends again
    EXPECT_EQ(BinomeService(database()).find(bobDenis.id).value().endReason, EndReason::Left);

    // Eve arrives and Denis is paired with her.
    add(Role::Junior, u"Eve"_s, {{u"linkedin"_s, 5, {}, {}}});
    pair(QDate(2027, 3, 20));
    QList<Binome> all = BinomeService(database()).ofProgram(programId).value();
    ASSERT_EQ(all.size(), 3);

    QSignalSpy errors(&workspace, &Workspace::errorOccurred);
    workspace.undoStack()->undo();
    EXPECT_EQ(errors.size(), 1) << "the refusal is said";
    EXPECT_EQ(workspace.undoStack()->count(), 0) << "the command leaves the stack";
    all = BinomeService(database()).ofProgram(programId).value();
    ASSERT_EQ(all.size(), 3);
    int openWithDenis = 0;
    for (const Binome& b : all) {
        if (b.id == bobDenis.id)
            EXPECT_EQ(b.status, BinomeStatus::Ended);
        else if (b.seniorId == denis && b.isOpen())
            ++openWithDenis;
    }
    EXPECT_EQ(openWithDenis, 1) << "the new binôme is untouched";
    // The ended binôme's sessions are its history: a removal that could not be undone is refused.
    EXPECT_FALSE(followup::pushRemoveSession(workspace, metId));
    EXPECT_EQ(followup::editSessionDialog(workspace, metId, Today, nullptr), nullptr);
    EXPECT_TRUE(SessionService(database()).find(metId).ok());
}

TEST_F(FollowUpDialogsTest, PauseAndResumeAreUndoable) {
    const qint64 binomeId = anaAndClaire();
    const BinomeService binomes(database());
    ASSERT_TRUE(followup::pushPauseOrResume(workspace, binomeId));
    EXPECT_EQ(binomes.find(binomeId).value().status, BinomeStatus::Paused);
    workspace.undoStack()->undo();
    EXPECT_EQ(binomes.find(binomeId).value().status, BinomeStatus::Active);
    workspace.undoStack()->redo();
    EXPECT_EQ(binomes.find(binomeId).value().status, BinomeStatus::Paused);
    ASSERT_TRUE(followup::pushPauseOrResume(workspace, binomeId));
    EXPECT_EQ(binomes.find(binomeId).value().status, BinomeStatus::Active);
    workspace.undoStack()->undo();
    EXPECT_EQ(binomes.find(binomeId).value().status, BinomeStatus::Paused);
}

TEST_F(FollowUpDialogsTest, DebriefRecordsLevelsAndItsUndoRemovesOnlyItsOwn) {
    const qint64 binomeId = anaAndClaire();
    const QList<Objective> objectives = ObjectiveService(database()).ofBinome(binomeId).value();
    ASSERT_EQ(objectives.size(), 1);
    const Objective genai = objectives.first();
    Objective linkedinObjective;
    linkedinObjective.binomeId = binomeId;
    linkedinObjective.skillId = skillId(u"linkedin"_s);
    linkedinObjective.startLevel = 1;
    linkedinObjective.targetLevel = 3;
    ASSERT_TRUE(followup::pushAddObjective(workspace, linkedinObjective));

    // On 20 January the kickoff is due and not held: it is the default.
    const QDate kickoffDay(2027, 1, 20);
    const auto dialog = followup::newDebriefDialog(workspace, binomeId, kickoffDay, nullptr);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(child<QComboBox>(dialog.get(), u"kindCombo"_s)->currentData().toInt(),
              static_cast<int>(DebriefKind::Kickoff));
    EXPECT_EQ(child<QDateEdit>(dialog.get(), u"dateEdit"_s)->date(), kickoffDay);
    QComboBox* level = dialog->newLevelCombo(genai.id);
    ASSERT_NE(level, nullptr);
    ASSERT_NE(dialog->newLevelCombo(ObjectiveService(database()).ofBinome(binomeId)->last().id),
              nullptr);
    EXPECT_EQ(level->currentText(), u"—"_s);
    showActive(dialog.get());
    EXPECT_EQ(QApplication::focusWidget(), level) << "the first new level has the focus";
    type(u"2"_s);
    EXPECT_EQ(dialog->statusCombo(genai.id)->currentData().toInt(),
              static_cast<int>(ObjectiveStatus::InProgress));
    child<QComboBox>(dialog.get(), u"menteeSatisfactionCombo"_s)->setCurrentIndex(4);
    shoot(dialog.get(), u"debrief-dialog"_s);
    clickOk(dialog.get());
    ASSERT_EQ(dialog->result(), QDialog::Accepted);
    ASSERT_TRUE(followup::pushDebrief(workspace, dialog->debrief()));

    const DebriefService debriefs(database());
    auto levelsOf = [&](qint64 skill) {
        QList<LevelRecord> found;
        const QList<LevelRecord> history = debriefs.levelHistory(claire).value();
        for (const LevelRecord& r : history)
            if (r.skillId == skill && r.source == LevelSource::Debrief)
                found << r;
        return found;
    };
    ASSERT_EQ(levelsOf(genai.skillId).size(), 1);
    EXPECT_EQ(levelsOf(genai.skillId).first().level, 2);
    EXPECT_EQ(levelsOf(genai.skillId).first().date, kickoffDay);
    const qint64 kickoffId = debriefs.ofBinome(binomeId).value().first().id;
    EXPECT_EQ(debriefs.find(kickoffId).value().menteeSatisfaction, 4);

    // A later debrief, recorded elsewhere, re-assesses linkedin.
    Debrief later = debriefs.prepare(binomeId, DebriefKind::AdHoc, Today).value();
    for (ObjectiveReview& review : later.reviews)
        if (review.objectiveId != genai.id)
            review.newLevel = 3;
    ASSERT_TRUE(debriefs.record(later).ok());
    ASSERT_EQ(levelsOf(skillId(u"linkedin"_s)).size(), 1);

    // Undoing the kickoff removes its level only.
    workspace.undoStack()->undo();
    EXPECT_TRUE(levelsOf(genai.skillId).isEmpty());
    EXPECT_EQ(levelsOf(skillId(u"linkedin"_s)).size(), 1);
    EXPECT_EQ(debriefs.ofBinome(binomeId).value().size(), 1);
    workspace.undoStack()->redo();
    EXPECT_TRUE(debriefs.find(kickoffId).ok()) << "redo brings back the same debrief";
    EXPECT_EQ(levelsOf(genai.skillId).size(), 1);

    // Kickoff held: nothing due mid-March; the mid-term (31 March) is due in April.
    const Program program = ProgramService(database()).list().value().first();
    const QList<Debrief> held = debriefs.ofBinome(binomeId).value();
    EXPECT_EQ(followup::defaultDebriefKind(program, held, Today), DebriefKind::AdHoc);
    EXPECT_EQ(followup::defaultDebriefKind(program, held, QDate(2027, 4, 2)), DebriefKind::MidTerm);
    EXPECT_EQ(followup::defaultDebriefKind(program, {}, Today), DebriefKind::Kickoff);
}

TEST_F(FollowUpDialogsTest, ObjectivesAreAddedEditedAndRemovedWithUndoAndRedo) {
    const qint64 binomeId = anaAndClaire();
    const ObjectiveService service(database());
    ASSERT_EQ(service.ofBinome(binomeId).value().size(), 1);

    const auto dialog = followup::newObjectiveDialog(workspace, binomeId, nullptr);
    ASSERT_NE(dialog, nullptr);
    auto* skill = child<QComboBox>(dialog.get(), u"skillCombo"_s);
    skill->setCurrentIndex(skill->findData(skillId(u"linkedin"_s)));
    // Claire's own level and target on the skill.
    EXPECT_EQ(child<QSpinBox>(dialog.get(), u"startSpin"_s)->value(), 1);
    EXPECT_EQ(child<QSpinBox>(dialog.get(), u"targetSpin"_s)->value(), 3);
    EXPECT_TRUE(child<QCheckBox>(dialog.get(), u"dueCheck"_s)->isChecked());
    EXPECT_EQ(dialog->objective().dueDate, QDate(2027, 6, 25)) << "due at the program's end";
    // A target not above the start keeps the dialog open.
    child<QSpinBox>(dialog.get(), u"targetSpin"_s)->setValue(1);
    showActive(dialog.get());
    clickOk(dialog.get());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), child<QSpinBox>(dialog.get(), u"targetSpin"_s));
    shoot(dialog.get(), u"objective-dialog"_s);
    press(Qt::Key_Up);
    press(Qt::Key_Up);
    press(Qt::Key_Return);
    ASSERT_EQ(dialog->result(), QDialog::Accepted);
    ASSERT_TRUE(followup::pushAddObjective(workspace, dialog->objective()));
    QList<Objective> objectives = service.ofBinome(binomeId).value();
    ASSERT_EQ(objectives.size(), 2);
    const Objective added = objectives.last();
    EXPECT_EQ(added.skillId, skillId(u"linkedin"_s));
    EXPECT_EQ(added.targetLevel, 3);
    workspace.undoStack()->undo();
    EXPECT_EQ(service.ofBinome(binomeId).value().size(), 1);
    workspace.undoStack()->redo();
    EXPECT_EQ(service.find(added.id).value().skillId, added.skillId) << "the same objective";

    const auto edit = followup::editObjectiveDialog(workspace, added.id, nullptr);
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(child<QSpinBox>(edit.get(), u"targetSpin"_s)->value(), 3);
    child<QSpinBox>(edit.get(), u"targetSpin"_s)->setValue(4);
    auto* status = child<QComboBox>(edit.get(), u"statusCombo"_s);
    status->setCurrentIndex(status->findData(static_cast<int>(ObjectiveStatus::InProgress)));
    ASSERT_TRUE(followup::pushEditObjective(workspace, added, edit->objective()));
    EXPECT_EQ(service.find(added.id).value().targetLevel, 4);
    workspace.undoStack()->undo();
    EXPECT_EQ(service.find(added.id).value().targetLevel, 3);
    EXPECT_EQ(service.find(added.id).value().status, ObjectiveStatus::NotStarted);
    workspace.undoStack()->redo();
    EXPECT_EQ(service.find(added.id).value().status, ObjectiveStatus::InProgress);

    ASSERT_TRUE(followup::pushRemoveObjective(workspace, added.id));
    EXPECT_FALSE(service.find(added.id).ok());
    workspace.undoStack()->undo();
    EXPECT_EQ(service.find(added.id).value().targetLevel, 4) << "back with its id";
    workspace.undoStack()->redo();
    EXPECT_FALSE(service.find(added.id).ok());
}

TEST_F(FollowUpDialogsTest, LearningResourcesAreAddedOnTheSkillsPageAndUndone) {
    SkillsPage page(workspace);
    page.reload();
    auto* button = child<QPushButton>(&page, u"resourcesButton"_s);
    EXPECT_FALSE(button->isEnabled()) << "no skill chosen";
    auto* table = child<QTableView>(&page, u"tableView"_s);
    table->selectRow(0);
    EXPECT_TRUE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    LearningResourcesDialog* dialog = nullptr;
    for (auto* d : page.findChildren<LearningResourcesDialog*>())
        if (d->isVisible())
            dialog = d;
    ASSERT_NE(dialog, nullptr);
    dialog->close();

    Skill genai;
    const QList<Skill> catalog = SkillCatalogService(database()).list().value();
    for (const Skill& s : catalog)
        if (s.code == u"genai")
            genai = s;
    LearningResourcesDialog resources(workspace, genai);
    showActive(&resources);
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(&resources, u"titleEdit"_s));
    type(u"MOOC generative AI, module 2"_s);
    press(Qt::Key_Tab);
    type(u"ftp://example.org/course"_s);
    press(Qt::Key_Return); // Enter adds
    EXPECT_TRUE(resources.resources().isEmpty()) << "not a web link";
    auto* error = child<QLabel>(&resources, u"errorLabel"_s);
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), child<QLineEdit>(&resources, u"urlEdit"_s));
    child<QLineEdit>(&resources, u"urlEdit"_s)->clear();
    type(u"https://www.fun-mooc.fr/genai"_s);
    press(Qt::Key_Return);
    ASSERT_EQ(resources.resources().size(), 1);
    const LearningResource added = resources.resources().first();
    EXPECT_EQ(added.title, u"MOOC generative AI, module 2"_s);
    EXPECT_FALSE(error->isVisible());
    shoot(&resources, u"learning-resources-dialog"_s);

    // A title is required (the form is empty again after an addition).
    EXPECT_TRUE(child<QLineEdit>(&resources, u"titleEdit"_s)->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(&resources, u"addButton"_s), Qt::LeftButton);
    EXPECT_EQ(resources.resources().size(), 1);
    EXPECT_TRUE(error->isVisible());

    workspace.undoStack()->undo();
    EXPECT_TRUE(resources.resources().isEmpty());
    workspace.undoStack()->redo();
    ASSERT_EQ(resources.resources().size(), 1);
    EXPECT_EQ(resources.resources().first().id, added.id) << "redo brings back the same one";

    // Shown beside an objective on that skill.
    const qint64 binomeId = anaAndClaire();
    const auto objective = followup::newObjectiveDialog(workspace, binomeId, nullptr);
    ASSERT_NE(objective, nullptr);
    auto* skill = child<QComboBox>(objective.get(), u"skillCombo"_s);
    skill->setCurrentIndex(skill->findData(genai.id));
    EXPECT_TRUE(child<QLabel>(objective.get(), u"resourcesLabel"_s)
                    ->text()
                    .contains(u"https://www.fun-mooc.fr/genai"_s));
}

TEST_F(FollowUpDialogsTest, ImportSessionsShowsProblemsAndIsUndoneAsAWhole) {
    const qint64 binomeId = anaAndClaire();
    const QString bad =
        writeFile(u"bad.csv"_s, "junior email,senior email,date,duration,mode,status\n"
                                "ana@example.org,claire@example.org,2027-01-20,1h,video,held\n"
                                "ana@example.org,nobody@example.org,2027-01-27,1h,video,held\n");
    ImportSessionsDialog badDialog(workspace, bad);
    EXPECT_FALSE(child<QPushButton>(&badDialog, u"importButton"_s)->isEnabled());
    EXPECT_FALSE(child<QPlainTextEdit>(&badDialog, u"problemsEdit"_s)->toPlainText().isEmpty());
    EXPECT_EQ(child<QTableWidget>(&badDialog, u"previewView"_s)->rowCount(), 2);
    EXPECT_TRUE(sessions(binomeId).isEmpty());
    shoot(&badDialog, u"import-sessions-problems"_s);

    const QString good =
        writeFile(u"good.csv"_s, "junior email,senior email,date,duration,mode,status\n"
                                 "ana@example.org,claire@example.org,2027-01-20,1h,video,held\n"
                                 "ana@example.org,claire@example.org,2027-02-03,45,phone,held\n");
    ImportSessionsDialog goodDialog(workspace, good);
    auto* importButton = child<QPushButton>(&goodDialog, u"importButton"_s);
    ASSERT_TRUE(importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    EXPECT_TRUE(goodDialog.report().written);
    EXPECT_EQ(sessions(binomeId).size(), 2);
    workspace.undoStack()->undo();
    EXPECT_TRUE(sessions(binomeId).isEmpty());
    workspace.undoStack()->redo();
    EXPECT_EQ(sessions(binomeId).size(), 2);
}

TEST_F(FollowUpDialogsTest, ThePageFunctionsOpenTheDialogAndPushOnOk) {
    // These use the real date: the binôme starts today so that any today is fine.
    ana = add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}});
    claire = add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}}, u"Achats"_s);
    const QList<Binome> binomes = pair(QDate::currentDate());
    ASSERT_EQ(binomes.size(), 1);
    const qint64 binomeId = binomes.first().id;

    // The mentor types the notes and presses Ctrl+Enter in the modal dialog.
    whenModal<SessionDialog>([](SessionDialog* dialog) {
        QTest::keyClicks(dialog->focusWidget(), u"First meeting"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    });
    ASSERT_TRUE(followup::logSession(workspace, binomeId, false, nullptr));
    ASSERT_EQ(sessions(binomeId).size(), 1);
    EXPECT_EQ(sessions(binomeId).first().notes, u"First meeting"_s);

    // Escape does nothing.
    whenModal<SessionDialog>(
        [](SessionDialog* dialog) { QTest::keyClick(dialog->focusWidget(), Qt::Key_Escape); });
    EXPECT_FALSE(followup::logSession(workspace, binomeId, false, nullptr));
    EXPECT_EQ(sessions(binomeId).size(), 1);

    // Removing asks first.
    whenModal<QMessageBox>(
        [](QMessageBox* box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    ASSERT_TRUE(followup::removeSession(workspace, sessions(binomeId).first().id, nullptr));
    EXPECT_TRUE(sessions(binomeId).isEmpty());
    EXPECT_EQ(workspace.undoStack()->count(), 2);

    ASSERT_TRUE(followup::pauseOrResume(workspace, binomeId, nullptr));
    EXPECT_EQ(BinomeService(database()).find(binomeId).value().status, BinomeStatus::Paused);
}
