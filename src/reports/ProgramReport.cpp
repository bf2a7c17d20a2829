// The program report: what a program achieved, as a whole and binôme by binôme.
#include "binome/reports/ProgramReport.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

/// "+1.3", "−0.5", "0.0"; "—" for none.
QString signedGain(std::optional<double> gain) {
    if (!gain)
        return reportText::dash();
    const QString number = QLocale().toString(std::abs(*gain), 'f', 1);
    if (*gain >= 0.05)
        return u'+' + number;
    if (*gain <= -0.05)
        return u"−"_s + number;
    return QLocale().toString(0.0, 'f', 1);
}

QString satisfaction(std::optional<double> mean) {
    return mean ? QCoreApplication::translate("ProgramReport", "%1/5")
                      .arg(QLocale().toString(*mean, 'f', 1))
                : reportText::dash();
}

void addKeyFigures(ReportDocument& report, const ProgramStatistics& s) {
    report.addHeading(QCoreApplication::translate("ProgramReport", "Key figures"));
    report.addKpis(
        {{QString::number(s.binomesTotal()),
          QCoreApplication::translate("ProgramReport", "binômes"),
          QCoreApplication::translate("ProgramReport", "%1 active, %2 paused, %3 ended")
              .arg(s.binomesActive)
              .arg(s.binomesPaused)
              .arg(s.binomesEnded)},
         {QString::number(s.sessionsHeld),
          QCoreApplication::translate("ProgramReport", "sessions held"),
          QCoreApplication::translate("ProgramReport", "%n planned", nullptr, s.sessionsPlanned)},
         {reportText::number(s.hoursHeld(), 1),
          QCoreApplication::translate("ProgramReport", "hours of mentoring"),
          {}},
         {reportText::percent(s.cadenceShare()),
          QCoreApplication::translate("ProgramReport", "kept the cadence"),
          QCoreApplication::translate("ProgramReport", "%1 of %2 open binômes")
              .arg(s.binomesKeepingCadence)
              .arg(s.binomesOpen())},
         {QCoreApplication::translate("ProgramReport", "%1 of %2")
              .arg(s.objectivesAchieved())
              .arg(s.objectivesCounted()),
          QCoreApplication::translate("ProgramReport", "objectives achieved"),
          QCoreApplication::translate("ProgramReport", "dropped ones not counted")},
         {signedGain(s.averageGain),
          QCoreApplication::translate("ProgramReport", "average level gain"),
          QCoreApplication::translate("ProgramReport", "levels (0 to 5), re-assessed objectives")},
         {satisfaction(s.menteeSatisfaction),
          QCoreApplication::translate("ProgramReport", "mentees' satisfaction"),
          QCoreApplication::translate("ProgramReport", "%n debrief(s) with an answer", nullptr,
                                      s.satisfactionAnswers)},
         {satisfaction(s.mentorSatisfaction),
          QCoreApplication::translate("ProgramReport", "mentors' satisfaction"),
          {}}});
}

void addCharts(ReportDocument& report, const ProgramStatistics& s) {
    report.addHeading(QCoreApplication::translate("ProgramReport", "Activity and progress"));
    ReportBarChart months;
    months.title = QCoreApplication::translate("ProgramReport", "Sessions held per month");
    months.valueAxisTitle = QCoreApplication::translate("ProgramReport", "sessions");
    months.emptyText = QCoreApplication::translate("ProgramReport", "No session held yet.");
    ReportChartSeries held{QCoreApplication::translate("ProgramReport", "sessions held"), {}};
    const QLocale locale;
    for (const MonthlySessions& month : s.sessionsPerMonth) {
        months.categories.append(locale.toString(month.month, u"MMM"_s) + u'\n' +
                                 QString::number(month.month.year()));
        held.values.append(month.held);
    }
    months.series = {held};
    report.addBarChart(months);

    ReportBarChart status;
    status.title = QCoreApplication::translate("ProgramReport", "Objectives by status");
    status.valueAxisTitle = QCoreApplication::translate("ProgramReport", "objectives");
    status.emptyText = QCoreApplication::translate("ProgramReport", "No objective set yet.");
    status.heightMm = 55;
    ReportChartSeries counts{QString(), {}};
    for (const ObjectiveStatus value : {ObjectiveStatus::NotStarted, ObjectiveStatus::InProgress,
                                        ObjectiveStatus::Achieved, ObjectiveStatus::Dropped}) {
        status.categories.append(objectiveStatusDisplayName(value));
        counts.values.append(s.objectivesByStatus[static_cast<int>(value)]);
    }
    status.series = {counts};
    report.addBarChart(status);

    ReportBarChart skills;
    skills.title =
        QCoreApplication::translate("ProgramReport", "Levels at kickoff and latest, per skill");
    skills.orientation = ReportBarChart::Orientation::Horizontal;
    skills.valueMax = 5;
    skills.decimals = 1;
    skills.valueAxisTitle =
        QCoreApplication::translate("ProgramReport", "mean level of the learners (0 to 5)");
    skills.emptyText =
        QCoreApplication::translate("ProgramReport", "No objective has been re-assessed yet.");
    ReportChartSeries kickoff{QCoreApplication::translate("ProgramReport", "at kickoff"), {}};
    ReportChartSeries latest{QCoreApplication::translate("ProgramReport", "latest"), {}};
    for (const SkillProgress& skill : s.skills) {
        if (skill.reassessed == 0)
            continue;
        skills.categories.append(skill.name);
        kickoff.values.append(skill.kickoffMean);
        latest.values.append(skill.latestMean);
    }
    skills.series = {kickoff, latest};
    report.addBarChart(skills);
    report.addNote(QCoreApplication::translate(
        "ProgramReport", "Per skill, over the objectives re-assessed at least once: the mean "
                         "starting level and the mean latest level."));
}

