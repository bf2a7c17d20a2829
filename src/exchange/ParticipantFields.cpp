#include "ParticipantFields.h"

#include "binome/domain/TextKey.h"
#include "binome/domain/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace binome::participantfile {

namespace {

/// textKey, with '_', '-' and '.' as spaces: "E-mail" and "first_name" become "e mail" and
/// "first name".
QString nameKey(const QString& name) {
    QString key = textKey(name);
    for (QChar& c : key) {
        if (c == u'_' || c == u'-' || c == u'.')
            c = u' ';
    }
    return key.simplified();
}

struct Alias {
    Field field;
    const char16_t* key; ///< already a nameKey
};

constexpr Alias Aliases[] = {
    {Field::Role, u"role"},
    {Field::FirstName, u"first name"},
    {Field::FirstName, u"firstname"},
    {Field::FirstName, u"given name"},
    {Field::FirstName, u"prenom"},
    {Field::LastName, u"last name"},
    {Field::LastName, u"lastname"},
    {Field::LastName, u"surname"},
    {Field::LastName, u"family name"},
    {Field::LastName, u"nom"},
    {Field::LastName, u"nom de famille"},
    {Field::Email, u"email"},
    {Field::Email, u"e mail"},
    {Field::Email, u"mail"},
    {Field::Email, u"email address"},
    {Field::Email, u"courriel"},
    {Field::Email, u"adresse email"},
    {Field::Email, u"adresse e mail"},
    {Field::Email, u"adresse mail"},
    {Field::Department, u"department"},
    {Field::Department, u"service"},
    {Field::Department, u"departement"},
    {Field::Department, u"direction"},
    {Field::Site, u"site"},
    {Field::Site, u"location"},
    {Field::Site, u"lieu"},
    {Field::JobTitle, u"job title"},
    {Field::JobTitle, u"jobtitle"},
    {Field::JobTitle, u"poste"},
    {Field::JobTitle, u"fonction"},
    {Field::BirthYear, u"birth year"},
    {Field::BirthYear, u"year of birth"},
    {Field::BirthYear, u"annee de naissance"},
    {Field::Languages, u"languages"},
    {Field::Languages, u"language"},
    {Field::Languages, u"langues"},
    {Field::Languages, u"langue"},
    {Field::Capacity, u"capacity"},
    {Field::Capacity, u"capacite"},
    {Field::Manager, u"manager"},
    {Field::Manager, u"manager email"},
    {Field::Manager, u"responsable"},
    {Field::Mode, u"mode"},
    {Field::Mode, u"meeting mode"},
    {Field::Mode, u"modalite"},
    {Field::Availability, u"availability"},
    {Field::Availability, u"disponibilites"},
    {Field::Availability, u"disponibilite"},
    {Field::Archived, u"archived"},
    {Field::Archived, u"archive"},
};

} // namespace

QString fieldName(Field field) {
    static const std::array<const char16_t*, FieldCount> names = {
        u"role",    u"first_name", u"last_name",    u"email",     u"department",
        u"site",    u"job_title",  u"birth_year",   u"languages", u"capacity",
        u"manager", u"mode",       u"availability", u"archived"};
    return QString::fromUtf16(names[static_cast<std::size_t>(field)]);
}

std::optional<Field> fieldForName(const QString& name) {
    const QString key = nameKey(name);
    for (const Alias& alias : Aliases) {
        if (key == QStringView(alias.key))
            return alias.field;
    }
    return std::nullopt;
}

QString skillFieldName(SkillPart part, const QString& code) {
    switch (part) {
    case SkillPart::Level:
        return u"skill:"_s + code;
    case SkillPart::Target:
        return u"target:"_s + code;
    case SkillPart::Priority:
        break;
    }
    return u"priority:"_s + code;
}

std::optional<SkillPart> skillPartForKey(const QString& key) {
    const QString k = nameKey(key);
    if (k == u"skill" || k == u"skills" || k == u"competence" || k == u"level" || k == u"niveau" ||
        k == u"current" || k == u"current level" || k == u"actuel" || k == u"niveau actuel")
        return SkillPart::Level;
    if (k == u"target" || k == u"cible" || k == u"target level" || k == u"niveau cible" ||
        k == u"objectif")
        return SkillPart::Target;
    if (k == u"priority" || k == u"priorite")
        return SkillPart::Priority;
    return std::nullopt;
}

std::optional<std::pair<SkillPart, QString>> skillColumnForName(const QString& name) {
    const qsizetype colon = name.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const std::optional<SkillPart> part = skillPartForKey(name.left(colon));
    if (!part)
        return std::nullopt;
    return std::make_pair(*part, name.mid(colon + 1).trimmed());
}

IntResult parseInt(const QString& text) {
    const QString t = text.trimmed();
    bool ok = false;
    const int value = t.toInt(&ok);
    if (ok)
        return {value, {}};
    const double number = QString(t).replace(u',', u'.').toDouble(&ok);
    if (ok && number == static_cast<double>(static_cast<long long>(number)) &&
        std::abs(number) < 1e9)
        return {static_cast<int>(number), {}};
    if (ok)
        return {
            std::nullopt,
            QCoreApplication::translate("ParticipantFile", "\"%1\" is not a whole number").arg(t)};
    return {std::nullopt,
            QCoreApplication::translate("ParticipantFile", "\"%1\" is not a number").arg(t)};
}

