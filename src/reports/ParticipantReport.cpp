#include "binome/reports/ParticipantReport.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

using reportText::dash;

QString orDash(const QString& text) {
    return text.trimmed().isEmpty() ? dash() : text;
}

QString rating(std::optional<int> value) {
    return value ? reportText::level(value) : dash();
}

QString cadenceText(int days) {
    return QCoreApplication::translate("ParticipantReport", "every %n day(s)", nullptr, days);
}

QString datesText(const QDate& start, const QDate& end) {
    if (!end.isValid())
        return QCoreApplication::translate("ParticipantReport", "since %1")
            .arg(reportText::date(start));
    return QCoreApplication::translate("ParticipantReport", "%1 to %2")
        .arg(reportText::date(start), reportText::date(end));
}

void addIdentity(ReportDocument& doc, const Participant& p) {
    doc.addHeading(QCoreApplication::translate("ParticipantReport", "Identity and profile"));
    QList<std::pair<QString, QString>> lines{
        {QCoreApplication::translate("ParticipantReport", "Name"), p.fullName()},
        {QCoreApplication::translate("ParticipantReport", "E-mail"), p.email},
        {QCoreApplication::translate("ParticipantReport", "Role"), roleDisplayName(p.role)},
        {QCoreApplication::translate("ParticipantReport", "Job title"), orDash(p.jobTitle)},
        {QCoreApplication::translate("ParticipantReport", "Department"), orDash(p.department)},
        {QCoreApplication::translate("ParticipantReport", "Site"), orDash(p.site)},
        {QCoreApplication::translate("ParticipantReport", "Manager's e-mail"),
         orDash(p.managerEmail)},
        {QCoreApplication::translate("ParticipantReport", "Birth year"),
         p.birthYear ? QString::number(*p.birthYear) : dash()},
        {QCoreApplication::translate("ParticipantReport", "Working languages"),
         p.languages.isEmpty() ? dash() : p.languages.join(u", "_s)},
        {QCoreApplication::translate("ParticipantReport", "Preferred meeting mode"),
         meetingModeDisplayName(p.mode)},
        {QCoreApplication::translate("ParticipantReport", "Availability"),
         p.availability.isEmpty() ? dash() : p.availability.displayText()},
    };
    if (p.role == Role::Junior)
        lines.append({QCoreApplication::translate("ParticipantReport", "Mentoring capacity"),
                      QCoreApplication::translate("ParticipantReport", "%n mentee(s) at a time",
                                                  nullptr, p.capacity)});
    lines.append({QCoreApplication::translate("ParticipantReport", "Record status"),
                  p.archived ? QCoreApplication::translate("ParticipantReport", "Archived")
                             : QCoreApplication::translate("ParticipantReport", "Active")});
    doc.addKeyValues(lines);
}

void addSkills(ReportDocument& doc, const ParticipantDossier& dossier) {
    const Participant& p = dossier.person;
    doc.addHeading(QCoreApplication::translate("ParticipantReport", "Skills and current levels"));
    ReportTable table;
    table.emptyText =
        QCoreApplication::translate("ParticipantReport", "No skill level is recorded.");
    if (p.role == Role::Senior) {
        table.columns = {{QCoreApplication::translate("ParticipantReport", "Skill"), 52,
                          ReportColumn::Align::Left},
                         {QCoreApplication::translate("ParticipantReport", "Current level"), 16,
                          ReportColumn::Align::Right},
                         {QCoreApplication::translate("ParticipantReport", "Target"), 16,
                          ReportColumn::Align::Right},
                         {QCoreApplication::translate("ParticipantReport", "Priority (1-3)"), 16,
                          ReportColumn::Align::Right}};
        for (const SkillAssessment& s : p.skills)
            table.rows << QStringList{dossier.skillNameByCode(s.skillCode),
                                      reportText::level(s.level), reportText::level(s.target),
                                      s.priority ? QString::number(*s.priority) : dash()};
    } else {
        table.columns = {{QCoreApplication::translate("ParticipantReport", "Skill"), 70,
                          ReportColumn::Align::Left},
                         {QCoreApplication::translate("ParticipantReport", "Level"), 30,
                          ReportColumn::Align::Right}};
        for (const SkillAssessment& s : p.skills)
            table.rows << QStringList{dossier.skillNameByCode(s.skillCode),
                                      reportText::level(s.level)};
    }
    doc.addTable(table);
    doc.addNote(QCoreApplication::translate("ParticipantReport",
                                            "Levels run from 0 (none) to 5 (expert)."));
}

