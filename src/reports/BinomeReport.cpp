// The binôme report: one pair, what it set out to learn and how far it got.
#include "binome/reports/BinomeReport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

QString orDash(const QString& text) {
    return text.trimmed().isEmpty() ? reportText::dash() : text;
}

QString skillName(const BinomeReportData& data, qint64 skillId) {
    return data.skillNames.value(skillId, QString::number(skillId));
}

const QList<LevelRecord>& historyOf(const BinomeReportData& data, Learner learner) {
    return learner == Learner::Senior ? data.detail.seniorHistory : data.detail.juniorHistory;
}

const Participant& learnerOf(const BinomeReportData& data, Learner learner) {
    return learner == Learner::Senior ? data.detail.senior : data.detail.junior;
}

/// The learner's level on the skill as of the report's day: the history's last record up to
/// that day, if any.
std::optional<int> currentLevel(const BinomeReportData& data, const Objective& objective) {
    const LevelRecord* latest = nullptr;
    for (const LevelRecord& record : historyOf(data, objective.learner))
        if (record.skillId == objective.skillId && record.date <= data.asOf &&
            (latest == nullptr || record.date > latest->date ||
             (record.date == latest->date && record.id > latest->id)))
            latest = &record;
    if (latest != nullptr)
        return latest->level;
    return std::nullopt;
}

ReportCard personCard(const QString& title, const Participant& person) {
    const auto t = [](const char* text) {
        return QCoreApplication::translate("BinomeReport", text);
    };
    return {QCoreApplication::translate("BinomeReport", "%1: %2", "a card's title: role, name")
                .arg(title, person.fullName()),
            {{t("Role"), roleDisplayName(person.role)},
             {t("Job title"), person.jobTitle},
             {t("Department and site"), QStringList{person.department, person.site}
                                            .filter(QRegularExpression(u"\\S"_s))
                                            .join(u" · "_s)},
             {t("E-mail"), person.email}}};
}

void addSummary(ReportDocument& report, const BinomeReportData& data) {
    const Binome& binome = data.detail.binome;
    const Program& program = data.detail.program;
    QList<std::pair<QString, QString>> lines{
        {QCoreApplication::translate("BinomeReport", "Program"), program.name},
        {QCoreApplication::translate("BinomeReport", "Status"),
         binomeStatusDisplayName(binome.status)},
        {QCoreApplication::translate("BinomeReport", "Started on"),
         reportText::date(binome.startDate)}};
    if (binome.status == BinomeStatus::Ended) {
        QString ended = reportText::date(binome.endDate);
        if (binome.endReason)
            ended += u" — "_s + endReasonDisplayName(*binome.endReason);
        if (!binome.endNote.trimmed().isEmpty())
            ended += u" ("_s + binome.endNote + u')';
        lines.append({QCoreApplication::translate("BinomeReport", "Ended on"), ended});
    }
    lines.append({QCoreApplication::translate("BinomeReport", "Expected rhythm"),
                  QCoreApplication::translate("BinomeReport", "a session every %n day(s)", nullptr,
                                              program.cadenceDays)});
    report.addKeyValues(lines);

    const FollowUpRow& row = data.row;
    report.addKpis(
        {{QString::number(row.sessionsHeld),
          QCoreApplication::translate("BinomeReport", "sessions held"),
          QCoreApplication::translate("BinomeReport", "%n planned", nullptr, row.sessionsPlanned)},
         {reportText::number(row.hoursHeld(), 1),
          QCoreApplication::translate("BinomeReport", "hours together"),
          {}},
         {QCoreApplication::translate("BinomeReport", "%1 of %2")
              .arg(row.objectivesAchieved)
              .arg(row.objectivesTotal),
          QCoreApplication::translate("BinomeReport", "objectives achieved"),
          {}},
         {row.averageGain ? QLocale().toString(*row.averageGain, 'f', 1) : reportText::dash(),
          QCoreApplication::translate("BinomeReport", "average level gain"),
          QCoreApplication::translate("BinomeReport", "levels, over re-assessed objectives")},
         {reportText::date(row.lastHeld),
          QCoreApplication::translate("BinomeReport", "last session held"),
          row.nextPlanned.isValid()
              ? QCoreApplication::translate("BinomeReport", "next planned: %1")
                    .arg(reportText::date(row.nextPlanned))
              : QString()}});
    if (!data.flagReasons.isEmpty()) {
        report.addSubheading(QCoreApplication::translate("BinomeReport", "Needs attention"));
        report.addBulletList(data.flagReasons);
    }
}

