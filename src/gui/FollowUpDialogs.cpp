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

using namespace Qt::StringLiterals;

namespace binome::gui::followup {

// ---- Rules and defaults ------------------------------------------------------------------------

DebriefKind defaultDebriefKind(const Program& program, const QList<Debrief>& held,
                               const QDate& today) {
    for (const auto& [kind, date] : DebriefService::dueDates(program)) {
        const bool done = std::any_of(held.cbegin(), held.cend(),
                                      [k = kind](const Debrief& d) { return d.kind == k; });
        if (date.isValid() && date <= today && !done)
            return kind;
    }
    return DebriefKind::AdHoc;
}

QList<FieldError> sessionDateRules(const Session& session, const Session& original,
                                   const QDate& today) {
    QList<FieldError> errors;
    if (!session.date.isValid())
        return errors;
    if (!session.planned && session.date > today)
        errors.append({u"date"_s,
                       QCoreApplication::translate("FollowUpCommands",
                                                   "a held session cannot be in the future: choose "
                                                   "\"Planned\", or correct the date")});
    const bool redated = original.id == 0 || !original.planned || original.date != session.date;
    if (session.planned && session.date < today && redated)
        errors.append(
            {u"date"_s, QCoreApplication::translate(
                            "FollowUpCommands", "a planned session cannot be in the past: choose "
                                                "\"Held\", or correct the date")});
    return errors;
}

// ---- Dialogs -----------------------------------------------------------------------------------

namespace {

SessionDialog::Checker sessionChecker(Workspace& workspace, const Session& original,
                                      const QDate& today) {
    return [&workspace, original, today](const Session& session) {
        QList<FieldError> errors = SessionService(workspace.database()).check(session);
        errors.append(sessionDateRules(session, original, today));
        return errors;
    };
}

} // namespace

std::unique_ptr<SessionDialog> newSessionDialog(Workspace& workspace, qint64 binomeId, bool planned,
                                                const QDate& today, QWidget* parent) {
    const auto detail = loadDetail(workspace, binomeId);
    const auto catalog = loadCatalog(workspace);
    if (!detail || !catalog)
        return nullptr;
    if (!detail->binome.isOpen()) {
        workspace.reportError(QCoreApplication::translate(
            "FollowUpCommands", "This binôme has ended: no session can be logged."));
        return nullptr;
    }
    auto defaults = SessionService(workspace.database()).defaults(binomeId, today);
    if (!defaults) {
        workspace.reportError(defaults.error());
        return nullptr;
    }
    Session session = std::move(defaults).value();
    session.planned = planned;
    if (planned) // the next meeting, at the program's cadence
        session.date = today.addDays(std::max(1, detail->program.cadenceDays));
    auto dialog = std::make_unique<SessionDialog>(
        *catalog, sessionChecker(workspace, Session{}, today), parent);
    dialog->setHeading(heading(*detail));
    dialog->setSession(session);
    return dialog;
}

std::unique_ptr<SessionDialog> editSessionDialog(Workspace& workspace, qint64 sessionId,
                                                 const QDate& today, QWidget* parent) {
    const auto session = SessionService(workspace.database()).find(sessionId);
    if (!session) {
        workspace.reportError(session.error());
        return nullptr;
    }
    if (sessionsFrozen(workspace, session->binomeId))
        return nullptr;
    const auto detail = loadDetail(workspace, session->binomeId);
    const auto catalog = loadCatalog(workspace);
    if (!detail || !catalog)
        return nullptr;
    auto dialog = std::make_unique<SessionDialog>(
        *catalog, sessionChecker(workspace, *session, today), parent);
    dialog->setHeading(heading(*detail));
    dialog->setSession(*session);
    return dialog;
}

namespace {

std::unique_ptr<ObjectiveDialog> objectiveDialog(Workspace& workspace, const BinomeDetail& detail,
                                                 const QList<Skill>& catalog, QWidget* parent) {
    auto dialog = std::make_unique<ObjectiveDialog>(
        catalog,
        [&workspace](const Objective& o) {
            return ObjectiveService(workspace.database()).check(o);
        },
        parent);
    dialog->setPeople(detail.junior, detail.senior);
    if (const auto resources = ObjectiveService(workspace.database()).allResources())
        dialog->setResources(*resources);
    return dialog;
}

} // namespace

std::unique_ptr<ObjectiveDialog> newObjectiveDialog(Workspace& workspace, qint64 binomeId,
                                                    QWidget* parent) {
    const auto detail = loadDetail(workspace, binomeId);
    const auto catalog = loadCatalog(workspace);
    if (!detail || !catalog)
        return nullptr;
    // The senior's largest gap the junior covers, not yet an objective; else the first skill.
    Objective objective;
    objective.binomeId = binomeId;
    objective.dueDate = detail->program.endDate;
    if (const auto suggested = ObjectiveService(workspace.database()).suggest(binomeId, 1);
        suggested && !suggested->isEmpty())
        objective = suggested->first();
    auto dialog = objectiveDialog(workspace, *detail, *catalog, parent);
    dialog->setObjective(objective);
    return dialog;
}

std::unique_ptr<ObjectiveDialog> editObjectiveDialog(Workspace& workspace, qint64 objectiveId,
                                                     QWidget* parent) {
    const auto objective = ObjectiveService(workspace.database()).find(objectiveId);
    if (!objective) {
        workspace.reportError(objective.error());
        return nullptr;
    }
    const auto detail = loadDetail(workspace, objective->binomeId);
    const auto catalog = loadCatalog(workspace);
    if (!detail || !catalog)
        return nullptr;
    auto dialog = objectiveDialog(workspace, *detail, *catalog, parent);
    dialog->setObjective(*objective);
    return dialog;
}

std::unique_ptr<DebriefDialog> newDebriefDialog(Workspace& workspace, qint64 binomeId,
                                                const QDate& today, QWidget* parent) {
    const auto detail = loadDetail(workspace, binomeId);
    const auto catalog = loadCatalog(workspace);
    if (!detail || !catalog)
        return nullptr;
    const DebriefKind kind = defaultDebriefKind(detail->program, detail->debriefs, today);
    const auto prepared = DebriefService(workspace.database()).prepare(binomeId, kind, today);
    if (!prepared) {
        workspace.reportError(prepared.error());
        return nullptr;
    }
    QList<DebriefLine> lines;
    for (const ObjectiveReview& review : prepared->reviews) {
        const auto objective =
            std::find_if(detail->objectives.cbegin(), detail->objectives.cend(),
                         [&review](const Objective& o) { return o.id == review.objectiveId; });
        if (objective == detail->objectives.cend())
            continue;
        const auto skill =
            std::find_if(catalog->cbegin(), catalog->cend(),
                         [&objective](const Skill& s) { return s.id == objective->skillId; });
        DebriefLine line;
        line.objectiveId = objective->id;
        line.learner = objective->learner;
        line.targetLevel = objective->targetLevel;
        if (skill != catalog->cend()) {
            line.skill = skill->displayName();
            line.levelBefore = currentLevel(*detail, objective->learner, *skill);
        }
        lines << line;
    }
    auto dialog = std::make_unique<DebriefDialog>(
        [&workspace, today](const Debrief& d) {
            QList<FieldError> errors = DebriefService(workspace.database()).check(d);
            if (d.date.isValid() && d.date > today)
                errors.append({u"date"_s, QCoreApplication::translate(
                                              "FollowUpCommands",
                                              "a debrief is recorded once held: today or before")});
            return errors;
        },
        parent);
    dialog->setHeading(heading(*detail));
    dialog->setDebrief(*prepared, lines);
    return dialog;
}

std::unique_ptr<EndBinomeDialog> newEndBinomeDialog(Workspace& workspace, qint64 binomeId,
                                                    const QDate& today, QWidget* parent) {
    const auto detail = loadDetail(workspace, binomeId);
    if (!detail)
        return nullptr;
    if (!detail->binome.isOpen()) {
        workspace.reportError(
            QCoreApplication::translate("FollowUpCommands", "This binôme has already ended."));
        return nullptr;
    }
    auto dialog = std::make_unique<EndBinomeDialog>(parent);
    dialog->setBinome(detail->binome, heading(*detail), today);
    return dialog;
}

} // namespace binome::gui::followup