void addHistory(ReportDocument& doc, const ParticipantDossier& dossier) {
    doc.addHeading(QCoreApplication::translate("ParticipantReport", "Level history"));
    doc.addParagraph(QCoreApplication::translate(
        "ParticipantReport",
        "Every level recorded, with its date and where it came from: an import "
        "of an HR file, an edit by HR, or a debrief of a binôme."));
    ReportTable table;
    table.columns = {
        {QCoreApplication::translate("ParticipantReport", "Skill"), 46, ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "Date"), 20, ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "Level"), 14, ReportColumn::Align::Right},
        {QCoreApplication::translate("ParticipantReport", "Source"), 20,
         ReportColumn::Align::Left}};
    table.emptyText =
        QCoreApplication::translate("ParticipantReport", "No level history is recorded.");
    for (const LevelRecord& r : dossier.levelHistory)
        table.rows << QStringList{r.skillCode.isEmpty() ? dossier.skillName(r.skillId)
                                                        : dossier.skillNameByCode(r.skillCode),
                                  reportText::date(r.date), reportText::level(r.level),
                                  levelSourceDisplayName(r.source)};
    doc.addTable(table);
}

void addPrograms(ReportDocument& doc, const ParticipantDossier& dossier) {
    doc.addHeading(QCoreApplication::translate("ParticipantReport", "Programs enrolled in"));
    ReportTable table;
    table.columns = {
        {QCoreApplication::translate("ParticipantReport", "Program"), 46,
         ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "Start"), 18, ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "End"), 18, ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "Meetings"), 18,
         ReportColumn::Align::Left}};
    table.emptyText =
        QCoreApplication::translate("ParticipantReport", "Not enrolled in any program.");
    for (const Program& p : dossier.programs)
        table.rows << QStringList{p.name, reportText::date(p.startDate),
                                  reportText::date(p.endDate), cadenceText(p.cadenceDays)};
    doc.addTable(table);
}

void addObjectives(ReportDocument& doc, const ParticipantDossier& dossier,
                   const DossierBinome& entry) {
    doc.addSubheading(QCoreApplication::translate("ParticipantReport", "Objectives where %1 learns")
                          .arg(dossier.person.fullName()));
    ReportTable table;
    table.columns = {
        {QCoreApplication::translate("ParticipantReport", "Skill"), 24, ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "Description"), 30,
         ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "From"), 9, ReportColumn::Align::Right},
        {QCoreApplication::translate("ParticipantReport", "Target"), 9, ReportColumn::Align::Right},
        {QCoreApplication::translate("ParticipantReport", "Due"), 13, ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "Status"), 15,
         ReportColumn::Align::Left}};
    table.emptyText =
        QCoreApplication::translate("ParticipantReport", "No objective where they learn.");
    for (const Objective& o : entry.objectives)
        table.rows << QStringList{
            dossier.skillName(o.skillId),    orDash(o.description),
            reportText::level(o.startLevel), reportText::level(o.targetLevel),
            reportText::date(o.dueDate),     objectiveStatusDisplayName(o.status)};
    doc.addTable(table);
}

void addSessions(ReportDocument& doc, const ParticipantDossier& dossier,
                 const DossierBinome& entry) {
    doc.addSubheading(QCoreApplication::translate("ParticipantReport", "Sessions"));
    ReportTable table;
    table.columns = {
        {QCoreApplication::translate("ParticipantReport", "Date"), 12, ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "Session"), 16,
         ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "Skills worked on"), 20,
         ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "Notes and next steps"), 38,
         ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "Ratings"), 14,
         ReportColumn::Align::Left}};
    table.emptyText = QCoreApplication::translate("ParticipantReport", "No session logged.");
    for (const Session& s : entry.sessions) {
        QStringList skills;
        for (const qint64 id : s.skillIds)
            skills << dossier.skillName(id);
        QString notes = s.notes.trimmed();
        if (!s.nextSteps.trimmed().isEmpty())
            notes += (notes.isEmpty() ? QString() : u"\n"_s) +
                     QCoreApplication::translate("ParticipantReport", "Next steps: %1")
                         .arg(s.nextSteps.trimmed());
        const QString kind = s.planned ? QCoreApplication::translate("ParticipantReport", "Planned")
                                       : QCoreApplication::translate("ParticipantReport", "Held");
        table.rows << QStringList{
            reportText::date(s.date),
            QCoreApplication::translate("ParticipantReport", "%1, %2 min, %3")
                .arg(kind)
                .arg(s.minutes)
                .arg(sessionModeDisplayName(s.mode)),
            skills.isEmpty() ? dash() : skills.join(u", "_s), orDash(notes),
            s.menteeRating || s.mentorRating
                ? QCoreApplication::translate("ParticipantReport", "mentee %1\nmentor %2")
                      .arg(rating(s.menteeRating), rating(s.mentorRating))
                : dash()};
    }
    doc.addTable(table);
}

