#include "ImportDialog.h"

#include "ImportPreviewModel.h"
#include "ServiceCommand.h"
#include "Workspace.h"
#include "ui_ImportDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
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
    , m_proxy(new QSortFilterProxyModel(this)) {
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->previewView->setModel(m_proxy);
    m_ui->previewView->verticalHeader()->hide();
    m_ui->previewView->horizontalHeader()->setStretchLastSection(true);
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->fileLabel->setTextFormat(Qt::PlainText);
    m_ui->fileLabel->setText(
        tr("File: %1").arg(QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath())));
    m_report = ImportService(m_workspace.database()).preview(m_path);
    showReport();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::showReport() {
    QSet<int> problemLines;
    for (const ImportProblem& problem : std::as_const(m_report.problems))
        problemLines.insert(problem.line);
    m_model->setRows(m_report.rows, problemLines);
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
    m_importButton->setEnabled(m_report.ok() && !m_report.rows.isEmpty());
}

void ImportDialog::runImport() {
    m_report = ImportService(m_workspace.database()).run(m_path);
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
