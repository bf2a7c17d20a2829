#pragma once

#include "binome/domain/Participant.h"
#include "binome/domain/Result.h"

#include <QUndoCommand>

#include <optional>

namespace binome::gui {

class Workspace;

/// Adding or editing a participant, undoable: undo restores the previous data, or removes the
/// participant that was added. The first save is refused when the participant changed since
/// `after` was read (its row version); an undo or a redo is refused, and the command dropped,
/// when the participant was changed since the step before it (later in this window, in another
/// window or on another computer): nobody's change is written over.
class SaveParticipantCommand final : public QUndoCommand {
public:
    SaveParticipantCommand(Workspace& workspace, std::optional<Participant> before,
                           Participant after);

    void redo() override;
    void undo() override;
    /// False when the first save failed (the command should then be dropped).
    bool succeeded() const { return m_succeeded; }

private:
    Status doRedo();
    Status doUndo();
    /// The stored version when the participant is still as the last step left them (that
    /// version, or the same data again); otherwise the refusal.
    Result<qint64> unchangedSince(bool undo) const;
    void fail(const Status& status);

    Workspace& m_workspace;
    std::optional<Participant> m_before;
    Participant m_after;
    bool m_succeeded = false;
    bool m_done = false;  ///< redone at least once
    qint64 m_version = 0; ///< the row version the last step left
};

/// Archiving or restoring participants, undoable.
class ArchiveParticipantsCommand final : public QUndoCommand {
public:
    ArchiveParticipantsCommand(Workspace& workspace, QList<qint64> ids, bool archived);

    void redo() override { apply(m_archived); }
    void undo() override { apply(!m_archived); }

private:
    void apply(bool archived);
    Workspace& m_workspace;
    QList<qint64> m_ids;
    bool m_archived;
};

} // namespace binome::gui
