#include "binome/reports/IntroductionLetters.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace binome {

QString IntroductionLetters::skillName(qint64 id) const {
    const auto found = skills.constFind(id);
    return found == skills.cend() ? QString::number(id) : found->displayName();
}

namespace {

/// At most this many skills among the reasons.
constexpr int LetterSkills = 3;

QString longDate(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : reportText::dash();
}

QString orDash(const QString& text) {
    return text.trimmed().isEmpty() ? reportText::dash() : text;
}

/// "at least once a week", "at least once every 2 weeks", "at least once every 10 days".
QString rhythm(int days) {
    if (days == 7)
        return QCoreApplication::translate("IntroductionLetters", "at least once a week");
    if (const int weeks = days / 7; days > 7 && days % 7 == 0)
        return QCoreApplication::translate("IntroductionLetters", "at least once every %n week(s)",
                                           nullptr, weeks);
    return QCoreApplication::translate("IntroductionLetters", "at least once every %n day(s)",
                                       nullptr, days);
}

QString firstName(const Participant& p) {
    return p.firstName.trimmed().isEmpty() ? p.fullName() : p.firstName.trimmed();
}

/// "Finance, Paris": the department and the site that are known.
QString where(const Participant& p) {
    QStringList parts;
    if (!p.department.trimmed().isEmpty())
        parts << p.department;
    if (!p.site.trimmed().isEmpty())
        parts << p.site;
    return parts.isEmpty() ? reportText::dash() : parts.join(u", "_s);
}

ReportCard personCard(const Participant& p, const QString& role) {
    ReportCard card;
    card.title = p.fullName();
    card.lines = {
        {QCoreApplication::translate("IntroductionLetters", "Role"), role},
        {QCoreApplication::translate("IntroductionLetters", "Job title"), orDash(p.jobTitle)},
        {QCoreApplication::translate("IntroductionLetters", "Department and site"), where(p)},
        {QCoreApplication::translate("IntroductionLetters", "E-mail"), p.email},
    };
    return card;
}

QString mentorRole() {
    return QCoreApplication::translate("IntroductionLetters", "Mentor");
}

QString menteeRole() {
    return QCoreApplication::translate("IntroductionLetters", "Mentee");
}

/// How much of a letter is printed: the most that fits on one page.
struct LetterFit {
    int objectives = LetterObjectives;
    int reasons = 99;
    int descriptionChars = 120; ///< an objective's description is cut beyond
};

/// From the whole letter to the least of it; the first that fits on a page is printed.
constexpr LetterFit letterFits[] = {
    {LetterObjectives, 99, 120}, {3, 99, 120}, {3, 99, 60}, {3, 4, 0}, {2, 3, 0}, {1, 2, 0}};

QString cut(const QString& text, int chars) {
    const QString trimmed = text.simplified();
    if (trimmed.size() <= chars)
        return trimmed;
    return trimmed.left(chars).trimmed() + u'…';
}

void addLetter(ReportDocument& doc, const IntroductionLetters& all,
               const IntroductionLetter& letter, const LetterFit& fit) {
    const Program& program = all.program;
    const Participant& junior = letter.junior;
    const Participant& senior = letter.senior;
    doc.addTitle(QCoreApplication::translate("IntroductionLetters", "Welcome to your binôme"));
    doc.addSubtitle(QCoreApplication::translate("IntroductionLetters", "%1 · from %2 to %3")
                        .arg(program.name, longDate(program.startDate), longDate(program.endDate)));
    doc.addParagraph(QCoreApplication::translate("IntroductionLetters", "Dear %1 and %2,")
                         .arg(firstName(junior), firstName(senior)));
    doc.addParagraph(
        QCoreApplication::translate(
            "IntroductionLetters",
            "We are delighted to introduce you to each other: you form a binôme in %1. "
            "%2 will help %3 become more at ease with the digital "
            "tools of everyday work, and %3 will share in return their experience of the "
            "organisation. Reverse mentoring works best as an open conversation between "
            "colleagues: you will both learn from it.")
            .arg(program.name, firstName(junior), firstName(senior)));
    doc.addCards({personCard(junior, mentorRole()), personCard(senior, menteeRole())});

    doc.addHeading(QCoreApplication::translate("IntroductionLetters", "Why you were matched"));
    doc.addBulletList(letter.reasons.mid(0, fit.reasons));

    doc.addHeading(QCoreApplication::translate("IntroductionLetters", "Your first objectives"));
    if (letter.objectives.isEmpty()) {
        doc.addParagraph(QCoreApplication::translate(
            "IntroductionLetters",
            "None is set yet: choose two or three together at your first meeting."));
    } else {
        ReportTable table;
        table.columns = {
            {QCoreApplication::translate("IntroductionLetters", "Objective"), 42,
             ReportColumn::Align::Left},
            {QCoreApplication::translate("IntroductionLetters", "Who learns"), 18,
             ReportColumn::Align::Left},
            {QCoreApplication::translate("IntroductionLetters", "Starting level"), 14,
             ReportColumn::Align::Right},
            {QCoreApplication::translate("IntroductionLetters", "Target"), 10,
             ReportColumn::Align::Right},
            {QCoreApplication::translate("IntroductionLetters", "By"), 16,
             ReportColumn::Align::Left},
        };
        for (const Objective& o : letter.objectives.mid(0, fit.objectives)) {
            QString what = all.skillName(o.skillId);
            if (fit.descriptionChars > 0 && !o.description.trimmed().isEmpty())
                what += u": "_s + cut(o.description, fit.descriptionChars);
            table.rows << QStringList{
                what, firstName(o.learner == Learner::Senior ? senior : junior),
                reportText::level(o.startLevel), reportText::level(o.targetLevel),
                reportText::date(o.dueDate)};
        }
        doc.addTable(table);
    }

    doc.addHeading(QCoreApplication::translate("IntroductionLetters", "Getting started"));
    doc.addBulletList({
        QCoreApplication::translate("IntroductionLetters",
                                    "%1 takes the first step: write to %2 this week to set a date "
                                    "for your first meeting.")
            .arg(firstName(junior), firstName(senior)),
        QCoreApplication::translate("IntroductionLetters",
                                    "Meet %1, for about an hour, in person or by video, from %2 "
                                    "to %3.")
            .arg(rhythm(program.cadenceDays), longDate(letter.binome.startDate),
                 longDate(program.endDate)),
        QCoreApplication::translate("IntroductionLetters",
                                    "After each meeting, log the session in Binôme: its date, the "
                                    "skills you worked on, your notes and next steps."),
        QCoreApplication::translate("IntroductionLetters",
                                    "HR will meet you for a review at the start, the middle and "
                                    "the end of the program, and is there whenever you need."),
    });
    if (letter.binome.status == BinomeStatus::Paused)
        doc.addNote(QCoreApplication::translate(
            "IntroductionLetters", "This binôme is paused for now: HR will tell you when it "
                                   "resumes."));
    doc.addSpace(3);
    doc.addParagraph(
        QCoreApplication::translate("IntroductionLetters", "We wish you a rewarding binôme."));
    doc.addParagraph(QCoreApplication::translate("IntroductionLetters", "The HR team"));
}

} // namespace

