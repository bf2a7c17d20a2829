#pragma once

#include "binome/domain/Result.h"

#include <QUndoCommand>

#include <functional>

namespace binome::gui {

class Workspace;

/// An undoable edit made of two service calls: one to do it, one to undo it. A failure is
/// reported to the user; the notification tells the pages to reload either way.
class ServiceCommand final : public QUndoCommand {
public:
    using Step = std::function<Status()>;

    ServiceCommand(Workspace& workspace, const QString& text, Step redo, Step undo,
                   std::function<void()> notify);

    void redo() override;
    void undo() override;

private:
    void run(const Step& step);

    Workspace& m_workspace;
    Step m_redo;
    Step m_undo;
    std::function<void()> m_notify;
};

} // namespace binome::gui