void addDebriefs(ReportDocument& doc, const ParticipantDossier& dossier,
                 const DossierBinome& entry) {
    doc.addSubheading(QCoreApplication::translate("ParticipantReport", "Debriefs"));
    QHash<qint64, qint64> skillOfObjective;
    for (const Objective& o : entry.objectives)
        skillOfObjective.insert(o.id, o.skillId);
    ReportTable table;
    table.columns = {
        {QCoreApplication::translate("ParticipantReport", "Date"), 12, ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "Kind"), 10, ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "Satisfaction"), 13,
         ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "Their objectives reviewed"), 33,
         ReportColumn::Align::Left},
        {QCoreApplication::translate("ParticipantReport", "Comments"), 32,
         ReportColumn::Align::Left}};
    table.emptyText = QCoreApplication::translate("ParticipantReport", "No debrief held.");
    for (const Debrief& d : entry.debriefs) {
        QStringList reviews;
        for (const ObjectiveReview& r : d.reviews) {
            const QString skill = dossier.skillName(skillOfObjective.value(r.objectiveId));
            reviews << (r.newLevel ? QCoreApplication::translate("ParticipantReport", "%1: %2 (%3)")
                                         .arg(skill, reportText::level(r.newLevel),
                                              objectiveStatusDisplayName(r.status))
                                   : QCoreApplication::translate("ParticipantReport", "%1: %2")
                                         .arg(skill, objectiveStatusDisplayName(r.status)));
        }
        table.rows << QStringList{
            reportText::date(d.date), debriefKindDisplayName(d.kind),
            d.menteeSatisfaction || d.mentorSatisfaction
                ? QCoreApplication::translate("ParticipantReport", "mentee %1\nmentor %2")
                      .arg(rating(d.menteeSatisfaction), rating(d.mentorSatisfaction))
                : dash(),
            reviews.isEmpty() ? dash() : reviews.join(u"\n"_s), orDash(d.comments)};
    }
    doc.addTable(table);
}

void addBinome(ReportDocument& doc, const ParticipantDossier& dossier, const DossierBinome& entry) {
    const Binome& b = entry.binome;
    doc.addHeading(QCoreApplication::translate("ParticipantReport", "Binôme with %1 (%2)")
                       .arg(entry.partnerName, entry.program.name));
    QList<std::pair<QString, QString>> lines{
        {QCoreApplication::translate("ParticipantReport", "Role in the binôme"),
         roleDisplayName(entry.role)},
        {entry.role == Role::Junior ? QCoreApplication::translate("ParticipantReport", "Mentee")
                                    : QCoreApplication::translate("ParticipantReport", "Mentor"),
         entry.partnerName},
        {QCoreApplication::translate("ParticipantReport", "Program"), entry.program.name},
        {QCoreApplication::translate("ParticipantReport", "Status"),
         binomeStatusDisplayName(b.status)},
        {QCoreApplication::translate("ParticipantReport", "Dates"),
         datesText(b.startDate, b.endDate)},
    };
    if (b.endReason)
        lines.append({QCoreApplication::translate("ParticipantReport", "Why it ended"),
                      endReasonDisplayName(*b.endReason)});
    if (!b.endNote.trimmed().isEmpty())
        lines.append({QCoreApplication::translate("ParticipantReport", "End note"), b.endNote});
    lines.append({QCoreApplication::translate("ParticipantReport", "Pairing score"),
                  QCoreApplication::translate("ParticipantReport", "%1 / 100")
                      .arg(reportText::number(b.score, 1))});
    doc.addKeyValues(lines);
    if (!entry.why.isEmpty()) {
        doc.addSubheading(QCoreApplication::translate("ParticipantReport", "Why they were paired"));
        doc.addNote(QCoreApplication::translate(
            "ParticipantReport", "As recorded when HR confirmed the binôme; levels run from 0 "
                                 "to 5."));
        doc.addBulletList(entry.why);
    }
    addObjectives(doc, dossier, entry);
    addSessions(doc, dossier, entry);
    addDebriefs(doc, dossier, entry);
}