QStringList plainReasons(const Binome& binome, const Participant& junior, const Participant& senior,
                         const QHash<qint64, Skill>& skills) {
    if (binome.explanationData.isEmpty()) {
        QStringList lines = binome.explanation.split(u'\n', Qt::SkipEmptyParts);
        if (lines.isEmpty())
            lines << QCoreApplication::translate("IntroductionLetters",
                                                 "HR matched you for this program.");
        return lines;
    }
    const QJsonObject o = QJsonDocument::fromJson(binome.explanationData.toUtf8()).object();
    const QString mentor = firstName(junior);
    const QString mentee = firstName(senior);
    QStringList lines;
    if (o.value(u"locked"_s).toBool())
        lines << QCoreApplication::translate("IntroductionLetters",
                                             "HR chose to pair you together.");
    QList<QJsonObject> gaps;
    for (const QJsonValue& value : o.value(u"gaps"_s).toArray())
        if (value.toObject().value(u"coverage"_s).toDouble() > 0)
            gaps << value.toObject();
    std::stable_sort(gaps.begin(), gaps.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(u"points"_s).toDouble() > b.value(u"points"_s).toDouble();
    });
    auto skillName = [&](const QString& code) {
        for (const Skill& skill : skills)
            if (skill.code == code)
                return skill.displayName();
        return code;
    };
    for (qsizetype i = 0; i < gaps.size() && i < LetterSkills; ++i) {
        const QJsonObject& gap = gaps.at(i);
        const int mentorLevel = gap.value(u"mentor_level"_s).toInt();
        const QString skill = skillName(gap.value(u"skill"_s).toString());
        lines << (mentorLevel >= 4
                      ? QCoreApplication::translate("IntroductionLetters",
                                                    "%1 is at ease with %2 (level %3 of 5), which "
                                                    "%4 wants to develop (from level %5 to %6).")
                      : QCoreApplication::translate("IntroductionLetters",
                                                    "%1 is a step ahead on %2 (level %3 of 5) and "
                                                    "can help %4 progress (from level %5 to %6)."))
                     .arg(mentor, skill, QString::number(mentorLevel), mentee,
                          QString::number(gap.value(u"current"_s).toInt()),
                          QString::number(gap.value(u"target"_s).toInt()));
    }
    const int halfDays = o.value(u"shared_half_days"_s).toInt();
    if (!o.value(u"modes_compatible"_s).toBool(true))
        lines << QCoreApplication::translate("IntroductionLetters",
                                             "Your preferred ways of meeting differ (%1: %2; %3: "
                                             "%4): agree together on what suits you both.")
                     .arg(mentor, meetingModeDisplayName(junior.mode).toLower(), mentee,
                          meetingModeDisplayName(senior.mode).toLower());
    else if (halfDays > 0)
        lines << QCoreApplication::translate("IntroductionLetters",
                                             "You are both available on %n half-day(s) of the "
                                             "week: finding a slot should be easy.",
                                             nullptr, halfDays);
    const bool knownSites = !junior.site.trimmed().isEmpty() && !senior.site.trimmed().isEmpty();
    if (o.value(u"same_site"_s).toBool() && knownSites)
        lines << QCoreApplication::translate("IntroductionLetters",
                                             "You both work at %1: meeting in person is easy.")
                     .arg(senior.site);
    else if (knownSites && junior.site != senior.site)
        lines << QCoreApplication::translate("IntroductionLetters",
                                             "You work at different sites (%1 and %2): video "
                                             "calls will bring you together.")
                     .arg(junior.site, senior.site);
    const bool knownDepartments =
        !junior.department.trimmed().isEmpty() && !senior.department.trimmed().isEmpty();
    if (o.value(u"different_department"_s).toBool() && knownDepartments)
        lines << QCoreApplication::translate("IntroductionLetters",
                                             "You come from different departments (%1 and %2): "
                                             "a chance to see the organisation through each "
                                             "other's eyes.")
                     .arg(junior.department, senior.department);
    if (lines.isEmpty())
        lines << QCoreApplication::translate("IntroductionLetters",
                                             "HR matched you for this program.");
    return lines;
}

