// Undo and the edits of the GUI when another window (another Database on the same file, as
// another Binôme would be) or a later change in this window wrote the record meanwhile: nothing
// is written over, the user is told which record and why (defect 10).
#include "TempDatabase.h"

#include "FollowUpCommands.h"
#include "ParticipantCommands.h"
#include "ProgramDialog.h"
#include "ProgramsPage.h"
#include "SkillDialog.h"
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

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

/// The window under test is `workspace`; db() is another window on the same file.
class ConcurrencyGuiTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok());
        workspace.setDatabase(std::move(opened).value());
    }

    const Database& here() { return workspace.database(); }
    Database& elsewhere() { return db(); }

    qint64 addPerson(Role role, const QString& first, const QString& last,
                     QList<SkillAssessment> skills = {}) {
        Participant p;
        p.role = role;
        p.firstName = first;
        p.lastName = last;
        p.email = (first + u'.' + last).toLower() + u"@example.org"_s;
        p.department = role == Role::Junior ? u"Digital"_s : u"Finance"_s;
        p.site = u"Paris"_s;
        p.languages = {u"fr"_s};
        p.skills = std::move(skills);
        const auto id = ParticipantService(here()).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? *id : 0;
    }

    Participant person(const Database& database, qint64 id) {
        const auto found = ParticipantService(database).find(id);
        EXPECT_TRUE(found.ok()) << found.error().toStdString();
        return found.ok() ? *found : Participant{};
    }

    /// Ana (junior) and Claire (senior) paired in a program: the binôme.
    Binome pairAnaAndClaire() {
        Program program;
        program.name = u"Cohorte 2027"_s;
        program.startDate = QDate(2027, 1, 4);
        program.endDate = QDate(2027, 6, 25);
        const qint64 programId = ProgramService(here()).save(program).value();
        const qint64 ana =
            addPerson(Role::Junior, u"Ana"_s, u"Lopez"_s, {{u"linkedin"_s, 5, {}, {}}});
        const qint64 claire =
            addPerson(Role::Senior, u"Claire"_s, u"Martin"_s, {{u"linkedin"_s, 1, 4, 3}});
        EXPECT_TRUE(ProgramService(here()).enrol(programId, {ana, claire}).ok());
        const PairingService pairing(here());
        const auto proposal = pairing.propose(programId);
        EXPECT_TRUE(proposal.ok());
        EXPECT_TRUE(pairing.confirm(*proposal, u"hr"_s, QDate(2027, 1, 4)).ok());
        const QList<Binome> binomes = pairing.binomes(programId).value();
        EXPECT_EQ(binomes.size(), 1);
        return binomes.value(0);
    }

    /// Pushes the edit of a participant as the Participants page does after its dialog.
    void pushEdit(const Participant& before, const Participant& after) {
        workspace.undoStack()->push(new SaveParticipantCommand(workspace, before, after));
    }

    Debrief midTerm(const Binome& binome, int newLevel) {
        const QList<Objective> objectives = ObjectiveService(here()).ofBinome(binome.id).value();
        EXPECT_FALSE(objectives.isEmpty());
        Debrief debrief;
        debrief.binomeId = binome.id;
        debrief.kind = DebriefKind::MidTerm;
        debrief.date = QDate(2027, 3, 1);
        if (!objectives.isEmpty())
            debrief.reviews = {{objectives.first().id, newLevel, ObjectiveStatus::InProgress, {}}};
        return debrief;
    }

    Workspace workspace;
};

} // namespace

