#pragma once

#include "binome/storage/Database.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace binome::gui {

/// What the pages share: the open database, the undo stack, and the one signal telling every
/// page what changed so that it reloads.
class Workspace final : public QObject {
    Q_OBJECT

public:
    /// What an edit changed; every page reloads what it shows of these.
    enum Change {
        Participants = 1,
        Catalog = 2,
        Programs = 4,
        Binomes = 8,   ///< binômes' lifecycle, pairing confirmations
        FollowUp = 16, ///< objectives, sessions, debriefs, levels
        Everything = 31,
    };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    /// Takes the database; clears the undo history; every page reloads.
    void setDatabase(std::unique_ptr<Database> database);
    bool hasDatabase() const { return m_database != nullptr; }
    const Database& database() const { return *m_database; }
    QUndoStack* undoStack() { return &m_undoStack; }

    /// Tells every page; `what` may combine several changes.
    void notifyChanged(Changes what) { Q_EMIT changed(what); }
    void notifyParticipantsChanged() { notifyChanged(Participants); }
    void notifyCatalogChanged() { notifyChanged(Catalog); }
    void notifyProgramsChanged() { notifyChanged(Programs); }
    void notifyBinomesChanged() { notifyChanged(Binomes); }
    void notifyFollowUpChanged() { notifyChanged(FollowUp); }
    /// A failure the user should see (status bar and message box).
    void reportError(const QString& message) { Q_EMIT errorOccurred(message); }

Q_SIGNALS:
    /// A database was opened (then `changed(Everything)` follows).
    void databaseChanged();
    /// The one change signal every page follows.
    void changed(binome::gui::Workspace::Changes what);
    void errorOccurred(const QString& message);

private:
    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
};

} // namespace binome::gui

Q_DECLARE_OPERATORS_FOR_FLAGS(binome::gui::Workspace::Changes)
