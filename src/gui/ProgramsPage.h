#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class ProgramsPage;
}

namespace binome::gui {

class EmptyState;
class EnrolmentDialog;
class ProgramTableModel;
class Workspace;

/// Opens the dialog choosing who takes part in the program (window-modal); on OK, enrols and
/// withdraws accordingly and tells every page. Null when the people cannot be read (reported).
EnrolmentDialog* chooseEnrolment(Workspace& workspace, qint64 programId, QWidget* parent);

/// Programs: cohorts with their dates and session cadence.
class ProgramsPage final : public QWidget {
    Q_OBJECT

public:
    explicit ProgramsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~ProgramsPage() override;

    ProgramTableModel* model() const { return m_model; }

public Q_SLOTS:
    void reload();
    void addProgram();
    void editSelected();
    void removeSelected();
    /// Chooses who takes part in the selected program.
    EnrolmentDialog* enrolParticipants();

Q_SIGNALS:
    /// The empty page's buttons when no database is open (the main window opens one).
    void openDemoRequested();
    void openDatabaseRequested();

private:
    /// Says what to do when the page is empty (no database open, no program) and when the
    /// selected program has nobody taking part.
    void updateEmptyState();
    qint64 selectedId() const;
    void selectProgram(qint64 id);
    void updateActions();
    void openDialog(qint64 id);

    const std::unique_ptr<Ui::ProgramsPage> m_ui;
    Workspace& m_workspace;
    ProgramTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    EmptyState* m_emptyState = nullptr;
    EmptyState* m_enrolmentState = nullptr;
};

} // namespace binome::gui
