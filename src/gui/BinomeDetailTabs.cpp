#include "BinomeDetailDialog.h"
#include "BinomeDetailSupport.h"

#include "Workspace.h"
#include "ui_BinomeDetailDialog.h"

#include "binome/services/ObjectiveService.h"

#include <QBrush>
#include <QFont>
#include <QHash>
#include <QHeaderView>
#include <QTableWidget>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

using binomedetail::attentionColour;
using binomedetail::dateText;

QString ratingText(const std::optional<int>& rating) {
    return rating ? u"%1/%2"_s.arg(*rating).arg(MaxRating) : u"–"_s;
}

bool isLow(const std::optional<int>& rating) {
    return rating && *rating <= LowRating;
}

QTableWidgetItem* item(const QString& text, qint64 id = 0) {
    auto* cell = new QTableWidgetItem(text);
    if (id != 0)
        cell->setData(Qt::UserRole, id);
    return cell;
}

void finishTable(QTableWidget* table) {
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

qint64 BinomeDetailDialog::selectedId(const QTableWidget* table) {
    const QList<QTableWidgetItem*> items = table->selectedItems();
    for (const QTableWidgetItem* cell : items) {
        if (cell->column() == 0)
            return cell->data(Qt::UserRole).toLongLong();
    }
    return 0;
}

void BinomeDetailDialog::select(QTableWidget* table, qint64 id) {
    for (int row = 0; id != 0 && row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            table->selectRow(row);
            return;
        }
    }
}

void BinomeDetailDialog::fillObjectives() {
    QTableWidget* table = m_ui->objectivesTable;
    const qint64 keep = selectedId(table);
    const QList<Objective>& objectives = m_detail->objectives;
    table->clearContents();
    table->setRowCount(static_cast<int>(objectives.size()));
    for (int row = 0; row < objectives.size(); ++row) {
        const Objective& o = objectives.at(row);
        auto* skill = item(skillName(o.skillId), o.id);
        skill->setToolTip(skillCode(o.skillId));
        table->setItem(row, 0, skill);
        table->setItem(row, 1, item(learnerDisplayName(o.learner)));
        const std::optional<int> now = currentLevel(o.learner, o.skillId);
        table->setItem(
            row, 2,
            item(now ? tr("%1 → %2 (now %3)").arg(o.startLevel).arg(o.targetLevel).arg(*now)
                     : tr("%1 → %2").arg(o.startLevel).arg(o.targetLevel)));
        auto* due = item(dateText(o.dueDate));
        if (o.dueDate.isValid() && o.dueDate < today() && !isClosed(o.status)) {
            due->setForeground(attentionColour);
            due->setToolTip(tr("Overdue"));
        }
        table->setItem(row, 3, due);
        table->setItem(row, 4, item(objectiveStatusDisplayName(o.status)));
        auto* description = item(o.description.section(u'\n', 0, 0));
        description->setToolTip(Qt::convertFromPlainText(o.description));
        table->setItem(row, 5, description);
    }
    finishTable(table);
    select(table, keep);
    m_ui->tabs->setTabText(ObjectivesTab, tr("Ob&jectives (%1)").arg(objectives.size()));
}

void BinomeDetailDialog::fillResources() {
    QStringList paragraphs;
    QList<qint64> seen;
    const ObjectiveService service(m_workspace.database());
    for (const Objective& o : m_detail->objectives) {
        if (seen.contains(o.skillId))
            continue;
        seen << o.skillId;
        const auto resources = service.resources(o.skillId);
        if (!resources || resources->isEmpty())
            continue;
        QStringList links;
        for (const LearningResource& r : *resources) {
            links << (r.url.isEmpty() ? r.title.toHtmlEscaped()
                                      : u"<a href=\"%1\">%2</a>"_s.arg(r.url.toHtmlEscaped(),
                                                                       r.title.toHtmlEscaped()));
        }
        paragraphs << u"<p><b>%1</b>: %2</p>"_s.arg(skillName(o.skillId).toHtmlEscaped(),
                                                    links.join(u" · "_s));
    }
    if (paragraphs.isEmpty())
        paragraphs << u"<p>%1</p>"_s.arg(
            tr("No learning resource is attached to these skills yet.").toHtmlEscaped());
    m_ui->resourcesBrowser->setHtml(paragraphs.join(QString()));
}

