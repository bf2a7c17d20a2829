#include "ReportPreview.h"

#include "binome/reports/ReportDocument.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QScreen>
#include <QStandardPaths>
#include <QTextDocument>
#include <QToolBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

QString suggestedPath(const QString& fileName) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? fileName : QDir(folder).filePath(fileName);
}

} // namespace

Status writeReportPdf(const ReportPainter& painter, const QString& path) {
    const auto cannotWrite = [&path](const QString& why) {
        return Error{QCoreApplication::translate("ReportPreview", "%1: cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), why)};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString why = file.errorString();
        file.cancelWriting();
        return cannotWrite(why);
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        if (const Status painted = painter(writer); !painted) {
            file.cancelWriting();
            return cannotWrite(painted.error());
        }
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return {};
}

QString saveReportPdfAs(QWidget* parent, const ReportPainter& painter,
                        const QString& suggestedFileName) {
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("ReportPreview", "Save the report as PDF"),
        suggestedPath(suggestedFileName),
        QCoreApplication::translate("ReportPreview", "PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (const Status written = writeReportPdf(painter, path); !written) {
        QMessageBox::warning(parent, QCoreApplication::translate("ReportPreview", "Save PDF"),
                             Qt::convertFromPlainText(written.error(), Qt::WhiteSpaceNormal));
        return {};
    }
    return path;
}

void previewReport(QWidget* parent, const QString& title, const ReportPainter& painter,
                   const QString& suggestedFileName) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(u"reportPreviewDialog"_s);
    dialog.setWindowTitle(QCoreApplication::translate("ReportPreview", "Preview: %1").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&dialog, &painter](QPrinter* target) {
                         if (const Status painted = painter(*target); !painted)
                             QMessageBox::warning(
                                 &dialog, QCoreApplication::translate("ReportPreview", "Print"),
                                 Qt::convertFromPlainText(painted.error(), Qt::WhiteSpaceNormal));
                     });
    if (auto* toolBar = dialog.findChild<QToolBar*>()) {
        toolBar->addSeparator();
        QAction* save =
            toolBar->addAction(QCoreApplication::translate("ReportPreview", "Save PDF…"));
        save->setObjectName(u"saveReportPdfAction"_s);
        QObject::connect(save, &QAction::triggered, &dialog,
                         [&dialog, &painter, suggestedFileName] {
                             if (!saveReportPdfAs(&dialog, painter, suggestedFileName).isEmpty())
                                 dialog.accept();
                         });
    }
    // As tall as the screen allows (a 1,280 × 720 laptop included), A4-shaped when it can be.
    const QRect screen =
        parent && parent->screen() ? parent->screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    const int height = std::min(1000, screen.height() - 40);
    dialog.resize(std::min(900, screen.width() - 40), height);
    dialog.exec();
}

void previewReport(QWidget* parent, const ReportDocument& report,
                   const QString& suggestedFileName) {
    const ReportPainter painter = [&report](QPagedPaintDevice& device) {
        return report.paint(device);
    };
    const QString title = report.context().isEmpty()
                              ? report.title()
                              : QCoreApplication::translate("ReportPreview", "%1 — %2")
                                    .arg(report.context(), report.title());
    previewReport(parent, title, painter, suggestedFileName);
}

} // namespace binome::gui
