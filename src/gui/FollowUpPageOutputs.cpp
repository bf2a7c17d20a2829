// The Follow-up page's outputs: the program's reports (PDF) and its exports (spreadsheets,
// calendar).
#include "FollowUpPage.h"

#include "Icons.h"
#include "ReportPreview.h"
#include "TableExport.h"
#include "Workspace.h"
#include "ui_FollowUpPage.h"

#include "binome/reports/IntroductionLetters.h"
#include "binome/reports/ProgramReport.h"
#include "binome/reports/ReportDocument.h"
#include "binome/services/ProgramExportService.h"
#include "binome/services/ReportService.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace binome::gui {

void FollowUpPage::buildOutputMenus() {
    auto* reports = new QMenu(this);
    reports->addAction(icon(u"report"_s), tr("&Program report (PDF)…"), this,
                       &FollowUpPage::showProgramReport);
    reports->addAction(icon(u"letter"_s), tr("&Introduction letters (PDF)…"), this,
                       &FollowUpPage::showIntroductionLetters);
    reports->addAction(icon(u"report"_s), tr("&List of the confirmed binômes (PDF)…"), this,
                       &FollowUpPage::showConfirmedBinomes);
    m_ui->reportButton->setMenu(reports);

    auto* exports = new QMenu(this);
    exports->addAction(icon(u"table"_s), tr("&Binômes (spreadsheet)…"), this,
                       [this] { exportSpreadsheet(SpreadsheetKind::Binomes); });
    exports->addAction(icon(u"table"_s), tr("&Sessions (spreadsheet)…"), this,
                       [this] { exportSpreadsheet(SpreadsheetKind::Sessions); });
    exports->addAction(icon(u"table"_s), tr("&Objectives (spreadsheet)…"), this,
                       [this] { exportSpreadsheet(SpreadsheetKind::Objectives); });
    exports->addSeparator();
    exports->addAction(icon(u"calendar"_s), tr("Planned sessions as a &calendar (.ics)…"), this,
                       &FollowUpPage::exportCalendar);
    m_ui->exportButton->setMenu(exports);
}

void FollowUpPage::showProgramReport() {
    if (!m_workspace.hasDatabase() || programId() <= 0)
        return;
    const auto data = ReportService(m_workspace.database()).programData(programId(), today());
    if (!data) {
        m_workspace.reportError(data.error());
        return;
    }
    previewReport(this, programReport(*data), programReportFileName(*data));
}

void FollowUpPage::showIntroductionLetters() {
    if (!m_workspace.hasDatabase() || programId() <= 0)
        return;
    const auto letters = ReportService(m_workspace.database()).letters(programId(), today());
    if (!letters) {
        m_workspace.reportError(letters.error());
        return;
    }
    previewReport(this, introductionLettersReport(*letters),
                  tr("%1 - introduction letters.pdf").arg(m_ui->programCombo->currentText()));
}

void FollowUpPage::showConfirmedBinomes() {
    if (!m_workspace.hasDatabase() || programId() <= 0)
        return;
    const auto letters = ReportService(m_workspace.database()).letters(programId(), today());
    if (!letters) {
        m_workspace.reportError(letters.error());
        return;
    }
    previewReport(this, confirmedBinomesReport(*letters),
                  tr("%1 - confirmed binômes.pdf").arg(m_ui->programCombo->currentText()));
}

void FollowUpPage::exportSpreadsheet(SpreadsheetKind kind) {
    if (!m_workspace.hasDatabase() || programId() <= 0)
        return;
    const QString program = m_ui->programCombo->currentText();
    QString name;
    switch (kind) {
    case SpreadsheetKind::Binomes:
        name = tr("%1 - binômes").arg(program);
        break;
    case SpreadsheetKind::Sessions:
        name = tr("%1 - sessions").arg(program);
        break;
    case SpreadsheetKind::Objectives:
        name = tr("%1 - objectives").arg(program);
        break;
    case SpreadsheetKind::Participants:
        name = tr("participants");
        break;
    }
    const QString path = askSpreadsheetPath(this, name + u".csv"_s);
    if (path.isEmpty())
        return;
    const int written = exportSpreadsheetTo(kind, path);
    if (written >= 0)
        QMessageBox::information(
            this, tr("Export"),
            Qt::convertFromPlainText(tr("%n row(s) written to %1.", nullptr, written)
                                         .arg(QDir::toNativeSeparators(path)),
                                     Qt::WhiteSpaceNormal));
}

int FollowUpPage::exportSpreadsheetTo(SpreadsheetKind kind, const QString& path) {
    const auto written =
        TableExportService(m_workspace.database()).exportTable(kind, programId(), path, today());
    if (!written) {
        m_workspace.reportError(written.error());
        return -1;
    }
    return *written;
}

void FollowUpPage::exportCalendar() {
    if (!m_workspace.hasDatabase() || programId() <= 0)
        return;
    const QString name = m_ui->programCombo->currentText();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(name + u".ics"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the planned sessions"),
                                                      suggested, tr("Calendars (*.ics)"));
    if (path.isEmpty())
        return;
    const int written = exportCalendarTo(path);
    if (written >= 0)
        QMessageBox::information(
            this, tr("Export the planned sessions"),
            Qt::convertFromPlainText(tr("%n planned session(s) written to %1.", nullptr, written)
                                         .arg(QDir::toNativeSeparators(path)),
                                     Qt::WhiteSpaceNormal));
}

int FollowUpPage::exportCalendarTo(const QString& path) {
    const auto written =
        ProgramExportService(m_workspace.database())
            .exportProgramCalendar(programId(), path, QDateTime::currentDateTimeUtc());
    if (!written) {
        m_workspace.reportError(written.error());
        return -1;
    }
    return written->sessions;
}

} // namespace binome::gui
