#include "FollowUpCommands.h"
#include "FollowUpSupport.h"

#include "DebriefDialog.h"
#include "EndBinomeDialog.h"
#include "ImportSessionsDialog.h"
#include "ObjectiveDialog.h"
#include "ServiceCommand.h"
#include "SessionDialog.h"
#include "Workspace.h"

#include "binome/services/BinomeService.h"
#include "binome/services/DebriefService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/SessionService.h"
#include "binome/services/SkillCatalogService.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace binome::gui::followup {

namespace {

/// Pushes an edit made of two service calls; true when doing it worked (otherwise the failure
/// has been reported and the command dropped).
bool pushCommand(Workspace& workspace, const QString& text, ServiceCommand::Step redo,
                 ServiceCommand::Step undo, Workspace::Changes changes) {
    auto done = std::make_shared<bool>(false);
    workspace.undoStack()->push(new ServiceCommand(
        workspace, text,
        [redo = std::move(redo), done] {
            Status status = redo();
            *done = status.ok();
            return status;
        },
        std::move(undo), [&workspace, changes] { workspace.notifyChanged(changes); }));
    return *done;
}

Status statusOf(const Result<qint64>& result) {
    return result ? Status{} : Status{Error{result.error()}};
}

bool sameSession(const Session& a, const Session& b) {
    return a.planned == b.planned && a.date == b.date && a.minutes == b.minutes &&
           a.mode == b.mode && a.skillIds == b.skillIds && a.notes == b.notes &&
           a.nextSteps == b.nextSteps && a.menteeRating == b.menteeRating &&
           a.mentorRating == b.mentorRating;
}

bool sameObjective(const Objective& a, const Objective& b) {
    return a.skillId == b.skillId && a.learner == b.learner && a.startLevel == b.startLevel &&
           a.targetLevel == b.targetLevel && a.dueDate == b.dueDate && a.status == b.status &&
           a.description == b.description;
}

/// How many of the binôme's debriefs reviewed the objective.
int reviewCount(Workspace& workspace, const Objective& objective) {
    const auto debriefs = DebriefService(workspace.database()).ofBinome(objective.binomeId);
    if (!debriefs)
        return 0;
    return static_cast<int>(
        std::count_if(debriefs->cbegin(), debriefs->cend(), [&objective](const Debrief& d) {
            return std::any_of(
                d.reviews.cbegin(), d.reviews.cend(),
                [&objective](const ObjectiveReview& r) { return r.objectiveId == objective.id; });
        }));
}

bool ask(QWidget* parent, const QString& title, const QString& question) {
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Yes) == QMessageBox::Yes;
}

/// How an edit of a versioned record (a session, an objective, a resource) reads and writes it.
template <class T> struct RecordAccess {
    std::function<Result<T>(qint64 id)> find; ///< as stored now
    std::function<Status(const T&)> save;     ///< an update, checked against T::rowVersion
    std::function<bool(const T&, const T&)> same;
};

/// Pushes the edit of a record from `before` to `after`, undoable. The first redo is checked
/// against the version the dialog loaded (`after.rowVersion`, else `before`'s); each later undo
/// or redo only when the record is still as the step before left it (that version, or the same
/// data again), and refused otherwise with changedSinceMessage(`what`): a change made since, in
/// this window or elsewhere, is never written over.
template <class T>
bool pushVersionedEdit(Workspace& workspace, const QString& text, const QString& what,
                       const T& before, const T& after, RecordAccess<T> access,
                       Workspace::Changes changes) {
    auto version = std::make_shared<qint64>(0); // the version the last step left
    auto done = std::make_shared<bool>(false);
    auto step = [access, version, done, what](T target, const T& left, bool undo) -> Status {
        if (*done) {
            const Result<T> current = access.find(target.id);
            if (!current)
                return Error{current.error()};
            if (current->rowVersion != *version && !access.same(*current, left))
                return Error{changedSinceMessage(what, undo)};
            target.rowVersion = current->rowVersion;
        }
        if (Status status = access.save(target); !status)
            return status;
        *done = true;
        if (target.rowVersion > 0) {
            *version = target.rowVersion + 1; // a checked update adds exactly one
        } else {
            const Result<T> stored = access.find(target.id);
            *version = stored ? stored->rowVersion : 0;
        }
        return {};
    };
    T changed = after;
    if (changed.rowVersion == 0)
        changed.rowVersion = before.rowVersion;
    return pushCommand(
        workspace, text, [step, changed, before] { return step(changed, before, false); },
        [step, changed, before] { return step(before, changed, true); }, changes);
}

