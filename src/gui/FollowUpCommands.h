#pragma once

#include "binome/domain/Binome.h"
#include "binome/domain/FollowUp.h"
#include "binome/domain/Program.h"

#include <QDate>

#include <memory>

class QWidget;

namespace binome::gui {

class DebriefDialog;
class EndBinomeDialog;
class ObjectiveDialog;
class SessionDialog;
class Workspace;

} // namespace binome::gui

/// Running a program after pairing, from the GUI: each edit opens its dialog and, on OK, pushes
/// an undoable command on the workspace's undo stack. Undo never destroys data made after the
/// edit; redo brings back the same record (the same id). An undo the services refuse (the
/// person has been paired again since) is reported and the command leaves the stack.
namespace binome::gui::followup {

// Each opens its dialog (parent `parent`), and on OK pushes an undoable command on
// workspace.undoStack() and notifies Workspace (FollowUp or Binomes). Returns true when
// something was done.
bool logSession(Workspace& workspace, qint64 binomeId, bool planned, QWidget* parent);
bool editSession(Workspace& workspace, qint64 sessionId, QWidget* parent);
bool removeSession(Workspace& workspace, qint64 sessionId, QWidget* parent);
bool addObjective(Workspace& workspace, qint64 binomeId, QWidget* parent);
bool editObjective(Workspace& workspace, qint64 objectiveId, QWidget* parent);
bool removeObjective(Workspace& workspace, qint64 objectiveId, QWidget* parent);
bool debrief(Workspace& workspace, qint64 binomeId, QWidget* parent);
bool removeDebrief(Workspace& workspace, qint64 debriefId, QWidget* parent);
bool pauseOrResume(Workspace& workspace, qint64 binomeId, QWidget* parent);
bool endBinome(Workspace& workspace, qint64 binomeId, QWidget* parent);
bool importSessions(Workspace& workspace, QWidget* parent);

// The dialogs, filled and checked, not yet shown (what the functions above run); null with the
// error reported when the records cannot be read. `today` gives the defaults and date rules.
std::unique_ptr<SessionDialog> newSessionDialog(Workspace& workspace, qint64 binomeId, bool planned,
                                                const QDate& today, QWidget* parent);
std::unique_ptr<SessionDialog> editSessionDialog(Workspace& workspace, qint64 sessionId,
                                                 const QDate& today, QWidget* parent);
std::unique_ptr<ObjectiveDialog> newObjectiveDialog(Workspace& workspace, qint64 binomeId,
                                                    QWidget* parent);
std::unique_ptr<ObjectiveDialog> editObjectiveDialog(Workspace& workspace, qint64 objectiveId,
                                                     QWidget* parent);
std::unique_ptr<DebriefDialog> newDebriefDialog(Workspace& workspace, qint64 binomeId,
                                                const QDate& today, QWidget* parent);
std::unique_ptr<EndBinomeDialog> newEndBinomeDialog(Workspace& workspace, qint64 binomeId,
                                                    const QDate& today, QWidget* parent);

/// The first of the kickoff, mid-term and final debriefs that is due by `today` and not held
/// yet, else an ad hoc one.
DebriefKind defaultDebriefKind(const Program& program, const QList<Debrief>& held,
                               const QDate& today);
/// The dialog's own date rules for a session as of `today`: a held session is not in the
/// future; a new or re-dated planned session is not in the past.
QList<FieldError> sessionDateRules(const Session& session, const Session& original,
                                   const QDate& today);

// The commands alone (no dialog). Each runs the edit at once; true when it was done (a failure
// is reported through the workspace and nothing is pushed).
bool pushLogSession(Workspace& workspace, const Session& session);
bool pushEditSession(Workspace& workspace, const Session& before, const Session& after);
bool pushRemoveSession(Workspace& workspace, qint64 sessionId);
bool pushAddObjective(Workspace& workspace, const Objective& objective);
bool pushEditObjective(Workspace& workspace, const Objective& before, const Objective& after);
bool pushRemoveObjective(Workspace& workspace, qint64 objectiveId);
bool pushDebrief(Workspace& workspace, const Debrief& debrief);
bool pushRemoveDebrief(Workspace& workspace, qint64 debriefId);
/// Pauses an active binôme, resumes a paused one.
bool pushPauseOrResume(Workspace& workspace, qint64 binomeId);
/// `rowVersion`: the version of the binôme the dialog was opened on (0: not checked); ending
/// it is refused if it changed since.
bool pushEndBinome(Workspace& workspace, qint64 binomeId, const QDate& date, EndReason reason,
                   const QString& note, qint64 rowVersion = 0);
bool pushAddResource(Workspace& workspace, const LearningResource& resource);
bool pushEditResource(Workspace& workspace, const LearningResource& before,
                      const LearningResource& after);
bool pushRemoveResource(Workspace& workspace, const LearningResource& resource);

} // namespace binome::gui::followup
