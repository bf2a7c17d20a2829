#include "PairingPage.h"

#include "ChooseMentorDialog.h"
#include "Icons.h"
#include "PairingModels.h"
#include "RunBinomesDialog.h"
#include "ServiceCommand.h"
#include "Workspace.h"
#include "ui_PairingPage.h"

#include "binome/services/ParticipantService.h"

#include <QHash>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace binome::gui {

void PairingPage::reloadExclusions() {
    m_ui->exclusionsList->clear();
    if (!m_workspace.hasDatabase() || programId() <= 0)
        return;
    const auto exclusions = PairingService(m_workspace.database()).exclusions(programId());
    const auto everyone = ParticipantService(m_workspace.database()).list();
    if (!exclusions || !everyone)
        return;
    QHash<qint64, QString> names;
    for (const Participant& p : *everyone)
        names.insert(p.id, p.fullName());
    for (const PersonPair& pair : *exclusions) {
        auto* item = new QListWidgetItem(
            tr("%1 never mentors %2").arg(names.value(pair.first), names.value(pair.second)),
            m_ui->exclusionsList);
        item->setData(Qt::UserRole, pair.first);
        item->setData(Qt::UserRole + 1, pair.second);
    }
    m_ui->bottomTabs->setTabText(m_ui->bottomTabs->indexOf(m_ui->exclusionsTab),
                                 tr("Exclusions (%1)").arg(exclusions->size()));
    m_ui->liftExclusionButton->setEnabled(!exclusions->isEmpty());
}

void PairingPage::liftExclusion() {
    const QListWidgetItem* item = m_ui->exclusionsList->currentItem();
    if (!item)
        return;
    setExcluded({item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toLongLong()},
                false);
}

void PairingPage::setExcluded(const PersonPair& pair, bool excluded) {
    Workspace& workspace = m_workspace;
    const qint64 program = programId();
    const auto step = [&workspace, program, pair](bool value) {
        return [&workspace, program, pair, value]() -> Status {
            return PairingService(workspace.database()).setExcluded(program, pair, value);
        };
    };
    m_workspace.undoStack()->push(new ServiceCommand(
        m_workspace, excluded ? tr("Exclude a pair") : tr("Lift an exclusion"), step(excluded),
        step(!excluded), [&workspace] { workspace.notifyChanged(Workspace::Binomes); }));
}

void PairingPage::selectSenior(qint64 seniorId) {
    const int row = m_proposals->rowOfSenior(seniorId);
    if (row < 0)
        return;
    const QModelIndex index = m_proposalsProxy->mapFromSource(m_proposals->index(row, 0));
    m_ui->proposalsView->selectRow(index.row());
    m_ui->proposalsView->scrollTo(index);
}

const ProposedBinome* PairingPage::selected() const {
    const QModelIndexList rows = m_ui->proposalsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_proposalsProxy->mapToSource(rows.first()).row();
    return row >= 0 && row < m_proposals->binomes().size() ? &m_proposals->binomes()[row] : nullptr;
}