RecordAccess<Session> sessionAccess(Workspace& workspace) {
    return {[&workspace](qint64 id) { return SessionService(workspace.database()).find(id); },
            [&workspace](const Session& s) {
                return statusOf(SessionService(workspace.database()).log(s));
            },
            sameSession};
}

RecordAccess<Objective> objectiveAccess(Workspace& workspace) {
    return {[&workspace](qint64 id) { return ObjectiveService(workspace.database()).find(id); },
            [&workspace](const Objective& o) {
                return statusOf(ObjectiveService(workspace.database()).save(o));
            },
            sameObjective};
}

RecordAccess<LearningResource> resourceAccess(Workspace& workspace, qint64 skillId) {
    return {[&workspace, skillId](qint64 id) -> Result<LearningResource> {
                const auto all = ObjectiveService(workspace.database()).resources(skillId);
                if (!all)
                    return Error{all.error()};
                for (const LearningResource& r : *all)
                    if (r.id == id)
                        return r;
                return Error{QCoreApplication::translate("FollowUpCommands",
                                                         "This resource no longer exists.")};
            },
            [&workspace](const LearningResource& r) {
                return statusOf(ObjectiveService(workspace.database()).saveResource(r));
            },
            [](const LearningResource& a, const LearningResource& b) {
                return a.skillId == b.skillId && a.title == b.title && a.url == b.url;
            }};
}

/// The binôme's version when it is still at `expected` (what the last step left); otherwise
/// the refusal, naming the binôme as `what`.
Result<qint64> binomeUnchanged(Workspace& workspace, qint64 binomeId, qint64 expected,
                               const QString& what, bool undo) {
    const auto current = BinomeService(workspace.database()).find(binomeId);
    if (!current)
        return Error{current.error()};
    if (expected != 0 && current->rowVersion != expected)
        return Error{changedSinceMessage(what, undo)};
    return current->rowVersion;
}

/// The binôme's version now (after a step), 0 when it cannot be read.
qint64 binomeVersion(Workspace& workspace, qint64 binomeId) {
    const auto current = BinomeService(workspace.database()).find(binomeId);
    return current ? current->rowVersion : 0;
}

} // namespace

bool pushLogSession(Workspace& workspace, const Session& session) {
    auto state = std::make_shared<Session>(session);
    state->id = 0;
    const QString text =
        session.planned ? QCoreApplication::translate("FollowUpCommands", "Plan a session on %1")
                              .arg(shortDate(session.date))
                        : QCoreApplication::translate("FollowUpCommands", "Log the session of %1")
                              .arg(shortDate(session.date));
    return pushCommand(
        workspace, text,
        [&workspace, state]() -> Status {
            const SessionService service(workspace.database());
            if (state->id != 0) // redone: the same session, with its own id
                return service.restore(*state);
            const auto id = service.log(*state);
            if (id)
                state->id = *id;
            return statusOf(id);
        },
        [&workspace, state] { return SessionService(workspace.database()).remove(state->id); },
        Workspace::FollowUp);
}

bool pushEditSession(Workspace& workspace, const Session& before, const Session& after) {
    if (sameSession(before, after))
        return false;
    Session changed = after;
    changed.id = before.id;
    changed.binomeId = before.binomeId;
    return pushVersionedEdit(
        workspace,
        QCoreApplication::translate("FollowUpCommands", "Edit the session of %1")
            .arg(shortDate(before.date)),
        QCoreApplication::translate("FollowUpCommands", "The session of %1")
            .arg(shortDate(before.date)),
        before, changed, sessionAccess(workspace), Workspace::FollowUp);
}

bool pushRemoveSession(Workspace& workspace, qint64 sessionId) {
    const auto session = SessionService(workspace.database()).find(sessionId);
    if (!session) {
        workspace.reportError(session.error());
        return false;
    }
    if (sessionsFrozen(workspace, session->binomeId))
        return false;
    const Session removed = *session;
    return pushCommand(
        workspace,
        QCoreApplication::translate("FollowUpCommands", "Remove the session of %1")
            .arg(shortDate(removed.date)),
        [&workspace, sessionId] { return SessionService(workspace.database()).remove(sessionId); },
        [&workspace, removed] { return SessionService(workspace.database()).restore(removed); },
        Workspace::FollowUp);
}

