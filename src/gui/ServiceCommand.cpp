#include "ServiceCommand.h"

#include "Workspace.h"

#include <QCoreApplication>

namespace binome::gui {

ServiceCommand::ServiceCommand(Workspace& workspace, const QString& text, Step redo, Step undo,
                               std::function<void()> notify)
    : m_workspace(workspace)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_notify(std::move(notify)) {
    setText(text);
}

void ServiceCommand::redo() {
    run(m_redo);
}

void ServiceCommand::undo() {
    run(m_undo);
}

void ServiceCommand::run(const Step& step) {
    if (Status status = step(); !status) {
        m_workspace.reportError(status.error());
        setObsolete(true);
    }
    if (m_notify)
        m_notify();
}

QString changedSinceMessage(const QString& what, bool undo) {
    if (!undo)
        return QCoreApplication::translate(
                   "ServiceCommand",
                   "%1 has been changed since this edit was undone (later in this window, in "
                   "another window or on another computer); redoing the edit would overwrite that "
                   "change, so it was not redone.")
            .arg(what);
    return QCoreApplication::translate(
               "ServiceCommand",
               "%1 has been changed since this edit (later in this window, in another window or on "
               "another computer); undoing the edit would overwrite that change, so it was not "
               "undone.")
        .arg(what);
}

} // namespace binome::gui