QStringList splitTokens(const QString& text) {
    static const QRegularExpression separators(u"[|,;\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

QStringList splitLanguages(const QString& text) {
    QStringList codes;
    for (const QString& token : splitTokens(text)) {
        const QString code = token.toLower();
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

HalfDays parseAvailability(const QStringList& tokens, QStringList& unknown) {
    HalfDays days;
    for (const QString& token : tokens) {
        if (const std::optional<int> index = HalfDays::parseToken(token))
            days.set(*index);
        else
            unknown << token.trimmed();
    }
    return days;
}

std::optional<bool> parseBool(const QString& text) {
    const QString key = textKey(text);
    if (key.isEmpty() || key == u"no" || key == u"non" || key == u"false" || key == u"faux" ||
        key == u"0")
        return false;
    if (key == u"yes" || key == u"oui" || key == u"true" || key == u"vrai" || key == u"1" ||
        key == u"x")
        return true;
    return std::nullopt;
}

QString applyText(Participant& p, Field field, const QString& text) {
    const QString value = text.trimmed();
    switch (field) {
    case Field::Role:
        if (const std::optional<Role> role = parseRole(value)) {
            p.role = *role;
            return {};
        }
        if (value.isEmpty())
            return QCoreApplication::translate("ParticipantFile",
                                               "is required: junior (mentor) or senior (mentee)");
        return QCoreApplication::translate(
                   "ParticipantFile", "\"%1\" is not a role: junior (mentor) or senior (mentee)")
            .arg(value);
    case Field::FirstName:
        p.firstName = value;
        return {};
    case Field::LastName:
        p.lastName = value;
        return {};
    case Field::Email:
        p.email = value;
        return {};
    case Field::Department:
        p.department = value;
        return {};
    case Field::Site:
        p.site = value;
        return {};
    case Field::JobTitle:
        p.jobTitle = value;
        return {};
    case Field::BirthYear: {
        p.birthYear.reset();
        if (value.isEmpty())
            return {};
        const IntResult year = parseInt(value);
        p.birthYear = year.value;
        return year.error;
    }
    case Field::Languages:
        p.languages = splitLanguages(value);
        return {};
    case Field::Capacity: {
        p.capacity = 1;
        if (value.isEmpty())
            return {};
        const IntResult capacity = parseInt(value);
        if (capacity.value)
            p.capacity = *capacity.value;
        return capacity.error;
    }
    case Field::Manager:
        p.managerEmail = value;
        return {};
    case Field::Mode:
        p.mode = MeetingMode::Either;
        if (value.isEmpty())
            return {};
        if (const std::optional<MeetingMode> mode = parseMeetingMode(value)) {
            p.mode = *mode;
            return {};
        }
        return QCoreApplication::translate("ParticipantFile",
                                           "\"%1\" is not a meeting mode: in-person, remote or "
                                           "any (présentiel, distanciel, indifférent)")
            .arg(value);
    case Field::Availability: {
        QStringList unknown;
        p.availability = parseAvailability(splitTokens(value), unknown);
        if (unknown.isEmpty())
            return {};
        return QCoreApplication::translate("ParticipantFile",
                                           "\"%1\" is not a half-day: write them like "
                                           "mon-am|thu-pm (or lun-matin|jeu-aprem)")
            .arg(unknown.join(u", "_s));
    }
    case Field::Archived:
        if (const std::optional<bool> archived = parseBool(value)) {
            p.archived = *archived;
            return {};
        }
        return QCoreApplication::translate("ParticipantFile", "\"%1\" is not yes or no").arg(value);
    }
    return {};
}

QString applySkillText(SkillAssessment& assessment, SkillPart part, const QString& text) {
    if (text.trimmed().isEmpty())
        return {};
    const IntResult number = parseInt(text);
    switch (part) {
    case SkillPart::Level:
        assessment.level = number.value;
        break;
    case SkillPart::Target:
        assessment.target = number.value;
        break;
    case SkillPart::Priority:
        assessment.priority = number.value;
        break;
    }
    return number.error;
}

QString notAParticipantFileMessage(const QString& whatItLooksLike) {
    return QCoreApplication::translate("ParticipantFile",
                                       "this is not a CSV or JSON file: it looks like %1. "
                                       "Export the participants as \"CSV UTF-8\" or JSON and "
                                       "import that file")
        .arg(whatItLooksLike);
}

QString emptyFileMessage() {
    return QCoreApplication::translate("ParticipantFile", "the file is empty");
}

Collector::Collector(QString fileName, ParticipantFileContents& out)
    : m_fileName(std::move(fileName))
    , m_out(out) {}

void Collector::add(int line, const QString& field, const QString& message, const QString& value) {
    m_out.problems.append({m_fileName, line, field, message, value});
}

void Collector::finish(Participant participant, int line, bool roleKnown,
                       const QSet<QString>& alreadyReported) {
    std::stable_sort(participant.skills.begin(), participant.skills.end(),
                     [](const SkillAssessment& a, const SkillAssessment& b) {
                         return a.skillCode < b.skillCode;
                     });
    for (const FieldError& error : validateParticipant(participant)) {
        if (alreadyReported.contains(error.field))
            continue;
        if (!roleKnown && (error.field.startsWith(u"target:") ||
                           error.field.startsWith(u"priority:") || error.field == u"capacity"))
            continue;
        add(line, error.field, error.message);
    }
    const QString key = emailKey(participant.email);
    if (!key.isEmpty() && isValidEmail(participant.email)) {
        const auto first = m_emailLines.constFind(key);
        if (first != m_emailLines.constEnd()) {
            add(line, u"email"_s,
                QCoreApplication::translate("ParticipantFile",
                                            "%1 is already the e-mail of the participant on "
                                            "line %2: each participant needs their own")
                    .arg(participant.email)
                    .arg(*first));
        } else {
            m_emailLines.insert(key, line);
        }
    }
    m_out.participants.append({line, std::move(participant)});
}

} // namespace binome::participantfile
