#include "ImportSessionsDialog.h"

#include "Icons.h"
#include "ImportProgressDialog.h"
#include "ServiceCommand.h"
#include "Workspace.h"
#include "ui_ImportSessionsDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace binome::gui {

ImportSessionsDialog::ImportSessionsDialog(Workspace& workspace, QString path, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportSessionsDialog>())
    , m_workspace(workspace)
    , m_path(std::move(path)) {
    m_ui->setupUi(this);
    setObjectName(u"ImportSessionsDialog"_s);
    m_ui->previewView->setColumnCount(ColumnCount);
    m_ui->previewView->setHorizontalHeaderLabels(
        {tr("Line"), tr("Action"), tr("Date"), tr("Held or planned"), tr("Minutes"), tr("Mode"),
         tr("Junior"), tr("Senior"), tr("Skills"), tr("Notes")});
    m_ui->previewView->verticalHeader()->hide();
    m_ui->previewView->horizontalHeader()->setStretchLastSection(true);
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setIcon(icon(u"import"_s));
    connect(m_importButton, &QPushButton::clicked, this, &ImportSessionsDialog::runImport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->fileLabel->setTextFormat(Qt::PlainText);
    m_ui->fileLabel->setText(
        tr("File: %1").arg(QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath())));
    {
        // Not shown yet: the progress goes over the window that opened it.
        ImportProgressDialog progress(parentWidget(), QFileInfo(m_path).fileName());
        m_report =
            SessionImportService(m_workspace.database()).preview(m_path, progress.callbacks());
    }
    // A file without UTF-8 is read as Windows-1252: say so, the accents are worth a look.
    if (const QString note = m_report.encodingNote; !note.isEmpty()) {
        auto* encodingLabel =
            new QLabel(tr("Note: %1. Check that the accents look right below.").arg(note), this);
        encodingLabel->setObjectName(u"encodingLabel"_s);
        encodingLabel->setTextFormat(Qt::PlainText);
        encodingLabel->setWordWrap(true);
        m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->fileLabel) + 1,
                                       encodingLabel);
    }
    showReport();
}

ImportSessionsDialog::~ImportSessionsDialog() = default;

void ImportSessionsDialog::showReport() {
    const QSet<int> problemLines = m_report.problemLines();
    // A large sheet shows its first rows, those with a problem first: every problem is listed
    // below the table anyway, and a table item per cell of 500,000 rows would not fit.
    QList<qsizetype> shown;
    for (qsizetype i = 0; i < m_report.rows.size() && shown.size() < MaxRowsShown; ++i) {
        if (problemLines.contains(m_report.rows.at(i).line))
            shown << i;
    }
    for (qsizetype i = 0; i < m_report.rows.size() && shown.size() < MaxRowsShown; ++i) {
        if (!problemLines.contains(m_report.rows.at(i).line))
            shown << i;
    }
    QTableWidget* view = m_ui->previewView;
    view->setSortingEnabled(false);
    view->clearContents();
    view->setRowCount(static_cast<int>(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const SessionImportRow& r = m_report.rows.at(shown.at(row));
        const Session& s = r.session;
        const bool problem = problemLines.contains(r.line);
        const QString action = problem                                      ? tr("Problem")
                               : r.action == SessionImportAction::Unchanged ? tr("Already there")
                                                                            : tr("New");
        auto* line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, r.line);
        view->setItem(row, LineColumn, line);
        view->setItem(row, ActionColumn, new QTableWidgetItem(action));
        auto* date = new QTableWidgetItem(QLocale().toString(s.date, QLocale::ShortFormat));
        date->setData(Qt::UserRole, s.date);
        view->setItem(row, DateColumn, date);
        view->setItem(row, StateColumn,
                      new QTableWidgetItem(s.planned ? tr("Planned") : tr("Held")));
        auto* minutes = new QTableWidgetItem;
        minutes->setData(Qt::DisplayRole, s.minutes);
        view->setItem(row, MinutesColumn, minutes);
        view->setItem(row, ModeColumn, new QTableWidgetItem(sessionModeDisplayName(s.mode)));
        view->setItem(row, JuniorColumn,
                      new QTableWidgetItem(r.juniorName.isEmpty() ? r.juniorEmail : r.juniorName));
        view->setItem(row, SeniorColumn,
                      new QTableWidgetItem(r.seniorName.isEmpty() ? r.seniorEmail : r.seniorName));
        view->setItem(row, SkillsColumn, new QTableWidgetItem(r.skillCodes.join(u", "_s)));
        view->setItem(row, NotesColumn, new QTableWidgetItem(s.notes.simplified()));
        if (problem) {
            for (int column = 0; column < ColumnCount; ++column)
                view->item(row, column)->setForeground(QColor(0xb0, 0x00, 0x20));
        }
    }
    view->setSortingEnabled(true);
    view->sortByColumn(LineColumn, Qt::AscendingOrder);
    view->resizeColumnsToContents();

    const int adding = m_report.count(SessionImportAction::Add);
    if (m_report.ok()) {
        QString summary = tr("Ready to import %n session(s): %1 new, %2 already there.", nullptr,
                             static_cast<int>(m_report.rows.size()))
                              .arg(adding)
                              .arg(m_report.count(SessionImportAction::Unchanged));
        if (shown.size() < m_report.rows.size())
            summary +=
                u' ' + tr("The table shows the first %1.").arg(QLocale().toString(shown.size()));
        m_ui->summaryLabel->setText(summary);
        m_ui->problemsEdit->hide();
    } else {
        m_ui->summaryLabel->setText(
            tr("%n problem(s) found: nothing will be imported until the sheet is corrected.",
               nullptr, static_cast<int>(m_report.problems.size())));
        QStringList lines;
        for (const ImportProblem& problem : std::as_const(m_report.problems))
            lines << problem.toString();
        m_ui->problemsEdit->setPlainText(lines.join(u'\n'));
        m_ui->problemsEdit->show();
    }
    if (m_report.cancelled) {
        m_ui->summaryLabel->setText(tr("Cancelled: nothing was imported."));
        m_ui->problemsEdit->hide();
    }
    m_importButton->setEnabled(m_report.ok() && adding > 0);
}

void ImportSessionsDialog::runImport() {
    SessionImportReport result;
    {
        ImportProgressDialog progress(this, QFileInfo(m_path).fileName());
        result = SessionImportService(m_workspace.database()).run(m_path, progress.callbacks());
    }
    if (result.cancelled) {
        // Nothing was written: the preview stays, and Import may be pressed again.
        m_ui->summaryLabel->setText(tr("Cancelled: nothing was imported."));
        return;
    }
    m_report = std::move(result);
    if (!m_report.written) {
        showReport();
        return;
    }
    // Written: Edit › Undo takes the whole import back, in one transaction.
    auto report = std::make_shared<SessionImportReport>(m_report);
    Workspace& workspace = m_workspace;
    auto* command = new ServiceCommand(
        m_workspace, tr("Import the sessions of %1").arg(QFileInfo(m_path).fileName()),
        [&workspace, report]() -> Status {
            if (report->written)
                return {}; // the first time, the dialog has just written it
            return SessionImportService(workspace.database()).reapply(*report);
        },
        [&workspace, report]() -> Status {
            const Status status = SessionImportService(workspace.database()).revert(*report);
            if (status)
                report->written = false;
            return status;
        },
        [&workspace] { workspace.notifyFollowUpChanged(); });
    m_workspace.undoStack()->push(command);
    accept();
}

} // namespace binome::gui
