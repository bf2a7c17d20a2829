#pragma once

#include "binome/services/SessionImportService.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ImportSessionsDialog;
}

namespace binome::gui {

class Workspace;

/// Shows what importing a session sheet would do, row by row, and every problem in it, before
/// anything is written. Import stays disabled while the sheet has a problem; Edit › Undo takes
/// the whole import back.
class ImportSessionsDialog final : public QDialog {
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        ActionColumn,
        DateColumn,
        StateColumn,
        MinutesColumn,
        ModeColumn,
        JuniorColumn,
        SeniorColumn,
        SkillsColumn,
        NotesColumn,
        ColumnCount
    };

    ImportSessionsDialog(Workspace& workspace, QString path, QWidget* parent = nullptr);
    ~ImportSessionsDialog() override;

    const SessionImportReport& report() const { return m_report; }
    /// Writes the sheet (read and checked again); closes the dialog on success.
    void runImport();

    /// The most rows the preview table shows (those with a problem first).
    static constexpr qsizetype MaxRowsShown = 2000;

private:
    void showReport();

    const std::unique_ptr<Ui::ImportSessionsDialog> m_ui;
    Workspace& m_workspace;
    QString m_path;
    SessionImportReport m_report;
    QPushButton* m_importButton;
};

} // namespace binome::gui
