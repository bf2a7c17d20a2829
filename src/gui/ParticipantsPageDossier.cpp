// The Participants page's right-of-access outputs: everything held about one person, as a PDF
// report or a JSON file (GDPR article 15).
#include "ParticipantsPage.h"

#include "Icons.h"
#include "ParticipantTableModel.h"
#include "ReportPreview.h"
#include "Workspace.h"
#include "ui_ParticipantsPage.h"

#include "binome/exchange/ParticipantDossierFile.h"
#include "binome/reports/ParticipantReport.h"
#include "binome/reports/ReportDocument.h"
#include "binome/services/ParticipantDossierService.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

/// "dossier-martin-dupont": letters and digits of the name only.
QString dossierFileBase(const ParticipantDossier& dossier) {
    QString name = dossier.person.fullName().toLower();
    for (QChar& c : name)
        if (!c.isLetterOrNumber())
            c = u'-';
    return u"dossier-"_s + name;
}

} // namespace

void ParticipantsPage::buildDossierMenu() {
    auto* menu = new QMenu(this);
    menu->addAction(icon(u"report"_s), tr("&Report (PDF)…"), this,
                    &ParticipantsPage::showDossierReport);
    menu->addAction(icon(u"export"_s), tr("&All their data (JSON)…"), this,
                    &ParticipantsPage::exportDossierJson);
    m_ui->dossierButton->setMenu(menu);
}

void ParticipantsPage::showDossierReport() {
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1 || !m_workspace.hasDatabase())
        return;
    const auto dossier =
        ParticipantDossierService(m_workspace.database()).build(ids.first(), QDate::currentDate());
    if (!dossier) {
        m_workspace.reportError(dossier.error());
        return;
    }
    previewReport(this, participantReport(*dossier), dossierFileBase(*dossier) + u".pdf"_s);
}

void ParticipantsPage::exportDossierJson() {
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1 || !m_workspace.hasDatabase())
        return;
    const Participant* person = m_model->participant(ids.first());
    QString base = u"dossier"_s;
    if (person) {
        ParticipantDossier named;
        named.person = *person;
        base = dossierFileBase(named);
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save all the data held about this person"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(base + u".json"_s),
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (exportDossierJsonTo(path))
        QMessageBox::information(
            this, tr("Personal data"),
            Qt::convertFromPlainText(tr("Written to %1.").arg(QDir::toNativeSeparators(path)),
                                     Qt::WhiteSpaceNormal));
}

bool ParticipantsPage::exportDossierJsonTo(const QString& path) {
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1 || !m_workspace.hasDatabase())
        return false;
    const auto dossier =
        ParticipantDossierService(m_workspace.database()).build(ids.first(), QDate::currentDate());
    if (!dossier) {
        m_workspace.reportError(dossier.error());
        return false;
    }
    if (const Status written = writeDossierFile(path, *dossier); !written) {
        m_workspace.reportError(written.error());
        return false;
    }
    return true;
}

} // namespace binome::gui