TEST_F(ConcurrencyGuiTest, AnEditDialogOpenedBeforeAnotherWindowsChangeIsRefusedOnOk) {
    const qint64 claire = addPerson(Role::Senior, u"Claire"_s, u"Martin"_s);
    const Participant before = person(here(), claire); // the dialog opens
    Participant inOther = person(elsewhere(), claire);
    inOther.site = u"Lyon"_s;
    ASSERT_TRUE(ParticipantService(elsewhere()).save(inOther).ok());

    QSignalSpy errors(&workspace, &Workspace::errorOccurred);
    Participant after = before;
    after.jobTitle = u"Directrice financière"_s;
    pushEdit(before, after); // OK
    ASSERT_EQ(errors.size(), 1);
    const QString message = errors.first().first().toString();
    EXPECT_TRUE(message.contains(u"Claire Martin was changed in another window"_s))
        << message.toStdString();
    EXPECT_EQ(workspace.undoStack()->count(), 0); // nothing to undo: nothing was done
    EXPECT_EQ(person(here(), claire).site, u"Lyon"_s);
    EXPECT_TRUE(person(here(), claire).jobTitle.isEmpty());
}

TEST_F(ConcurrencyGuiTest, UndoingAnEditAfterAnotherWindowChangedThePersonIsRefused) {
    const qint64 claire = addPerson(Role::Senior, u"Claire"_s, u"Martin"_s);
    const Participant before = person(here(), claire);
    Participant after = before;
    after.jobTitle = u"Directrice financière"_s;
    pushEdit(before, after);
    ASSERT_EQ(workspace.undoStack()->count(), 1);

    Participant inOther = person(elsewhere(), claire);
    inOther.site = u"Lyon"_s;
    ASSERT_TRUE(ParticipantService(elsewhere()).save(inOther).ok());

    QSignalSpy errors(&workspace, &Workspace::errorOccurred);
    workspace.undoStack()->undo();
    ASSERT_EQ(errors.size(), 1);
    const QString message = errors.first().first().toString();
    EXPECT_TRUE(message.contains(u"Claire Martin has been changed since this edit"_s))
        << message.toStdString();
    EXPECT_TRUE(message.contains(u"not undone"_s)) << message.toStdString();
    // Both changes kept; the command left the stack.
    EXPECT_EQ(person(here(), claire).site, u"Lyon"_s);
    EXPECT_EQ(person(here(), claire).jobTitle, u"Directrice financière"_s);
    EXPECT_EQ(workspace.undoStack()->count(), 0);
}

TEST_F(ConcurrencyGuiTest, UndoRedoUndoOfAnEditWithNobodyElseWritingGoesThrough) {
    const qint64 claire = addPerson(Role::Senior, u"Claire"_s, u"Martin"_s);
    const Participant before = person(here(), claire);
    Participant after = before;
    after.site = u"Lyon"_s;
    QSignalSpy errors(&workspace, &Workspace::errorOccurred);
    pushEdit(before, after);
    workspace.undoStack()->undo();
    EXPECT_EQ(person(here(), claire).site, u"Paris"_s);
    workspace.undoStack()->redo();
    EXPECT_EQ(person(here(), claire).site, u"Lyon"_s);
    workspace.undoStack()->undo();
    EXPECT_EQ(person(here(), claire).site, u"Paris"_s);
    EXPECT_EQ(errors.size(), 0);
}

TEST_F(ConcurrencyGuiTest, UndoingAnEditDoesNotWriteOverTheLevelsOfALaterDebrief) {
    const Binome binome = pairAnaAndClaire();
    const Participant before = person(here(), binome.seniorId);
    Participant after = before;
    after.site = u"Lyon"_s;
    pushEdit(before, after);
    // A debrief recorded since (in another window) raises her LinkedIn level to 3.
    ASSERT_TRUE(DebriefService(elsewhere()).record(midTerm(binome, 3)).ok());

    QSignalSpy errors(&workspace, &Workspace::errorOccurred);
    workspace.undoStack()->undo();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(u"Claire Martin"_s));
    EXPECT_EQ(person(here(), binome.seniorId).skill(u"linkedin"_s)->level, 3);
    EXPECT_EQ(person(here(), binome.seniorId).site, u"Lyon"_s);
}