void BinomeDetailDialog::fillSessions() {
    QTableWidget* table = m_ui->sessionsTable;
    const qint64 keep = selectedId(table);
    const QList<Session>& sessions = m_detail->sessions;
    table->clearContents();
    table->setRowCount(static_cast<int>(sessions.size()));
    int held = 0;
    for (int row = 0; row < sessions.size(); ++row) {
        const Session& s = sessions.at(row);
        held += s.planned ? 0 : 1;
        QStringList skills;
        for (qint64 id : s.skillIds)
            skills << skillName(id);
        QList<QTableWidgetItem*> cells = {
            item(dateText(s.date), s.id),
            item(s.planned ? tr("Planned") : tr("Held")),
            item(tr("%n min", nullptr, s.minutes)),
            item(sessionModeDisplayName(s.mode)),
            item(skills.join(u", "_s)),
            item(u"%1, %2"_s.arg(ratingText(s.menteeRating), ratingText(s.mentorRating))),
            item(s.notes.section(u'\n', 0, 0)),
            item(s.nextSteps.section(u'\n', 0, 0)),
        };
        cells[2]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        cells[6]->setToolTip(Qt::convertFromPlainText(s.notes));
        cells[7]->setToolTip(Qt::convertFromPlainText(s.nextSteps));
        if (isLow(s.menteeRating) || isLow(s.mentorRating)) {
            cells[5]->setForeground(attentionColour);
            cells[5]->setToolTip(tr("Low rating"));
        }
        for (int column = 0; column < cells.size(); ++column) {
            if (s.planned) {
                QFont font = cells[column]->font();
                font.setItalic(true);
                cells[column]->setFont(font);
            }
            table->setItem(row, column, cells[column]);
        }
    }
    finishTable(table);
    select(table, keep);
    m_ui->tabs->setTabText(SessionsTab, tr("Sess&ions (%1)").arg(held));
}

void BinomeDetailDialog::fillDebriefs() {
    QTableWidget* table = m_ui->debriefsTable;
    const qint64 keep = selectedId(table);
    const QList<Debrief>& debriefs = m_detail->debriefs;
    QHash<qint64, const Objective*> objectives;
    for (const Objective& o : m_detail->objectives)
        objectives.insert(o.id, &o);
    table->clearContents();
    table->setRowCount(static_cast<int>(debriefs.size()));
    for (int row = 0; row < debriefs.size(); ++row) {
        const Debrief& d = debriefs.at(row);
        QStringList reviews;
        for (const ObjectiveReview& review : d.reviews) {
            const Objective* o = objectives.value(review.objectiveId);
            const QString skill = o ? skillName(o->skillId) : tr("removed objective");
            reviews << (review.newLevel
                            ? tr("%1: level %2, %3")
                                  .arg(skill)
                                  .arg(*review.newLevel)
                                  .arg(objectiveStatusDisplayName(review.status))
                            : tr("%1: %2").arg(skill, objectiveStatusDisplayName(review.status)));
        }
        auto* reviewed = item(reviews.join(u"; "_s));
        reviewed->setToolTip(Qt::convertFromPlainText(reviews.join(u'\n')));
        auto* satisfaction = item(
            u"%1, %2"_s.arg(ratingText(d.menteeSatisfaction), ratingText(d.mentorSatisfaction)));
        if (isLow(d.menteeSatisfaction) || isLow(d.mentorSatisfaction))
            satisfaction->setForeground(attentionColour);
        auto* comments = item(d.comments.section(u'\n', 0, 0));
        comments->setToolTip(Qt::convertFromPlainText(d.comments));
        table->setItem(row, 0, item(dateText(d.date), d.id));
        table->setItem(row, 1, item(debriefKindDisplayName(d.kind)));
        table->setItem(row, 2, reviewed);
        table->setItem(row, 3, satisfaction);
        table->setItem(row, 4, comments);
    }
    finishTable(table);
    select(table, keep);
    m_ui->tabs->setTabText(DebriefsTab, tr("Debrie&fs (%1)").arg(debriefs.size()));
}

void BinomeDetailDialog::fillHistory() {
    QTableWidget* table = m_ui->historyTable;
    QList<QPair<const Participant*, const LevelRecord*>> records;
    for (const LevelRecord& r : m_detail->seniorHistory)
        records.append({&m_detail->senior, &r});
    for (const LevelRecord& r : m_detail->juniorHistory)
        records.append({&m_detail->junior, &r});
    table->clearContents();
    table->setRowCount(static_cast<int>(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const LevelRecord& r = *records.at(row).second;
        const QString name = skillName(r.skillId);
        auto* skill = item(name.isEmpty() ? r.skillCode : name, r.id);
        skill->setToolTip(r.skillCode);
        auto* level = item(QString::number(r.level));
        level->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 0, item(records.at(row).first->fullName()));
        table->setItem(row, 1, skill);
        table->setItem(row, 2, level);
        table->setItem(row, 3, item(dateText(r.date)));
        table->setItem(row, 4, item(levelSourceDisplayName(r.source)));
    }
    finishTable(table);
}

} // namespace binome::gui
