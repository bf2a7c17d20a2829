#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ParticipantsPage;
}

namespace binome::gui {

class EmptyState;
class ParticipantFilterProxy;
class ParticipantTableModel;
class ParticipantDialog;
class Workspace;

/// The participants: a sortable, filterable table; add, edit, archive (all undoable); import
/// and export.
class ParticipantsPage final : public QWidget {
    Q_OBJECT

public:
    explicit ParticipantsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~ParticipantsPage() override;

    ParticipantTableModel* model() const { return m_model; }
    ParticipantFilterProxy* proxy() const { return m_proxy; }

public Q_SLOTS:
    void reload();
    /// Opens the dialog for a new participant (window-modal; saved when accepted).
    ParticipantDialog* addParticipant();
    ParticipantDialog* editSelected();
    void archiveSelected();
    /// Erases the selected archived participant for good, after asking (unless `ask` is false).
    bool eraseSelected(bool ask = true);
    void importParticipants();
    void exportParticipants();
    void focusFilter();
    /// Previews the selected person's right-of-access report (PDF).
    void showDossierReport();
    /// Asks where, then saves everything held about the selected person as JSON.
    void exportDossierJson();
    /// Saves it to `path`; false on failure (reported).
    bool exportDossierJsonTo(const QString& path);

Q_SIGNALS:
    /// The empty page's buttons when no database is open (the main window opens one).
    void openDemoRequested();
    void openDatabaseRequested();

private:
    /// Says what to do when the page is empty: no database open, nobody yet.
    void updateEmptyState();
    /// Delete: archives the selected people; erases one already archived, after asking.
    void deleteSelected();
    QList<qint64> selectedIds() const;
    /// Selects the participant `id` alone, makes them current and scrolls to them.
    void selectOnly(qint64 id);
    void updateActions();
    /// The Personal data button's menu.
    void buildDossierMenu();
    ParticipantDialog* openDialog(qint64 id);

    const std::unique_ptr<Ui::ParticipantsPage> m_ui;
    Workspace& m_workspace;
    ParticipantTableModel* m_model;
    ParticipantFilterProxy* m_proxy;
    bool m_columnsSized = false;
    EmptyState* m_emptyState = nullptr;
};

} // namespace binome::gui