ReportDocument introductionLettersReport(const IntroductionLetters& letters) {
    const QString title = QCoreApplication::translate("IntroductionLetters", "Introduction letter");
    if (letters.letters.isEmpty()) {
        ReportDocument doc(title, letters.program.name);
        doc.setPrintedOn(letters.printedOn);
        doc.addTitle(QCoreApplication::translate("IntroductionLetters", "Introduction letters"));
        doc.addParagraph(QCoreApplication::translate("IntroductionLetters",
                                                     "The program has no confirmed binôme yet."));
        return doc;
    }
    // One page each: a letter is shortened (fewer objectives, shorter descriptions, fewer
    // reasons) until it fits, laid out as in the document: after the letter before it and a
    // page break.
    const auto fitCount = static_cast<int>(std::size(letterFits));
    QList<int> chosen;
    for (qsizetype i = 0; i < letters.letters.size(); ++i) {
        int index = fitCount - 1;
        for (int f = 0; f < fitCount; ++f) {
            ReportDocument probe(title, letters.program.name);
            if (i > 0) {
                addLetter(probe, letters, letters.letters.at(i - 1), letterFits[chosen.last()]);
                probe.addPageBreak();
            }
            addLetter(probe, letters, letters.letters.at(i), letterFits[f]);
            if (probe.pageCount() <= (i > 0 ? 2 : 1)) {
                index = f;
                break;
            }
        }
        chosen << index;
    }
    // Should the whole still run over, every letter is shortened one step more.
    for (int extra = 0;; ++extra) {
        ReportDocument doc(title, letters.program.name);
        doc.setPrintedOn(letters.printedOn);
        for (qsizetype i = 0; i < letters.letters.size(); ++i) {
            if (i > 0)
                doc.addPageBreak();
            addLetter(doc, letters, letters.letters.at(i),
                      letterFits[std::min(chosen.at(i) + extra, fitCount - 1)]);
        }
        if (extra >= fitCount - 1 || doc.pageCount() <= letters.letters.size())
            return doc;
    }
}

