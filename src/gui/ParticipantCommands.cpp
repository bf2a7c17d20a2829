#include "ParticipantCommands.h"

#include "ServiceCommand.h"
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
    const Status status = doRedo();
    if (!m_done)
        m_succeeded = status.ok();
    m_done = true;
    if (!status)
        fail(status);
    // Either way: a refused edit means the pages show old data, reopening must show the new.
    m_workspace.notifyParticipantsChanged();
}

void SaveParticipantCommand::undo() {
    if (Status status = doUndo(); !status)
        fail(status);
    m_workspace.notifyParticipantsChanged();
}

void SaveParticipantCommand::fail(const Status& status) {
    m_workspace.reportError(status.error());
    setObsolete(true); // as ServiceCommand: the command leaves the stack
}

Result<qint64> SaveParticipantCommand::unchangedSince(bool undo) const {
    const auto current = ParticipantService(m_workspace.database()).find(m_after.id);
    if (!current)
        return Error{current.error()};
    // The same data again is no change to keep (e.g. a debrief's levels recorded, then undone).
    const Participant& left = undo || !m_before ? m_after : *m_before;
    if (current->rowVersion == m_version || current->sameData(left))
        return current->rowVersion;
    return Error{changedSinceMessage(left.fullName(), undo)};
}

Status SaveParticipantCommand::doRedo() {
    const ParticipantService service(m_workspace.database());
    Participant after = m_after;
    if (!m_before) {
        after.id = 0; // a fresh insert each time the addition is redone
    } else if (m_done) {
        const auto version = unchangedSince(false);
        if (!version)
            return Error{version.error()};
        after.rowVersion = *version;
    } // the first time: checked against the version the dialog loaded
    const auto saved = service.save(after);
    if (!saved)
        return Error{saved.error()};
    m_after.id = *saved;
    if (after.rowVersion > 0) {
        m_version = after.rowVersion + 1; // a checked update adds exactly one
    } else {
        const auto stored = service.find(*saved);
        m_version = stored ? stored->rowVersion : 0;
    }
    return {};
}

Status SaveParticipantCommand::doUndo() {
    const ParticipantService service(m_workspace.database());
    const auto version = unchangedSince(true);
    if (!version)
        return Error{version.error()};
    if (!m_before)
        return service.remove(m_after.id);
    Participant before = *m_before;
    before.rowVersion = *version;
    const auto saved = service.save(before);
    if (!saved)
        return Error{saved.error()};
    m_version = *version + 1;
    return {};
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
