#pragma once

#include "binome/services/ImportService.h"

#include <QDialog>

#include <memory>

class QPushButton;
class QSortFilterProxyModel;

namespace Ui {
class ImportDialog;
}

namespace binome::gui {

class ImportPreviewModel;
class Workspace;

/// Shows what importing a file would do, and every problem in it, before anything is written.
/// The Import button only exists for a file without a single problem.
class ImportDialog final : public QDialog {
    Q_OBJECT

public:
    ImportDialog(Workspace& workspace, QString path, QWidget* parent = nullptr);
    ~ImportDialog() override;

    const ImportReport& report() const { return m_report; }
    /// Writes the file (it is read and checked again); closes the dialog on success.
    void runImport();

private:
    void showReport();

    const std::unique_ptr<Ui::ImportDialog> m_ui;
    Workspace& m_workspace;
    QString m_path;
    ImportReport m_report;
    ImportPreviewModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QPushButton* m_importButton;
};

} // namespace binome::gui
