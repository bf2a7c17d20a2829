#pragma once

#include "binome/storage/BackupFile.h"

#include <QDialog>
#include <QString>

#include <memory>

class QPushButton;

namespace Ui {
class RestoreDialog;
}

namespace binome::gui {

class Workspace;

/// File › Restore…: lists the backups of the open database (or takes another file), shows what
/// the chosen one holds, or why it cannot be restored, and restores it on Restore: the database
/// as it was is kept aside, every page reloads and the undo history is cleared.
class RestoreDialog final : public QDialog {
    Q_OBJECT

public:
    explicit RestoreDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    /// Checks `file` and shows what it holds, or why it cannot be restored.
    void selectFile(const QString& file);
    QString selectedFile() const { return m_file; }
    /// After a restore: what was done, in a sentence for the status bar.
    QString outcome() const { return m_outcome; }

    /// Restores the selected backup; on failure the dialog stays open and says why.
    void accept() override;

private:
    void fillBackups();
    void chooseOtherFile();
    void showContents(const BackupContents& contents);
    void showProblem(const QString& problem);

    const std::unique_ptr<Ui::RestoreDialog> m_ui;
    Workspace& m_workspace;
    QPushButton* m_restoreButton;
    QString m_file;
    QString m_outcome;
};

} // namespace binome::gui
