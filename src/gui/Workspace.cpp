#include "Workspace.h"

namespace binome::gui {

Workspace::Workspace(QObject* parent)
    : QObject(parent) {}

Workspace::~Workspace() {
    m_undoStack.clear();
}

void Workspace::setDatabase(std::unique_ptr<Database> database) {
    m_undoStack.clear();
    m_database = std::move(database);
    Q_EMIT databaseChanged();
    Q_EMIT changed(Everything);
}

} // namespace binome::gui