void addObjectives(ReportDocument& report, const BinomeReportData& data) {
    report.addHeading(QCoreApplication::translate("BinomeReport", "Objectives"));
    ReportTable table;
    using Align = ReportColumn::Align;
    table.columns = {{QCoreApplication::translate("BinomeReport", "Skill"), 27},
                     {QCoreApplication::translate("BinomeReport", "Learner"), 17},
                     {QCoreApplication::translate("BinomeReport", "Starting"), 10, Align::Center},
                     {QCoreApplication::translate("BinomeReport", "Target"), 9, Align::Center},
                     {QCoreApplication::translate("BinomeReport", "Current"), 10, Align::Center},
                     {QCoreApplication::translate("BinomeReport", "Due"), 12},
                     {QCoreApplication::translate("BinomeReport", "Status"), 15}};
    table.emptyText = QCoreApplication::translate("BinomeReport", "No objective was set.");
    for (const Objective& objective : data.detail.objectives) {
        QString skill = skillName(data, objective.skillId);
        if (!objective.description.trimmed().isEmpty())
            skill += u'\n' + objective.description;
        table.rows.append(
            {skill, learnerOf(data, objective.learner).fullName(),
             reportText::level(objective.startLevel), reportText::level(objective.targetLevel),
             reportText::level(currentLevel(data, objective)), reportText::date(objective.dueDate),
             objectiveStatusDisplayName(objective.status)});
    }
    report.addTable(table);
}

void addLevelChart(ReportDocument& report, const BinomeReportData& data) {
    ReportLineChart chart;
    chart.title = QCoreApplication::translate("BinomeReport", "The learner's levels over time");
    chart.valueAxisTitle = QCoreApplication::translate("BinomeReport", "level (0 to 5)");
    chart.emptyText = QCoreApplication::translate(
        "BinomeReport", "No level recorded yet on the objectives' skills.");
    bool bothLearners = false;
    for (const Objective& objective : data.detail.objectives)
        bothLearners = bothLearners || objective.learner != data.detail.objectives[0].learner;
    QSet<std::pair<int, qint64>> drawn;
    for (const Objective& objective : data.detail.objectives) {
        const std::pair<int, qint64> key{static_cast<int>(objective.learner), objective.skillId};
        if (drawn.contains(key))
            continue;
        drawn.insert(key);
        ReportLineSeries series;
        series.name = skillName(data, objective.skillId);
        if (bothLearners)
            series.name += u" — "_s + learnerOf(data, objective.learner).fullName();
        QList<LevelRecord> records;
        for (const LevelRecord& record : historyOf(data, objective.learner))
            if (record.skillId == objective.skillId && record.date <= data.asOf)
                records.append(record);
        std::sort(records.begin(), records.end(), [](const LevelRecord& a, const LevelRecord& b) {
            return a.date != b.date ? a.date < b.date : a.id < b.id;
        });
        for (const LevelRecord& record : records)
            series.points.append({record.date, double(record.level)});
        chart.series.append(series);
    }
    report.addLineChart(chart);
    report.addNote(QCoreApplication::translate(
        "BinomeReport", "Each line is one skill of the objectives; a level holds until the next "
                        "assessment (import, edit or debrief)."));
}