bool pushAddObjective(Workspace& workspace, const Objective& objective) {
    auto state = std::make_shared<Objective>(objective);
    state->id = 0;
    return pushCommand(
        workspace, QCoreApplication::translate("FollowUpCommands", "Add an objective"),
        [&workspace, state]() -> Status {
            const ObjectiveService service(workspace.database());
            if (state->id != 0)
                return service.restore(*state);
            const auto id = service.save(*state);
            if (id)
                state->id = *id;
            return statusOf(id);
        },
        [&workspace, state]() -> Status {
            // A debrief recorded since reviewed it: removing it would lose that review.
            if (reviewCount(workspace, *state) > 0)
                return Error{QCoreApplication::translate(
                    "FollowUpCommands", "The objective is kept: a debrief has reviewed it since.")};
            return ObjectiveService(workspace.database()).remove(state->id);
        },
        Workspace::FollowUp);
}

bool pushEditObjective(Workspace& workspace, const Objective& before, const Objective& after) {
    if (sameObjective(before, after))
        return false;
    Objective changed = after;
    changed.id = before.id;
    changed.binomeId = before.binomeId;
    return pushVersionedEdit(workspace,
                             QCoreApplication::translate("FollowUpCommands", "Edit an objective"),
                             QCoreApplication::translate("FollowUpCommands", "The objective"),
                             before, changed, objectiveAccess(workspace), Workspace::FollowUp);
}

bool pushRemoveObjective(Workspace& workspace, qint64 objectiveId) {
    const auto objective = ObjectiveService(workspace.database()).find(objectiveId);
    if (!objective) {
        workspace.reportError(objective.error());
        return false;
    }
    const Objective removed = *objective;
    return pushCommand(
        workspace, QCoreApplication::translate("FollowUpCommands", "Remove an objective"),
        [&workspace, objectiveId] {
            return ObjectiveService(workspace.database()).remove(objectiveId);
        },
        [&workspace, removed] { return ObjectiveService(workspace.database()).restore(removed); },
        Workspace::FollowUp);
}

bool pushDebrief(Workspace& workspace, const Debrief& debrief) {
    auto state = std::make_shared<Debrief>(debrief);
    state->id = 0;
    // Levels are re-assessed: the participants' current levels change too.
    return pushCommand(
        workspace,
        QCoreApplication::translate("FollowUpCommands", "Record the %1 debrief of %2")
            .arg(debriefKindDisplayName(debrief.kind).toLower(), shortDate(debrief.date)),
        [&workspace, state]() -> Status {
            // The first time a new debrief; when redone, the same one with its own id.
            const auto id = DebriefService(workspace.database()).record(*state);
            if (id)
                state->id = *id;
            return statusOf(id);
        },
        [&workspace, state] { return DebriefService(workspace.database()).remove(state->id); },
        Workspace::FollowUp | Workspace::Participants);
}

bool pushRemoveDebrief(Workspace& workspace, qint64 debriefId) {
    const auto debrief = DebriefService(workspace.database()).find(debriefId);
    if (!debrief) {
        workspace.reportError(debrief.error());
        return false;
    }
    const Debrief removed = *debrief;
    return pushCommand(
        workspace,
        QCoreApplication::translate("FollowUpCommands", "Remove the %1 debrief of %2")
            .arg(debriefKindDisplayName(removed.kind).toLower(), shortDate(removed.date)),
        [&workspace, debriefId] { return DebriefService(workspace.database()).remove(debriefId); },
        [&workspace, removed] {
            return statusOf(DebriefService(workspace.database()).record(removed));
        },
        Workspace::FollowUp | Workspace::Participants);
}

bool pushPauseOrResume(Workspace& workspace, qint64 binomeId) {
    const auto detail = loadDetail(workspace, binomeId);
    if (!detail)
        return false;
    const Binome before = detail->binome;
    if (!before.isOpen()) {
        workspace.reportError(QCoreApplication::translate(
            "FollowUpCommands", "An ended binôme can be neither paused nor resumed."));
        return false;
    }
    const bool pause = before.status == BinomeStatus::Active;
    const QString text =
        pause ? QCoreApplication::translate("FollowUpCommands", "Pause the binôme %1")
                    .arg(heading(*detail))
              : QCoreApplication::translate("FollowUpCommands", "Resume the binôme %1")
                    .arg(heading(*detail));
    const QString what =
        QCoreApplication::translate("FollowUpCommands", "The binôme %1").arg(heading(*detail));
    auto version = std::make_shared<qint64>(before.rowVersion); // what the last step left
    auto done = std::make_shared<bool>(false);
    return pushCommand(
        workspace, text,
        [&workspace, binomeId, pause, version, done, what]() -> Status {
            // Redone: only over what the undo left.
            const auto current =
                binomeUnchanged(workspace, binomeId, *done ? *version : 0, what, false);
            if (!current)
                return Error{current.error()};
            const BinomeService service(workspace.database());
            const Status status = pause ? service.pause(binomeId) : service.resume(binomeId);
            if (status) {
                *done = true;
                *version = binomeVersion(workspace, binomeId);
            }
            return status;
        },
        [&workspace, before, version, what]() -> Status {
            const auto current = binomeUnchanged(workspace, before.id, *version, what, true);
            if (!current)
                return Error{current.error()};
            const Status status =
                BinomeService(workspace.database()).restoreState(before, *current);
            if (status)
                *version = *current + 1;
            return status;
        },
        Workspace::Binomes | Workspace::FollowUp);
}

