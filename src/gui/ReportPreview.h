#pragma once

#include "binome/domain/Result.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace binome {
class ReportDocument;
}

namespace binome::gui {

/// Paints a whole report on a printer or a PDF writer (e.g. ReportDocument::paint).
using ReportPainter = std::function<Status(QPagedPaintDevice&)>;

/// A preview of the report before it goes anywhere: QPrintPreviewDialog on A4, whose print
/// button prints it, plus a "Save PDF…" button that asks where (starting from
/// `suggestedFileName` in the documents folder) and writes the PDF. Modal.
void previewReport(QWidget* parent, const ReportDocument& report, const QString& suggestedFileName);
void previewReport(QWidget* parent, const QString& title, const ReportPainter& painter,
                   const QString& suggestedFileName);

/// Asks for a file name (starting from `suggestedFileName`) and writes the PDF there; a failure
/// is shown in a message box. Returns the path written, or empty if cancelled or failed.
QString saveReportPdfAs(QWidget* parent, const ReportPainter& painter,
                        const QString& suggestedFileName);

/// Writes the PDF to `path` atomically, readable by its owner only: what "Save PDF…" does
/// once the name is chosen (tests call it directly).
Status writeReportPdf(const ReportPainter& painter, const QString& path);

} // namespace binome::gui