TEST_F(ConcurrencyGuiTest, AnEditThenADebriefHereUndoneInTurnComeBackAsTheyWere) {
    const Binome binome = pairAnaAndClaire();
    const Participant before = person(here(), binome.seniorId);
    Participant after = before;
    after.site = u"Lyon"_s;
    pushEdit(before, after);
    ASSERT_TRUE(followup::pushDebrief(workspace, midTerm(binome, 3)));
    ASSERT_EQ(person(here(), binome.seniorId).skill(u"linkedin"_s)->level, 3);

    QSignalSpy errors(&workspace, &Workspace::errorOccurred);
    workspace.undoStack()->undo(); // the debrief: her level is 1 again
    EXPECT_EQ(person(here(), binome.seniorId).skill(u"linkedin"_s)->level, 1);
    workspace.undoStack()->undo(); // the edit: nothing made since is lost, so it is undone
    EXPECT_EQ(errors.size(), 0) << (errors.isEmpty()
                                        ? std::string()
                                        : errors.first().first().toString().toStdString());
    EXPECT_EQ(person(here(), binome.seniorId).site, u"Paris"_s);
}

TEST_F(ConcurrencyGuiTest, UndoingASessionEditAfterAnotherWindowChangedItIsRefused) {
    const Binome binome = pairAnaAndClaire();
    Session session;
    session.binomeId = binome.id;
    session.date = QDate(2027, 1, 12);
    const qint64 id = SessionService(here()).log(session).value();
    const Session before = SessionService(here()).find(id).value();
    Session after = before;
    after.notes = u"Profil créé"_s;
    ASSERT_TRUE(followup::pushEditSession(workspace, before, after));

    Session inOther = SessionService(elsewhere()).find(id).value();
    inOther.minutes = 90;
    ASSERT_TRUE(SessionService(elsewhere()).log(inOther).ok());

    QSignalSpy errors(&workspace, &Workspace::errorOccurred);
    workspace.undoStack()->undo();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(u"The session of"_s));
    const Session stored = SessionService(here()).find(id).value();
    EXPECT_EQ(stored.notes, u"Profil créé"_s);
    EXPECT_EQ(stored.minutes, 90);
    EXPECT_EQ(workspace.undoStack()->count(), 0);
}

TEST_F(ConcurrencyGuiTest, UndoingAnObjectiveEditAfterAnotherWindowChangedItIsRefused) {
    const Binome binome = pairAnaAndClaire();
    const Objective before = ObjectiveService(here()).ofBinome(binome.id).value().value(0);
    ASSERT_GT(before.id, 0);
    Objective after = before;
    after.targetLevel = 5;
    ASSERT_TRUE(followup::pushEditObjective(workspace, before, after));
    Objective inOther = ObjectiveService(elsewhere()).find(before.id).value();
    inOther.description = u"Publier chaque semaine"_s;
    ASSERT_TRUE(ObjectiveService(elsewhere()).save(inOther).ok());

    QSignalSpy errors(&workspace, &Workspace::errorOccurred);
    workspace.undoStack()->undo();
    ASSERT_EQ(errors.size(), 1);
    const Objective stored = ObjectiveService(here()).find(before.id).value();
    EXPECT_EQ(stored.targetLevel, 5);
    EXPECT_EQ(stored.description, u"Publier chaque semaine"_s);
}

TEST_F(ConcurrencyGuiTest, EndingABinomeFromADialogOpenedBeforeAnotherWindowPausedItIsRefused) {
    const Binome binome = pairAnaAndClaire();
    const qint64 openedAt = BinomeService(here()).find(binome.id)->rowVersion; // dialog opens
    ASSERT_TRUE(BinomeService(elsewhere()).pause(binome.id).ok());
    QSignalSpy errors(&workspace, &Workspace::errorOccurred);
    EXPECT_FALSE(followup::pushEndBinome(workspace, binome.id, QDate(2027, 3, 1), EndReason::Left,
                                         {}, openedAt));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(u"Claire Martin"_s));
    EXPECT_EQ(BinomeService(here()).find(binome.id)->status, BinomeStatus::Paused);
}