bool pushEndBinome(Workspace& workspace, qint64 binomeId, const QDate& date, EndReason reason,
                   const QString& note, qint64 rowVersion) {
    const auto detail = loadDetail(workspace, binomeId);
    if (!detail)
        return false;
    Binome before = detail->binome;
    const QString what =
        QCoreApplication::translate("FollowUpCommands", "The binôme %1").arg(heading(*detail));
    // The first end is checked against the version the dialog loaded, each later step against
    // what the step before left.
    auto version = std::make_shared<qint64>(rowVersion != 0 ? rowVersion : before.rowVersion);
    return pushCommand(
        workspace,
        QCoreApplication::translate("FollowUpCommands", "End the binôme %1").arg(heading(*detail)),
        [&workspace, binomeId, date, reason, note, version]() -> Status {
            const Status status =
                BinomeService(workspace.database()).end(binomeId, date, reason, note, *version);
            if (status)
                *version += 1;
            return status;
        },
        // Refused when a person has been paired again since, or the binôme changed since: the
        // command then leaves the stack.
        [&workspace, before, version, what]() -> Status {
            const auto current = binomeUnchanged(workspace, before.id, *version, what, true);
            if (!current)
                return Error{current.error()};
            const Status status =
                BinomeService(workspace.database()).restoreState(before, *current);
            if (status)
                *version = *current + 1;
            return status;
        },
        Workspace::Binomes | Workspace::FollowUp);
}

bool pushAddResource(Workspace& workspace, const LearningResource& resource) {
    auto state = std::make_shared<LearningResource>(resource);
    state->id = 0;
    return pushCommand(
        workspace,
        QCoreApplication::translate("FollowUpCommands", "Add the resource %1").arg(resource.title),
        [&workspace, state]() -> Status {
            const ObjectiveService service(workspace.database());
            if (state->id != 0)
                return service.restoreResource(*state);
            const auto id = service.saveResource(*state);
            if (id)
                state->id = *id;
            return statusOf(id);
        },
        [&workspace, state] {
            return ObjectiveService(workspace.database()).removeResource(state->id);
        },
        Workspace::Catalog | Workspace::FollowUp);
}

bool pushEditResource(Workspace& workspace, const LearningResource& before,
                      const LearningResource& after) {
    LearningResource changed = after;
    changed.id = before.id;
    changed.skillId = before.skillId;
    return pushVersionedEdit(
        workspace,
        QCoreApplication::translate("FollowUpCommands", "Edit the resource %1").arg(before.title),
        QCoreApplication::translate("FollowUpCommands", "The resource %1").arg(before.title),
        before, changed, resourceAccess(workspace, before.skillId),
        Workspace::Catalog | Workspace::FollowUp);
}

bool pushRemoveResource(Workspace& workspace, const LearningResource& resource) {
    return pushCommand(
        workspace,
        QCoreApplication::translate("FollowUpCommands", "Remove the resource %1")
            .arg(resource.title),
        [&workspace, id = resource.id] {
            return ObjectiveService(workspace.database()).removeResource(id);
        },
        [&workspace, resource] {
            return ObjectiveService(workspace.database()).restoreResource(resource);
        },
        Workspace::Catalog | Workspace::FollowUp);
}

// ---- What the pages call -----------------------------------------------------------------------

bool logSession(Workspace& workspace, qint64 binomeId, bool planned, QWidget* parent) {
    const auto dialog =
        newSessionDialog(workspace, binomeId, planned, QDate::currentDate(), parent);
    if (!dialog || dialog->exec() != QDialog::Accepted)
        return false;
    return pushLogSession(workspace, dialog->session());
}

bool editSession(Workspace& workspace, qint64 sessionId, QWidget* parent) {
    const auto before = SessionService(workspace.database()).find(sessionId);
    if (!before) {
        workspace.reportError(before.error());
        return false;
    }
    const auto dialog = editSessionDialog(workspace, sessionId, QDate::currentDate(), parent);
    if (!dialog || dialog->exec() != QDialog::Accepted)
        return false;
    return pushEditSession(workspace, *before, dialog->session());
}

