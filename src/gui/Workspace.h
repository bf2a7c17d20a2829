#pragma once

#include "binome/storage/Database.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace binome::gui {

/// What the pages share: the open database, the undo stack, and signals telling every page
/// what changed so that it reloads.
class Workspace final : public QObject {
    Q_OBJECT

public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    /// Takes the database; clears the undo history; every page reloads.
    void setDatabase(std::unique_ptr<Database> database);
    bool hasDatabase() const { return m_database != nullptr; }
    const Database& database() const { return *m_database; }
    QUndoStack* undoStack() { return &m_undoStack; }

    void notifyParticipantsChanged() { Q_EMIT participantsChanged(); }
    void notifyCatalogChanged() { Q_EMIT catalogChanged(); }
    void notifyProgramsChanged() { Q_EMIT programsChanged(); }
    /// A failure the user should see (status bar and message box).
    void reportError(const QString& message) { Q_EMIT errorOccurred(message); }

Q_SIGNALS:
    void databaseChanged();
    void participantsChanged();
    void catalogChanged();
    void programsChanged();
    void errorOccurred(const QString& message);

private:
    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
};

} // namespace binome::gui