TEST_F(ConcurrencyGuiTest, UndoingAnEndAfterAnotherWindowChangedTheBinomeIsRefused) {
    const Binome binome = pairAnaAndClaire();
    ASSERT_TRUE(followup::pushEndBinome(workspace, binome.id, QDate(2027, 3, 1), EndReason::Other,
                                        u"Départ"_s, binome.rowVersion));
    // The other window corrects the note of the ending.
    Binome inOther = BinomeService(elsewhere()).find(binome.id).value();
    ASSERT_TRUE(BinomeService(elsewhere())
                    .restoreState(
                        [&] {
                            Binome b = inOther;
                            b.endNote = u"Départ en retraite"_s;
                            return b;
                        }(),
                        inOther.rowVersion)
                    .ok());
    QSignalSpy errors(&workspace, &Workspace::errorOccurred);
    workspace.undoStack()->undo();
    ASSERT_EQ(errors.size(), 1);
    const Binome stored = BinomeService(here()).find(binome.id).value();
    EXPECT_EQ(stored.status, BinomeStatus::Ended);
    EXPECT_EQ(stored.endNote, u"Départ en retraite"_s);
}

namespace {

/// Runs `fill` on the dialog of type T that `open` shows (the pages show theirs without
/// blocking), then presses its OK.
template <class T>
void answerDialog(QWidget* page, const std::function<void()>& open,
                  const std::function<void(T*)>& fill) {
    open();
    for (T* dialog : page->findChildren<T*>()) {
        if (!dialog->isVisible())
            continue;
        fill(dialog);
        dialog->template findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    }
    QCoreApplication::processEvents();
}

} // namespace

TEST_F(ConcurrencyGuiTest, UndoingAProgramEditAfterAnotherWindowRenamedItIsRefused) {
    Program program;
    program.name = u"Cohorte 2027"_s;
    program.startDate = QDate(2027, 1, 4);
    program.endDate = QDate(2027, 6, 25);
    const qint64 id = ProgramService(here()).save(program).value();
    ProgramsPage page(workspace);
    page.reload();
    page.findChild<QTableView*>(u"tableView"_s)->selectRow(0);
    answerDialog<ProgramDialog>(
        &page, [&] { page.editSelected(); },
        [](ProgramDialog* dialog) {
            dialog->findChild<QPlainTextEdit*>(u"descriptionEdit"_s)
                ->setPlainText(u"Finance and purchasing"_s);
        });
    ASSERT_EQ(workspace.undoStack()->count(), 1);

    Program inOther = ProgramService(elsewhere()).findByName(u"Cohorte 2027"_s).value().value();
    inOther.name = u"Cohorte A"_s;
    ASSERT_TRUE(ProgramService(elsewhere()).save(inOther).ok());

    QSignalSpy errors(&workspace, &Workspace::errorOccurred);
    workspace.undoStack()->undo();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(u"was changed in another window"_s))
        << errors.first().first().toString().toStdString();
    const auto kept = ProgramService(here()).findByName(u"Cohorte A"_s).value();
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ(kept->id, id);
    EXPECT_EQ(kept->description, u"Finance and purchasing"_s);
}

TEST_F(ConcurrencyGuiTest, ProgramEditsUndoneAndRedoneHereGoThrough) {
    Program program;
    program.name = u"Cohorte 2027"_s;
    program.startDate = QDate(2027, 1, 4);
    program.endDate = QDate(2027, 6, 25);
    ProgramService(here()).save(program).value();
    ProgramsPage page(workspace);
    page.reload();
    for (const QString& description : {u"First"_s, u"Second"_s}) {
        page.findChild<QTableView*>(u"tableView"_s)->selectRow(0);
        answerDialog<ProgramDialog>(
            &page, [&] { page.editSelected(); },
            [description](ProgramDialog* dialog) {
                dialog->findChild<QPlainTextEdit*>(u"descriptionEdit"_s)->setPlainText(description);
            });
    }
    ASSERT_EQ(workspace.undoStack()->count(), 2);
    QSignalSpy errors(&workspace, &Workspace::errorOccurred);
    const auto description = [&] {
        return ProgramService(here()).findByName(u"Cohorte 2027"_s).value()->description;
    };
    workspace.undoStack()->undo();
    EXPECT_EQ(description(), u"First"_s);
    workspace.undoStack()->undo();
    EXPECT_EQ(description(), QString());
    workspace.undoStack()->redo();
    workspace.undoStack()->redo();
    EXPECT_EQ(description(), u"Second"_s);
    EXPECT_EQ(errors.size(), 0);
}

