#include "ImportDialog.h"

#include "Icons.h"
#include "ImportPreviewModel.h"
#include "ImportProgressDialog.h"
#include "ServiceCommand.h"
#include "SortProxy.h"
#include "Workspace.h"
#include "ui_ImportDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace binome::gui {

ImportDialog::ImportDialog(Workspace& workspace, QString path, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_workspace(workspace)
    , m_path(std::move(path))
    , m_model(new ImportPreviewModel(this))
    , m_proxy(new SortProxy(this)) {
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->previewView->setModel(m_proxy);
    m_ui->previewView->verticalHeader()->hide();
    m_ui->previewView->horizontalHeader()->setStretchLastSection(true);
    m_ui->previewView->sortByColumn(ImportPreviewModel::LineColumn, Qt::AscendingOrder);
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setIcon(icon(u"import"_s));
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->fileLabel->setTextFormat(Qt::PlainText);
    m_ui->fileLabel->setText(
        tr("File: %1").arg(QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath())));
    {
        // Not shown yet: the progress goes over the window that opened it.
        ImportProgressDialog progress(parentWidget(), QFileInfo(m_path).fileName());
        m_report = ImportService(m_workspace.database()).preview(m_path, progress.callbacks());
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

ImportDialog::~ImportDialog() = default;

void ImportDialog::showReport() {
    m_model->setReport(m_report); // a wrong value shown as written, in red, its problem as tooltip
    m_ui->previewView->resizeColumnsToContents();
    if (m_report.ok()) {
        m_ui->summaryLabel->setText(
            tr("Ready to import %n participant(s): %1 new, %2 updated, %3 unchanged.", nullptr,
               static_cast<int>(m_report.rows.size()))
                .arg(m_report.count(ImportAction::Create))
                .arg(m_report.count(ImportAction::Update))
                .arg(m_report.count(ImportAction::Unchanged)));
        m_ui->problemsEdit->hide();
    } else {
        m_ui->summaryLabel->setText(
            tr("%n problem(s) found: nothing will be imported until the file is corrected.",
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
    m_importButton->setEnabled(m_report.ok() && !m_report.rows.isEmpty());
}

void ImportDialog::runImport() {
    ImportReport result;
    {
        ImportProgressDialog progress(this, QFileInfo(m_path).fileName());
        result = ImportService(m_workspace.database()).run(m_path, progress.callbacks());
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
    // Written: Edit > Undo takes the whole import back, in one transaction.
    auto report = std::make_shared<ImportReport>(m_report);
    Workspace& workspace = m_workspace;
    auto* command = new ServiceCommand(
        m_workspace, tr("Import %1").arg(QFileInfo(m_path).fileName()),
        [&workspace, report]() -> Status {
            if (report->written)
                return {}; // the first time, the dialog has just written it
            return ImportService(workspace.database()).reapply(*report);
        },
        [&workspace, report]() -> Status {
            const Status status = ImportService(workspace.database()).revert(*report);
            if (status)
                report->written = false;
            return status;
        },
        [&workspace] { workspace.notifyParticipantsChanged(); });
    m_workspace.undoStack()->push(command);
    accept();
}

} // namespace binome::gui
