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

/// The message of an undo (or, when not `undo`, a redo) refused because the record, named `what`
/// ("Claire Martin", "The session of 12/03/2027"), was changed after the edit (later in this
/// window, in another window or on another computer): it is not written over.
QString changedSinceMessage(const QString& what, bool undo = true);

} // namespace binome::gui
