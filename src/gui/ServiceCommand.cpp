#include "ServiceCommand.h"

#include "Workspace.h"

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

} // namespace binome::gui