void addBinomes(ReportDocument& report, const ProgramReportData& data) {
    report.addHeading(QCoreApplication::translate("ProgramReport", "Every binôme"));
    using Align = ReportColumn::Align;
    ReportTable table;
    table.columns = {
        {QCoreApplication::translate("ProgramReport", "Mentee"), 19},
        {QCoreApplication::translate("ProgramReport", "Mentor"), 19},
        {QCoreApplication::translate("ProgramReport", "Status"), 9},
        {QCoreApplication::translate("ProgramReport", "Sessions"), 10, Align::Right},
        {QCoreApplication::translate("ProgramReport", "Hours"), 8, Align::Right},
        {QCoreApplication::translate("ProgramReport", "Objectives"), 12, Align::Center},
        {QCoreApplication::translate("ProgramReport", "Gain"), 7, Align::Right},
        {QCoreApplication::translate("ProgramReport", "Flags"), 16}};
    table.emptyText = QCoreApplication::translate("ProgramReport", "No binôme yet.");
    QList<const FollowUpRow*> rows;
    for (const ProgramFileBinome& binome : data.binomes)
        rows.append(&binome.row);
    std::stable_sort(rows.begin(), rows.end(), [](const FollowUpRow* a, const FollowUpRow* b) {
        return QString::localeAwareCompare(a->seniorName, b->seniorName) < 0;
    });
    for (const FollowUpRow* row : rows) {
        table.rows.append(
            {row->seniorName, row->juniorName, binomeStatusDisplayName(row->binome.status),
             QString::number(row->sessionsHeld), reportText::number(row->hoursHeld(), 1),
             QCoreApplication::translate("ProgramReport", "%1/%2")
                 .arg(row->objectivesAchieved)
                 .arg(row->objectivesTotal),
             signedGain(row->averageGain), data.flagNames.value(row->binome.id).join(u", "_s)});
        if (row->flags != FlagNone)
            table.highlightedRows.insert(static_cast<int>(table.rows.size()) - 1);
    }
    report.addTable(table);
    report.addNote(QCoreApplication::translate(
        "ProgramReport", "Objectives: achieved of set (dropped ones not counted). Gain: mean level "
                         "gain over re-assessed objectives. Binômes that need attention are "
                         "tinted."));
}

void addAttention(ReportDocument& report, const ProgramReportData& data) {
    report.addHeading(QCoreApplication::translate("ProgramReport", "Binômes that need attention"));
    ReportTable table;
    table.columns = {{QCoreApplication::translate("ProgramReport", "Binôme"), 32},
                     {QCoreApplication::translate("ProgramReport", "Reasons"), 68}};
    table.emptyText =
        QCoreApplication::translate("ProgramReport", "No binôme needs attention as of %1.")
            .arg(QLocale().toString(data.asOf, QLocale::LongFormat));
    for (const FollowUpRow& row : data.statistics.flagged)
        table.rows.append({QCoreApplication::translate("ProgramReport", "%1 (mentee)\n%2 (mentor)")
                               .arg(row.seniorName, row.juniorName),
                           data.flagReasons.value(row.binome.id).join(u'\n')});
    report.addTable(table);
}

} // namespace

ReportDocument programReport(const ProgramReportData& data) {
    const Program& program = data.program;
    ReportDocument report(QCoreApplication::translate("ProgramReport", "Program report"),
                          program.name);
    report.addTitle(program.name);
    const QLocale locale;
    report.addSubtitle(QCoreApplication::translate("ProgramReport",
                                                   "Program report · %1 to %2 · a session every "
                                                   "%n day(s) · as of %3",
                                                   nullptr, program.cadenceDays)
                           .arg(locale.toString(program.startDate, QLocale::LongFormat),
                                locale.toString(program.endDate, QLocale::LongFormat),
                                locale.toString(data.asOf, QLocale::LongFormat)));
    if (!program.description.trimmed().isEmpty())
        report.addParagraph(program.description);
    addKeyFigures(report, data.statistics);
    addCharts(report, data.statistics);
    addAttention(report, data);
    addBinomes(report, data);
    return report;
}

QString programReportFileName(const ProgramReportData& data) {
    QString stem = data.program.name.toLower().normalized(QString::NormalizationForm_KD);
    QString safe = u"program-"_s;
    for (const QChar c : stem) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            safe += c;
        else if (c.category() != QChar::Mark_NonSpacing && !safe.endsWith(u'-'))
            safe += u'-';
    }
    if (!safe.endsWith(u'-'))
        safe += u'-';
    return safe + data.asOf.toString(Qt::ISODate) + u".pdf"_s;
}

} // namespace binome