TEST_F(ConcurrencyGuiTest, UndoingASkillEditAfterAnotherWindowChangedItIsRefused) {
    SkillsPage page(workspace);
    page.reload();
    auto* view = page.findChild<QTableView*>(u"tableView"_s);
    view->selectRow(0);
    answerDialog<SkillDialog>(
        &page, [&] { page.editSelected(); },
        [](SkillDialog* dialog) {
            auto* name = dialog->findChild<QLineEdit*>(u"nameEnEdit"_s);
            name->setText(name->text() + u" (edited)"_s);
        });
    ASSERT_EQ(workspace.undoStack()->count(), 1);
    qint64 skillId = 0;
    const QList<Skill> skills = SkillCatalogService(here()).list().value();
    for (const Skill& skill : skills)
        if (skill.nameEn.endsWith(u" (edited)"_s))
            skillId = skill.id;
    ASSERT_GT(skillId, 0);

    const auto skillIn = [skillId](const Database& database) {
        const QList<Skill> all = SkillCatalogService(database).list().value();
        for (const Skill& skill : all)
            if (skill.id == skillId)
                return skill;
        return Skill{};
    };
    Skill inOther = skillIn(elsewhere());
    inOther.nameFr = u"Nom changé ailleurs"_s;
    ASSERT_TRUE(SkillCatalogService(elsewhere()).update(inOther).ok());

    QSignalSpy errors(&workspace, &Workspace::errorOccurred);
    workspace.undoStack()->undo();
    ASSERT_EQ(errors.size(), 1);
    const Skill kept = skillIn(here());
    EXPECT_EQ(kept.nameFr, u"Nom changé ailleurs"_s);
    EXPECT_TRUE(kept.nameEn.endsWith(u" (edited)"_s));
}

TEST_F(ConcurrencyGuiTest, SkillEditsUndoneAndRedoneHereGoThrough) {
    SkillsPage page(workspace);
    page.reload();
    auto* view = page.findChild<QTableView*>(u"tableView"_s);
    QString original;
    for (const QString& suffix : {u" (1)"_s, u" (2)"_s}) {
        view->selectRow(0);
        answerDialog<SkillDialog>(
            &page, [&] { page.editSelected(); },
            [&](SkillDialog* dialog) {
                auto* name = dialog->findChild<QLineEdit*>(u"nameFrEdit"_s);
                if (original.isEmpty())
                    original = name->text();
                name->setText(original + suffix);
            });
    }
    ASSERT_EQ(workspace.undoStack()->count(), 2);
    const auto names = [&] {
        QStringList found;
        const QList<Skill> skills = SkillCatalogService(here()).list().value();
        for (const Skill& skill : skills)
            if (skill.nameFr.startsWith(original))
                found << skill.nameFr;
        return found;
    };
    QSignalSpy errors(&workspace, &Workspace::errorOccurred);
    workspace.undoStack()->undo();
    EXPECT_EQ(names(), QStringList{original + u" (1)"_s});
    workspace.undoStack()->undo();
    EXPECT_EQ(names(), QStringList{original});
    workspace.undoStack()->redo();
    workspace.undoStack()->redo();
    EXPECT_EQ(names(), QStringList{original + u" (2)"_s});
    EXPECT_EQ(errors.size(), 0);
}
