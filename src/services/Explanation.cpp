#include "binome/services/Explanation.h"

#include "binome/services/PairingService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome {

QString explanationToJson(const ProposedBinome& binome) {
    const matching::ScoreExplanation& e = binome.explanation;
    QJsonArray gaps;
    for (const matching::GapCoverage& gap : e.gaps)
        gaps.append(QJsonObject{{u"skill"_s, binome.skillCodes.value(gap.skill)},
                                {u"current"_s, gap.seniorCurrent},
                                {u"target"_s, gap.seniorTarget},
                                {u"priority"_s, gap.priority},
                                {u"mentor_level"_s, gap.juniorLevel},
                                {u"coverage"_s, gap.coverage},
                                {u"points"_s, gap.contribution}});
    const QJsonObject object{
        {u"locked"_s, binome.locked},
        {u"obstacle"_s, static_cast<int>(e.obstacle)},
        {u"obstacle_text"_s, PairingService::obstacleText(e.obstacle)},
        {u"skill_fit"_s, e.skillFit},
        {u"skill_points"_s, e.skillPoints},
        {u"modes_compatible"_s, e.meetingModesCompatible},
        {u"shared_half_days"_s, e.sharedHalfDays},
        {u"availability_points"_s, e.availabilityPoints},
        {u"same_site"_s, e.sameSite},
        {u"site_points"_s, e.sitePoints},
        {u"different_department"_s, e.differentDepartment},
        {u"cross_department_points"_s, e.crossDepartmentPoints},
        {u"gaps"_s, gaps},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList renderExplanation(const QString& json,
                              const std::function<QString(const QString&)>& skillName) {
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList lines;
    if (o.isEmpty())
        return lines;
    if (o.value(u"locked"_s).toBool())
        lines << QCoreApplication::translate("PairingService", "Locked by HR.");
    const auto obstacle = static_cast<matching::Obstacle>(o.value(u"obstacle"_s).toInt());
    if (obstacle != matching::Obstacle::None)
        lines << QCoreApplication::translate("PairingService", "Breaks a rule: %1")
                     .arg(PairingService::obstacleText(obstacle));
    QList<QJsonObject> gaps;
    for (const QJsonValue& value : o.value(u"gaps"_s).toArray())
        gaps << value.toObject();
    // The gaps, covered ones first.
    std::stable_sort(gaps.begin(), gaps.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(u"points"_s).toDouble() > b.value(u"points"_s).toDouble();
    });
    for (const QJsonObject& gap : gaps) {
        const QString code = gap.value(u"skill"_s).toString();
        const QString name = skillName ? skillName(code) : code;
        const int mentorLevel = gap.value(u"mentor_level"_s).toInt(-1);
        const QString mentor = QString::number(mentorLevel);
        const double coverage = gap.value(u"coverage"_s).toDouble();
        if (coverage > 0)
            lines << QCoreApplication::translate(
                         "PairingService",
                         "%1: %2 → %3 (priority %4), mentor at %5: covers %6% (+%7 points)")
                         .arg(name.isEmpty() ? code : name)
                         .arg(gap.value(u"current"_s).toInt())
                         .arg(gap.value(u"target"_s).toInt())
                         .arg(gap.value(u"priority"_s).toInt())
                         .arg(mentor)
                         .arg(qRound(coverage * 100))
                         .arg(QLocale().toString(gap.value(u"points"_s).toDouble(), 'f', 1));
        else if (mentorLevel < 0)
            lines << QCoreApplication::translate(
                         "PairingService",
                         "%1: %2 → %3 (priority %4), not covered: the mentor's level is not known")
                         .arg(name.isEmpty() ? code : name)
                         .arg(gap.value(u"current"_s).toInt())
                         .arg(gap.value(u"target"_s).toInt())
                         .arg(gap.value(u"priority"_s).toInt());
        else
            lines << QCoreApplication::translate(
                         "PairingService", "%1: %2 → %3 (priority %4), mentor at %5: not covered")
                         .arg(name.isEmpty() ? code : name)
                         .arg(gap.value(u"current"_s).toInt())
                         .arg(gap.value(u"target"_s).toInt())
                         .arg(gap.value(u"priority"_s).toInt())
                         .arg(mentor);
    }
    const QLocale locale;
    const auto points = [&](const QString& key) {
        return locale.toString(o.value(key).toDouble(), 'f', 1);
    };
    lines << QCoreApplication::translate("PairingService", "Skill fit %1% (+%2 points)")
                 .arg(qRound(o.value(u"skill_fit"_s).toDouble() * 100))
                 .arg(points(u"skill_points"_s));
    const int halfDays = o.value(u"shared_half_days"_s).toInt();
    if (!o.value(u"modes_compatible"_s).toBool(true))
        lines << QCoreApplication::translate("PairingService",
                                             "Meeting modes do not match (in person / remote)");
    else
        lines << QCoreApplication::translate("PairingService",
                                             "Availability: %n shared half-day(s) (+%1 points)",
                                             nullptr, halfDays)
                     .arg(points(u"availability_points"_s));
    lines << (o.value(u"same_site"_s).toBool()
                  ? QCoreApplication::translate("PairingService", "Same site (+%1 points)")
                        .arg(points(u"site_points"_s))
                  : QCoreApplication::translate("PairingService", "Different sites"));
    lines << (o.value(u"different_department"_s).toBool()
                  ? QCoreApplication::translate("PairingService",
                                                "Different departments (+%1 points)")
                        .arg(points(u"cross_department_points"_s))
                  : QCoreApplication::translate("PairingService", "Same department"));
    return lines;
}

} // namespace binome
