#include "ParticipantCommands.h"

#include "Workspace.h"

#include "binome/services/ParticipantService.h"

#include <QCoreApplication>

namespace binome::gui {

SaveParticipantCommand::SaveParticipantCommand(Workspace& workspace,
                                               std::optional<Participant> before, Participant after)
    : m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    setText(m_before ? QCoreApplication::translate("ParticipantCommands", "Edit %1",
                                                   "undo command: Undo Edit Jean Dupont")
                           .arg(m_after.fullName())
                     : QCoreApplication::translate("ParticipantCommands", "Add %1",
                                                   "undo command: Undo Add Jean Dupont")
                           .arg(m_after.fullName()));
}

void SaveParticipantCommand::redo() {
    const ParticipantService service(m_workspace.database());
    if (!m_before)
        m_after.id = 0; // a fresh insert each time the addition is redone
    const auto saved = service.save(m_after);
    m_succeeded = saved.ok();
    if (!saved) {
        m_workspace.reportError(saved.error());
        setObsolete(true);
        return;
    }
    m_after.id = *saved;
    m_workspace.notifyParticipantsChanged();
}

void SaveParticipantCommand::undo() {
    const ParticipantService service(m_workspace.database());
    Status status;
    if (m_before) {
        const auto saved = service.save(*m_before);
        if (!saved)
            status = Error{saved.error()};
    } else {
        status = service.remove(m_after.id);
    }
    if (!status)
        m_workspace.reportError(status.error());
    m_workspace.notifyParticipantsChanged();
}

ArchiveParticipantsCommand::ArchiveParticipantsCommand(Workspace& workspace, QList<qint64> ids,
                                                       bool archived)
    : m_workspace(workspace)
    , m_ids(std::move(ids))
    , m_archived(archived) {
    // The count in a variable of its own: lupdate misses a plural whose count is an expression.
    const int count = static_cast<int>(m_ids.size());
    if (archived)
        setText(QCoreApplication::translate("ParticipantCommands", "Archive %n participant(s)",
                                            nullptr, count));
    else
        setText(QCoreApplication::translate("ParticipantCommands", "Restore %n participant(s)",
                                            nullptr, count));
}

void ArchiveParticipantsCommand::apply(bool archived) {
    // One transaction: everyone or nobody.
    if (Status status = ParticipantService(m_workspace.database()).setArchived(m_ids, archived);
        !status)
        m_workspace.reportError(status.error());
    m_workspace.notifyChanged(Workspace::Participants | Workspace::Binomes);
}

} // namespace binome::gui