bool removeSession(Workspace& workspace, qint64 sessionId, QWidget* parent) {
    const auto session = SessionService(workspace.database()).find(sessionId);
    if (!session) {
        workspace.reportError(session.error());
        return false;
    }
    if (sessionsFrozen(workspace, session->binomeId))
        return false;
    if (!ask(parent, QCoreApplication::translate("FollowUpCommands", "Remove the session"),
             QCoreApplication::translate("FollowUpCommands",
                                         "Remove the session of %1? Edit › Undo brings it back.")
                 .arg(shortDate(session->date))))
        return false;
    return pushRemoveSession(workspace, sessionId);
}

bool addObjective(Workspace& workspace, qint64 binomeId, QWidget* parent) {
    const auto dialog = newObjectiveDialog(workspace, binomeId, parent);
    if (!dialog || dialog->exec() != QDialog::Accepted)
        return false;
    return pushAddObjective(workspace, dialog->objective());
}

bool editObjective(Workspace& workspace, qint64 objectiveId, QWidget* parent) {
    const auto before = ObjectiveService(workspace.database()).find(objectiveId);
    if (!before) {
        workspace.reportError(before.error());
        return false;
    }
    const auto dialog = editObjectiveDialog(workspace, objectiveId, parent);
    if (!dialog || dialog->exec() != QDialog::Accepted)
        return false;
    return pushEditObjective(workspace, *before, dialog->objective());
}

bool removeObjective(Workspace& workspace, qint64 objectiveId, QWidget* parent) {
    const auto objective = ObjectiveService(workspace.database()).find(objectiveId);
    if (!objective) {
        workspace.reportError(objective.error());
        return false;
    }
    const int reviews = reviewCount(workspace, *objective);
    const QString question =
        reviews == 0
            ? QCoreApplication::translate("FollowUpCommands",
                                          "Remove this objective? Edit › Undo brings it back.")
            : QCoreApplication::translate(
                  "FollowUpCommands",
                  "This objective was reviewed in %n debrief(s). Removing it also removes those "
                  "reviews, and Edit › Undo brings back the objective only. To keep its history, "
                  "set its status to \"Dropped\" instead.\n\nRemove it anyway?",
                  nullptr, reviews);
    if (!ask(parent, QCoreApplication::translate("FollowUpCommands", "Remove the objective"),
             question))
        return false;
    return pushRemoveObjective(workspace, objectiveId);
}

bool debrief(Workspace& workspace, qint64 binomeId, QWidget* parent) {
    const auto dialog = newDebriefDialog(workspace, binomeId, QDate::currentDate(), parent);
    if (!dialog || dialog->exec() != QDialog::Accepted)
        return false;
    return pushDebrief(workspace, dialog->debrief());
}

bool removeDebrief(Workspace& workspace, qint64 debriefId, QWidget* parent) {
    const auto found = DebriefService(workspace.database()).find(debriefId);
    if (!found) {
        workspace.reportError(found.error());
        return false;
    }
    if (!ask(parent, QCoreApplication::translate("FollowUpCommands", "Remove the debrief"),
             QCoreApplication::translate(
                 "FollowUpCommands",
                 "Remove the %1 debrief of %2? The levels it recorded leave the history and its "
                 "objectives get their status back. Edit › Undo brings it back.")
                 .arg(debriefKindDisplayName(found->kind).toLower(), shortDate(found->date))))
        return false;
    return pushRemoveDebrief(workspace, debriefId);
}

bool pauseOrResume(Workspace& workspace, qint64 binomeId, QWidget* parent) {
    Q_UNUSED(parent) // undoable at once: nothing to ask
    return pushPauseOrResume(workspace, binomeId);
}

bool endBinome(Workspace& workspace, qint64 binomeId, QWidget* parent) {
    const auto dialog = newEndBinomeDialog(workspace, binomeId, QDate::currentDate(), parent);
    if (!dialog || dialog->exec() != QDialog::Accepted)
        return false;
    return pushEndBinome(workspace, binomeId, dialog->date(), dialog->reason(), dialog->note(),
                         dialog->rowVersion());
}

bool importSessions(Workspace& workspace, QWidget* parent) {
    const QString path = QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("FollowUpCommands", "Import sessions"), QString(),
        QCoreApplication::translate("FollowUpCommands",
                                    "Session sheets (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    ImportSessionsDialog dialog(workspace, path, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace binome::gui::followup