ReportDocument confirmedBinomesReport(const IntroductionLetters& letters) {
    ReportDocument doc(QCoreApplication::translate("IntroductionLetters", "Confirmed binômes"),
                       letters.program.name);
    doc.setPrintedOn(letters.printedOn);
    const Program& program = letters.program;
    doc.addTitle(QCoreApplication::translate("IntroductionLetters", "Confirmed binômes"));
    const int count = static_cast<int>(letters.letters.size());
    doc.addSubtitle(QCoreApplication::translate("IntroductionLetters",
                                                "%1 · %n binôme(s) · from %2 to %3", nullptr, count)
                        .arg(program.name, reportText::date(program.startDate),
                             reportText::date(program.endDate)));
    ReportTable table;
    table.columns = {
        {QCoreApplication::translate("IntroductionLetters", "No."), 5, ReportColumn::Align::Right},
        {QCoreApplication::translate("IntroductionLetters", "Mentor (junior)"), 21,
         ReportColumn::Align::Left},
        {QCoreApplication::translate("IntroductionLetters", "Department, site"), 20,
         ReportColumn::Align::Left},
        {QCoreApplication::translate("IntroductionLetters", "Mentee (senior)"), 21,
         ReportColumn::Align::Left},
        {QCoreApplication::translate("IntroductionLetters", "Department, site"), 20,
         ReportColumn::Align::Left},
        {QCoreApplication::translate("IntroductionLetters", "Since"), 13,
         ReportColumn::Align::Left},
    };
    table.emptyText = QCoreApplication::translate("IntroductionLetters",
                                                  "The program has no confirmed binôme yet.");
    int number = 0;
    for (const IntroductionLetter& letter : letters.letters) {
        QString since = reportText::date(letter.binome.startDate);
        if (letter.binome.status == BinomeStatus::Paused) {
            since += u'\n' + binomeStatusDisplayName(letter.binome.status);
            table.highlightedRows.insert(number);
        }
        table.rows << QStringList{QString::number(++number), letter.junior.fullName(),
                                  where(letter.junior),      letter.senior.fullName(),
                                  where(letter.senior),      since};
    }
    doc.addTable(table);
    doc.addNote(QCoreApplication::translate(
        "IntroductionLetters", "Each binôme has its own introduction letter, one page to hand "
                               "to both people, with their e-mails. Paused binômes are "
                               "highlighted."));
    return doc;
}

} // namespace binome
