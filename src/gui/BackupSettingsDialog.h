#pragma once

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class BackupSettingsDialog;
}

namespace binome::gui {

/// File › Backup settings…: how many daily copies of a database are kept (0 turns them off),
/// and where they go for the open database. OK saves the setting.
class BackupSettingsDialog final : public QDialog {
    Q_OBJECT

public:
    /// `databasePath`: the open database (its folder of copies is shown), or empty.
    explicit BackupSettingsDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~BackupSettingsDialog() override;

    int rollingCount() const;
    void accept() override;

private:
    void updateHint();

    const std::unique_ptr<Ui::BackupSettingsDialog> m_ui;
};

} // namespace binome::gui
