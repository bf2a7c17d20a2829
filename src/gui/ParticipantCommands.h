#pragma once

#include "binome/domain/Participant.h"

#include <QUndoCommand>

#include <optional>

namespace binome::gui {

class Workspace;

/// Adding or editing a participant, undoable: undo restores the previous data, or removes the
/// participant that was added.
class SaveParticipantCommand final : public QUndoCommand {
public:
    SaveParticipantCommand(Workspace& workspace, std::optional<Participant> before,
                           Participant after);

    void redo() override;
    void undo() override;
    /// False when the first save failed (the command should then be dropped).
    bool succeeded() const { return m_succeeded; }

private:
    Workspace& m_workspace;
    std::optional<Participant> m_before;
    Participant m_after;
    bool m_succeeded = false;
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
