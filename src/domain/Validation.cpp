#include "binome/domain/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

void checkLevel(QList<FieldError>& errors, const QString& field, const std::optional<int>& value,
                int low, int high) {
    if (value && (*value < low || *value > high)) {
        errors.append(
            {field, QCoreApplication::translate("Validation", "%1 is out of range (%2 to %3)")
                        .arg(*value)
                        .arg(low)
                        .arg(high)});
    }
}
} // namespace

qsizetype controlCharacterAt(const QString& text, bool lineBreaks) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (lineBreaks && (c == u'\t' || c == u'\n' || c == u'\r'))
            continue;
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            return i;
    }
    return -1;
}

bool checkControlCharacters(QList<FieldError>& errors, const QString& field, const QString& text,
                            bool lineBreaks) {
    const qsizetype at = controlCharacterAt(text, lineBreaks);
    if (at < 0)
        return false;
    errors.append(
        {field,
         QCoreApplication::translate("Validation",
                                     "contains a control character (U+%1) at character "
                                     "%2: remove it")
             .arg(QString::number(text.at(at).unicode(), 16).toUpper().rightJustified(4, u'0'))
             .arg(at + 1)});
    return true;
}

bool isValidEmail(const QString& email) {
    static const QRegularExpression pattern(
        u"^[A-Za-z0-9._%+'\\-\\x{00C0}-\\x{024F}]+@[A-Za-z0-9\\-\\x{00C0}-\\x{024F}]+(\\.[A-Za-z0-9\\-\\x{00C0}-\\x{024F}]+)*\\.[A-Za-z]{2,}$"_s);
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

bool isValidLanguageCode(const QString& code) {
    static const QRegularExpression pattern(u"^[a-z]{2,3}$"_s);
    return pattern.match(code).hasMatch();
}

int maxBirthYear() {
    // Today's date costs a look-up of the time zone (a system call) each time it is asked, and an
    // import validates up to a million birth years: the year is asked again only when the
    // second has changed (the seconds since the epoch need no time zone).
    thread_local qint64 askedAt = -1;
    thread_local int year = 0;
    if (const qint64 now = QDateTime::currentSecsSinceEpoch(); now != askedAt) {
        year = QDate::currentDate().year();
        askedAt = now;
    }
    return year - 14;
}

QList<FieldError> validateParticipant(const Participant& p) {
    QList<FieldError> errors;
    if (p.firstName.trimmed().isEmpty())
        errors.append({u"first_name"_s, QCoreApplication::translate("Validation", "is required")});
    else
        checkControlCharacters(errors, u"first_name"_s, p.firstName);
    if (p.lastName.trimmed().isEmpty())
        errors.append({u"last_name"_s, QCoreApplication::translate("Validation", "is required")});
    else
        checkControlCharacters(errors, u"last_name"_s, p.lastName);
    if (p.email.trimmed().isEmpty())
        errors.append({u"email"_s, QCoreApplication::translate("Validation", "is required")});
    else if (!checkControlCharacters(errors, u"email"_s, p.email) &&
             !isValidEmail(p.email.trimmed()))
        errors.append({u"email"_s, QCoreApplication::translate(
                                       "Validation", "\"%1\" is not a valid e-mail address")
                                       .arg(p.email)});
    // Names allow no control character; these free-text fields keep tabs and line breaks
    // (a two-line job title survives the CSV round trip in quotes), never a NUL or an escape.
    checkControlCharacters(errors, u"department"_s, p.department, true);
    checkControlCharacters(errors, u"site"_s, p.site, true);
    checkControlCharacters(errors, u"job_title"_s, p.jobTitle, true);
    if (!p.managerEmail.isEmpty() &&
        !checkControlCharacters(errors, u"manager"_s, p.managerEmail)) {
        if (!isValidEmail(p.managerEmail))
            errors.append({u"manager"_s, QCoreApplication::translate(
                                             "Validation", "\"%1\" is not a valid e-mail address")
                                             .arg(p.managerEmail)});
        else if (emailKey(p.managerEmail) == emailKey(p.email))
            errors.append(
                {u"manager"_s, QCoreApplication::translate(
                                   "Validation", "a participant cannot be their own manager")});
    }
    if (const int maxYear = p.birthYear ? maxBirthYear() : 0;
        p.birthYear && (*p.birthYear < MinBirthYear || *p.birthYear > maxYear))
        errors.append({u"birth_year"_s,
                       QCoreApplication::translate("Validation",
                                                   "%1 is not a plausible birth year (%2 to %3)")
                           .arg(*p.birthYear)
                           .arg(MinBirthYear)
                           .arg(maxYear)});
    for (const QString& language : p.languages) {
        if (!isValidLanguageCode(language))
            errors.append({u"languages"_s,
                           QCoreApplication::translate(
                               "Validation",
                               "\"%1\" is not a language code (two or three letters, such as fr)")
                               .arg(language)});
    }
    if (p.role == Role::Junior && (p.capacity < 1 || p.capacity > MaxCapacity))
        errors.append({u"capacity"_s,
                       QCoreApplication::translate("Validation", "%1 is out of range (%2 to %3)")
                           .arg(p.capacity)
                           .arg(1)
                           .arg(MaxCapacity)});
    QSet<QString> seen;
    for (const SkillAssessment& s : p.skills) {
        const QString field = u"skill:"_s + s.skillCode;
        if (seen.contains(s.skillCode.toLower()))
            errors.append({field, QCoreApplication::translate("Validation", "is given twice")});
        seen.insert(s.skillCode.toLower());
        checkLevel(errors, field, s.level, MinLevel, MaxLevel);
        if (p.role == Role::Junior) {
            if (s.target)
                errors.append({u"target:"_s + s.skillCode,
                               QCoreApplication::translate("Validation",
                                                           "only seniors have a target level")});
            if (s.priority)
                errors.append(
                    {u"priority:"_s + s.skillCode,
                     QCoreApplication::translate("Validation", "only seniors have a priority")});
            continue;
        }
        checkLevel(errors, u"target:"_s + s.skillCode, s.target, MinLevel, MaxLevel);
        checkLevel(errors, u"priority:"_s + s.skillCode, s.priority, MinPriority, MaxPriority);
    }
    return errors;
}

QList<FieldError> validateProgram(const Program& program) {
    QList<FieldError> errors;
    if (program.name.trimmed().isEmpty())
        errors.append({u"name"_s, QCoreApplication::translate("Validation", "is required")});
    else
        checkControlCharacters(errors, u"name"_s, program.name);
    checkControlCharacters(errors, u"description"_s, program.description, true);
    if (!program.startDate.isValid())
        errors.append({u"start"_s, QCoreApplication::translate(
                                       "Validation", "is not a valid date (YYYY-MM-DD)")});
    if (!program.endDate.isValid())
        errors.append({u"end"_s, QCoreApplication::translate("Validation",
                                                             "is not a valid date (YYYY-MM-DD)")});
    if (program.startDate.isValid() && program.endDate.isValid() &&
        program.endDate < program.startDate)
        errors.append(
            {u"end"_s, QCoreApplication::translate("Validation", "is before the start date")});
    if (program.cadenceDays < 1 || program.cadenceDays > 365)
        errors.append({u"cadence"_s,
                       QCoreApplication::translate("Validation", "%1 is out of range (%2 to %3)")
                           .arg(program.cadenceDays)
                           .arg(1)
                           .arg(365)});
    return errors;
}

QList<FieldError> validateSkill(const Skill& skill) {
    QList<FieldError> errors;
    if (!isValidSkillCode(skill.code))
        errors.append(
            {u"code"_s, QCoreApplication::translate(
                            "Validation", "must be 2 to 32 letters, digits, '.', '-' or '_'")});
    if (skill.nameEn.trimmed().isEmpty() && skill.nameFr.trimmed().isEmpty())
        errors.append({u"name"_s, QCoreApplication::translate("Validation", "is required")});
    else if (!checkControlCharacters(errors, u"name"_s, skill.nameEn))
        checkControlCharacters(errors, u"name"_s, skill.nameFr);
    if (skill.area < 1 || skill.area > 5)
        errors.append({u"area"_s, QCoreApplication::translate(
                                      "Validation", "must be a DigComp area from 1 to 5")});
    return errors;
}

QString fieldLabel(const QString& field) {
    struct Label {
        const char16_t* field;
        const char* text;
    };
    // The words of the forms and tables where these fields are shown.
    static constexpr Label Labels[] = {
        {u"role", QT_TRANSLATE_NOOP("Field", "Role")},
        {u"first_name", QT_TRANSLATE_NOOP("Field", "First name")},
        {u"last_name", QT_TRANSLATE_NOOP("Field", "Last name")},
        {u"email", QT_TRANSLATE_NOOP("Field", "E-mail")},
        {u"department", QT_TRANSLATE_NOOP("Field", "Department")},
        {u"site", QT_TRANSLATE_NOOP("Field", "Site")},
        {u"job_title", QT_TRANSLATE_NOOP("Field", "Job title")},
        {u"birth_year", QT_TRANSLATE_NOOP("Field", "Birth year")},
        {u"languages", QT_TRANSLATE_NOOP("Field", "Languages")},
        {u"capacity", QT_TRANSLATE_NOOP("Field", "Capacity")},
        {u"manager", QT_TRANSLATE_NOOP("Field", "Manager's e-mail")},
        {u"mode", QT_TRANSLATE_NOOP("Field", "Meeting mode")},
        {u"availability", QT_TRANSLATE_NOOP("Field", "Availability")},
        {u"archived", QT_TRANSLATE_NOOP("Field", "Archived")},
        {u"skills", QT_TRANSLATE_NOOP("Field", "Skills")},
        {u"name", QT_TRANSLATE_NOOP("Field", "Name")},
        {u"description", QT_TRANSLATE_NOOP("Field", "Description")},
        {u"start", QT_TRANSLATE_NOOP("Field", "Start")},
        {u"end", QT_TRANSLATE_NOOP("Field", "End")},
        {u"cadence", QT_TRANSLATE_NOOP("Field", "Session cadence")},
        {u"code", QT_TRANSLATE_NOOP("Field", "Code")},
        {u"area", QT_TRANSLATE_NOOP("Field", "DigComp area")},
        {u"skill", QT_TRANSLATE_NOOP("Field", "Skill")},
        {u"start_level", QT_TRANSLATE_NOOP("Field", "Starting level")},
        {u"target_level", QT_TRANSLATE_NOOP("Field", "Target level")},
        {u"binome", QT_TRANSLATE_NOOP("Field", "Binôme")},
        {u"objective", QT_TRANSLATE_NOOP("Field", "Objective")},
        {u"date", QT_TRANSLATE_NOOP("Field", "Date")},
        {u"minutes", QT_TRANSLATE_NOOP("Field", "Duration")},
        {u"status", QT_TRANSLATE_NOOP("Field", "Status")},
        {u"junior_email", QT_TRANSLATE_NOOP("Field", "Junior's e-mail")},
        {u"senior_email", QT_TRANSLATE_NOOP("Field", "Senior's e-mail")},
        {u"rating", QT_TRANSLATE_NOOP("Field", "Rating")},
        {u"mentee_rating", QT_TRANSLATE_NOOP("Field", "Mentee's rating")},
        {u"mentor_rating", QT_TRANSLATE_NOOP("Field", "Mentor's rating")},
        {u"notes", QT_TRANSLATE_NOOP("Field", "Notes")},
        {u"next_steps", QT_TRANSLATE_NOOP("Field", "Next steps")},
        {u"mentee_satisfaction", QT_TRANSLATE_NOOP("Field", "Mentee's satisfaction")},
        {u"mentor_satisfaction", QT_TRANSLATE_NOOP("Field", "Mentor's satisfaction")},
        {u"comments", QT_TRANSLATE_NOOP("Field", "Comments")},
        {u"level", QT_TRANSLATE_NOOP("Field", "Level")},
        {u"title", QT_TRANSLATE_NOOP("Field", "Title")},
        {u"url", QT_TRANSLATE_NOOP("Field", "Link")},
        {u"end_date", QT_TRANSLATE_NOOP("Field", "Ended on")},
        {u"end_note", QT_TRANSLATE_NOOP("Field", "Note")},
    };
    for (const Label& label : Labels) {
        if (field == QStringView(label.field))
            return QCoreApplication::translate("Field", label.text);
    }
    // A skill's level, target or priority: "skill:genai", "target:DC1.1", "priority:cms".
    static constexpr Label SkillParts[] = {
        {u"skill:", QT_TRANSLATE_NOOP("Field", "Level (%1)")},
        {u"target:", QT_TRANSLATE_NOOP("Field", "Target (%1)")},
        {u"priority:", QT_TRANSLATE_NOOP("Field", "Priority (%1)")},
    };
    for (const Label& part : SkillParts) {
        if (field.startsWith(QStringView(part.field)))
            return QCoreApplication::translate("Field", part.text)
                .arg(field.mid(QStringView(part.field).size()));
    }
    return field;
}

QString joinErrors(const QList<FieldError>& errors) {
    QStringList lines;
    for (const FieldError& e : errors)
        lines << (e.field.isEmpty() ? e.message : fieldLabel(e.field) + u": "_s + e.message);
    return lines.join(u'\n');
}

} // namespace binome
