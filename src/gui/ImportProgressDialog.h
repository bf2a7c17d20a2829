#pragma once

#include "binome/domain/Progress.h"

#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

namespace binome::gui {

/// The progress of an import as a modal dialog with Cancel (object name "importProgress"): it
/// appears once a step has run for half a second, and events are processed while it shows, so
/// that the window is redrawn and Cancel answers. The import itself runs in the GUI thread,
/// where the database connection lives (a Qt Sql connection must stay in its thread).
class ImportProgressDialog final {
public:
    /// `fileName` as the label shows it while reading.
    ImportProgressDialog(QWidget* parent, QString fileName);
    ~ImportProgressDialog();
    ImportProgressDialog(const ImportProgressDialog&) = delete;
    ImportProgressDialog& operator=(const ImportProgressDialog&) = delete;

    /// For the services: reading ("Reading FILE…", the bar in percent), then writing
    /// ("Importing… 12,000 of 100,000"). Each returns false once Cancel was pressed.
    ImportProgress callbacks();

private:
    bool update(qint64 done, qint64 total, const QString& label);

    QPointer<QProgressDialog> m_dialog;
    QString m_fileName;
};

} // namespace binome::gui