void addSessions(ReportDocument& report, const BinomeReportData& data) {
    report.addHeading(QCoreApplication::translate("BinomeReport", "Sessions"));
    ReportTable table;
    using Align = ReportColumn::Align;
    table.columns = {{QCoreApplication::translate("BinomeReport", "Date"), 13},
                     {QCoreApplication::translate("BinomeReport", "Held"), 9},
                     {QCoreApplication::translate("BinomeReport", "Minutes"), 9, Align::Right},
                     {QCoreApplication::translate("BinomeReport", "Mode"), 11},
                     {QCoreApplication::translate("BinomeReport", "Skills"), 17},
                     {QCoreApplication::translate("BinomeReport", "Notes and next steps"), 29},
                     {QCoreApplication::translate("BinomeReport", "Ratings"), 12}};
    table.emptyText = QCoreApplication::translate("BinomeReport", "No session yet.");
    QList<Session> sessions = data.detail.sessions;
    std::sort(sessions.begin(), sessions.end(), [](const Session& a, const Session& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    for (const Session& session : sessions) {
        QStringList skills;
        for (const qint64 id : session.skillIds)
            skills.append(skillName(data, id));
        QStringList notes;
        if (!session.notes.trimmed().isEmpty())
            notes.append(session.notes);
        if (!session.nextSteps.trimmed().isEmpty())
            notes.append(QCoreApplication::translate("BinomeReport", "→ %1", "next steps")
                             .arg(session.nextSteps));
        QStringList ratings;
        if (session.menteeRating)
            ratings.append(QCoreApplication::translate("BinomeReport", "mentee %1")
                               .arg(reportText::level(session.menteeRating)));
        if (session.mentorRating)
            ratings.append(QCoreApplication::translate("BinomeReport", "mentor %1")
                               .arg(reportText::level(session.mentorRating)));
        table.rows.append({reportText::date(session.date),
                           session.planned ? QCoreApplication::translate("BinomeReport", "planned")
                                           : QCoreApplication::translate("BinomeReport", "held"),
                           QString::number(session.minutes), sessionModeDisplayName(session.mode),
                           orDash(skills.join(u", "_s)), orDash(notes.join(u'\n')),
                           orDash(ratings.join(u'\n'))});
        if (session.planned)
            table.highlightedRows.insert(static_cast<int>(table.rows.size()) - 1);
    }
    report.addTable(table);
    report.addNote(QCoreApplication::translate(
        "BinomeReport", "Ratings from 1 to 5, given by each person after the session; planned "
                        "sessions are tinted."));
}

void addDebriefs(ReportDocument& report, const BinomeReportData& data) {
    report.addHeading(QCoreApplication::translate("BinomeReport", "Debriefs"));
    if (data.detail.debriefs.isEmpty()) {
        report.addParagraph(QCoreApplication::translate("BinomeReport", "No debrief yet."));
        return;
    }
    QHash<qint64, const Objective*> objectives;
    for (const Objective& objective : data.detail.objectives)
        objectives.insert(objective.id, &objective);
    QList<Debrief> debriefs = data.detail.debriefs;
    std::sort(debriefs.begin(), debriefs.end(), [](const Debrief& a, const Debrief& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    for (const Debrief& debrief : debriefs) {
        report.addSubheading(
            QCoreApplication::translate("BinomeReport", "%1 debrief, %2")
                .arg(debriefKindDisplayName(debrief.kind), reportText::date(debrief.date)));
        report.addKeyValues(
            {{QCoreApplication::translate("BinomeReport", "Mentee's satisfaction"),
              reportText::level(debrief.menteeSatisfaction)},
             {QCoreApplication::translate("BinomeReport", "Mentor's satisfaction"),
              reportText::level(debrief.mentorSatisfaction)},
             {QCoreApplication::translate("BinomeReport", "Comments"), orDash(debrief.comments)}});
        ReportTable reviews;
        using Align = ReportColumn::Align;
        reviews.columns = {
            {QCoreApplication::translate("BinomeReport", "Objective"), 40},
            {QCoreApplication::translate("BinomeReport", "Level set"), 18, Align::Center},
            {QCoreApplication::translate("BinomeReport", "Status before"), 21},
            {QCoreApplication::translate("BinomeReport", "Status after"), 21}};
        reviews.emptyText =
            QCoreApplication::translate("BinomeReport", "No objective was reviewed.");
        for (const ObjectiveReview& review : debrief.reviews) {
            const Objective* objective = objectives.value(review.objectiveId);
            reviews.rows.append({objective != nullptr ? skillName(data, objective->skillId)
                                                      : QString::number(review.objectiveId),
                                 reportText::level(review.newLevel),
                                 objectiveStatusDisplayName(review.previousStatus),
                                 objectiveStatusDisplayName(review.status)});
        }
        report.addTable(reviews);
    }
}

} // namespace

ReportDocument binomeReport(const BinomeReportData& data) {
    const BinomeDetail& detail = data.detail;
    ReportDocument report(QCoreApplication::translate("BinomeReport", "Binôme report"),
                          detail.program.name);
    report.addTitle(QCoreApplication::translate("BinomeReport", "%1 and %2")
                        .arg(detail.senior.fullName(), detail.junior.fullName()));
    report.addSubtitle(
        QCoreApplication::translate("BinomeReport", "Binôme report · %1 · as of %2")
            .arg(detail.program.name, QLocale().toString(data.asOf, QLocale::LongFormat)));
    report.addCards(
        {personCard(QCoreApplication::translate("BinomeReport", "Mentee"), detail.senior),
         personCard(QCoreApplication::translate("BinomeReport", "Mentor"), detail.junior)});
    addSummary(report, data);

    report.addHeading(QCoreApplication::translate("BinomeReport", "Why they were paired"));
    if (detail.why.isEmpty())
        report.addParagraph(QCoreApplication::translate(
            "BinomeReport", "No explanation was kept for this binôme."));
    else
        report.addBulletList(detail.why);

    addObjectives(report, data);
    report.addHeading(QCoreApplication::translate("BinomeReport", "Progress"));
    addLevelChart(report, data);
    addSessions(report, data);
    addDebriefs(report, data);
    return report;
}

QString binomeReportFileName(const BinomeReportData& data) {
    QString stem = u"binome-%1-%2-%3"_s.arg(data.detail.binome.id)
                       .arg(data.detail.senior.lastName, data.detail.junior.lastName)
                       .toLower();
    // Letters and digits only, accents dropped: a name any file system and mail client accept.
    stem = stem.normalized(QString::NormalizationForm_KD);
    QString safe;
    for (const QChar c : stem) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            safe += c;
        else if (c.category() != QChar::Mark_NonSpacing && !safe.endsWith(u'-'))
            safe += u'-';
    }
    while (safe.endsWith(u'-'))
        safe.chop(1);
    return safe + u".pdf"_s;
}

} // namespace binome