void PairingPage::showSelection() {
    const ProposedBinome* b = selected();
    // A confirmed binôme is kept as it is: it ends on the Follow-up page, not here.
    const bool editable = b != nullptr && !b->confirmed;
    m_ui->lockButton->setEnabled(editable);
    m_ui->chooseMentorButton->setEnabled(editable);
    m_ui->excludeButton->setEnabled(editable);
    m_ui->swapButton->setEnabled(editable && m_ui->alternativesList->currentRow() >= 0);
    if (!b) {
        m_ui->detailsTitle->setText(m_proposal
                                        ? tr("Select a binôme to see why it is proposed.")
                                        : tr("Choose the participants, then propose binômes."));
        m_ui->explanationBrowser->clear();
        const QSignalBlocker blocker(m_ui->alternativesList);
        m_ui->alternativesList->clear();
        return;
    }
    m_ui->lockButton->setText(b->locked ? tr("Unl&ock") : tr("L&ock"));
    m_ui->lockButton->setIcon(icon(b->locked ? u"unlock"_s : u"lock"_s));
    m_ui->detailsTitle->setTextFormat(Qt::PlainText);
    m_ui->detailsTitle->setText(
        tr("%1 mentors %2").arg(b->junior.fullName(), b->senior.fullName()));
    QString html = u"<p><b>%1</b></p><ul>"_s.arg(
        std::isfinite(b->score) ? tr("Score %1 / 100").arg(QLocale().toString(b->score, 'f', 1))
                                : tr("Locked although it breaks a rule"));
    if (b->confirmed)
        html.prepend(u"<p><i>%1</i></p>"_s.arg(
            tr("A confirmed binôme, kept as it is. To end it, open it on the Follow-up page.")
                .toHtmlEscaped()));
    const QStringList lines = PairingService::describe(*b);
    for (const QString& line : lines)
        html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
    html += u"</ul>"_s;
    m_ui->explanationBrowser->setHtml(html);
    const int current = m_ui->alternativesList->currentRow();
    const QSignalBlocker blocker(m_ui->alternativesList);
    m_ui->alternativesList->clear();
    for (const auto& [junior, score] : b->alternatives) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(junior.fullName(), QLocale().toString(score, 'f', 1)));
        item->setData(Qt::UserRole, junior.id);
        m_ui->alternativesList->addItem(item);
    }
    if (current >= 0 && current < m_ui->alternativesList->count())
        m_ui->alternativesList->setCurrentRow(current);
}

void PairingPage::toggleLock() {
    const ProposedBinome* b = selected();
    if (!b)
        return;
    m_locks.toggle({b->junior.id, b->senior.id});
    run();
}

void PairingPage::excludeSelected() {
    const ProposedBinome* b = selected();
    if (!b)
        return;
    const PersonPair pair{b->junior.id, b->senior.id};
    m_locks.lift(pair);
    setExcluded(pair, true); // the change signal runs the proposal again
}

void PairingPage::swapToAlternative() {
    const ProposedBinome* b = selected();
    const QListWidgetItem* item = m_ui->alternativesList->currentItem();
    if (!b || !item)
        return;
    const qint64 seniorId = b->senior.id;
    const qint64 juniorId = item->data(Qt::UserRole).toLongLong();
    m_ui->alternativesList->setCurrentRow(-1); // refills the list: item is gone after this
    setMentor(seniorId, juniorId);
}

void PairingPage::setMentor(qint64 seniorId, qint64 juniorId) {
    // HR's exclusions win: lifting one is a decision of its own, on the Exclusions tab.
    if (const auto exclusions = PairingService(m_workspace.database()).exclusions(programId());
        exclusions && exclusions->contains(PersonPair{juniorId, seniorId})) {
        m_workspace.reportError(tr("HR excluded this pair. Lift the exclusion on the Exclusions "
                                   "tab first if they should be paired after all."));
        return;
    }
    m_locks.setMentor(seniorId, juniorId);
    run();
    selectSenior(seniorId);
}

void PairingPage::chooseMentor() {
    const ProposedBinome* b = selected();
    if (!b)
        return;
    const auto candidates =
        PairingService(m_workspace.database()).candidates(programId(), settings(), b->senior.id);
    if (!candidates) {
        m_workspace.reportError(candidates.error());
        return;
    }
    auto* dialog = new ChooseMentorDialog(b->senior, *candidates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->choose(b->junior.id);
    const qint64 seniorId = b->senior.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, seniorId] {
        if (const qint64 junior = dialog->chosenJuniorId())
            setMentor(seniorId, junior);
    });
    dialog->open();
}

RunBinomesDialog* PairingPage::openSelectedRun() {
    const QModelIndex current = m_ui->historyView->currentIndex();
    if (!current.isValid())
        return nullptr;
    return openRun(m_history->rows().value(current.row()).id);
}

RunBinomesDialog* PairingPage::openRun(qint64 runId) {
    const QList<PairingRun>& runs = m_history->rows();
    const auto found = std::find_if(runs.begin(), runs.end(),
                                    [runId](const PairingRun& r) { return r.id == runId; });
    if (!m_workspace.hasDatabase() || found == runs.end())
        return nullptr;
    auto* dialog = new RunBinomesDialog(m_workspace, *found, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace binome::gui