void addExclusions(ReportDocument& doc, const ParticipantDossier& dossier) {
    doc.addHeading(QCoreApplication::translate("ParticipantReport", "Pairing exclusions"));
    doc.addParagraph(QCoreApplication::translate(
        "ParticipantReport", "Pairs that HR ruled out: the pairing never proposes them."));
    ReportTable table;
    table.columns = {{QCoreApplication::translate("ParticipantReport", "Program"), 50,
                      ReportColumn::Align::Left},
                     {QCoreApplication::translate("ParticipantReport", "Not to be paired with"), 50,
                      ReportColumn::Align::Left}};
    table.emptyText =
        QCoreApplication::translate("ParticipantReport", "No exclusion involves them.");
    for (const DossierExclusion& e : dossier.exclusions)
        table.rows << QStringList{e.program.name, e.otherName};
    doc.addTable(table);
}

} // namespace

ReportDocument participantReport(const ParticipantDossier& dossier) {
    const Participant& p = dossier.person;
    ReportDocument doc(QCoreApplication::translate("ParticipantReport", "Personal data report"),
                       p.fullName());
    doc.setPrintedOn(dossier.asOf);
    doc.addTitle(QCoreApplication::translate("ParticipantReport", "Personal data held about %1")
                     .arg(p.fullName()));
    doc.addSubtitle(QCoreApplication::translate("ParticipantReport",
                                                "Right of access (GDPR, article 15) · as of %1")
                        .arg(QLocale().toString(dossier.asOf, QLocale::LongFormat)));
    doc.addParagraph(
        QCoreApplication::translate(
            "ParticipantReport",
            "This report lists everything the Binôme reverse-mentoring application holds about "
            "%1: their profile and skills, the history of their levels, the programs they are "
            "enrolled in, and every binôme they took part in, with its objectives, sessions and "
            "debriefs. Other people appear by name only. The same data is available as a JSON "
            "file for portability.")
            .arg(p.fullName()));
    int debriefs = 0;
    for (const DossierBinome& b : dossier.binomes)
        debriefs += static_cast<int>(b.debriefs.size());
    doc.addKpis({{QString::number(dossier.programs.size()),
                  QCoreApplication::translate("ParticipantReport", "programs"),
                  {}},
                 {QString::number(dossier.binomes.size()),
                  QCoreApplication::translate("ParticipantReport", "binômes"),
                  {}},
                 {QString::number(dossier.sessionCount()),
                  QCoreApplication::translate("ParticipantReport", "sessions"),
                  {}},
                 {QString::number(debriefs),
                  QCoreApplication::translate("ParticipantReport", "debriefs"),
                  {}}});
    addIdentity(doc, p);
    addSkills(doc, dossier);
    addHistory(doc, dossier);
    addPrograms(doc, dossier);
    if (dossier.binomes.isEmpty()) {
        doc.addHeading(QCoreApplication::translate("ParticipantReport", "Binômes"));
        doc.addParagraph(
            QCoreApplication::translate("ParticipantReport", "They have not been in any binôme."));
    }
    for (const DossierBinome& entry : dossier.binomes)
        addBinome(doc, dossier, entry);
    addExclusions(doc, dossier);
    doc.addHeading(QCoreApplication::translate("ParticipantReport", "About this report"));
    doc.addParagraph(QCoreApplication::translate(
        "ParticipantReport",
        "The data comes from HR files imported into Binôme, from HR's own entries, and from "
        "what the binômes logged (sessions, debriefs). The purposes of the processing, who "
        "receives the data and how long it is kept are set by your organisation: ask its "
        "HR department, who can also correct or erase this data on request."));
    return doc;
}

Status writeParticipantReport(const ParticipantDossier& dossier, const QString& path) {
    return participantReport(dossier).writePdf(path);
}

} // namespace binome
