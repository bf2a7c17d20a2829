#include "binome/domain/Participant.h"

#include "binome/domain/TextKey.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <bit>

using namespace Qt::StringLiterals;

namespace binome {

QString roleToken(Role role) {
    return role == Role::Junior ? u"junior"_s : u"senior"_s;
}

std::optional<Role> parseRole(const QString& text) {
    const QString key = textKey(text);
    if (key == u"junior" || key == u"mentor")
        return Role::Junior;
    if (key == u"senior" || key == u"mentore" || key == u"mentee")
        return Role::Senior;
    return std::nullopt;
}

QString roleDisplayName(Role role) {
    return role == Role::Junior ? QCoreApplication::translate("Participant", "Junior (mentor)")
                                : QCoreApplication::translate("Participant", "Senior (mentee)");
}

QString meetingModeToken(MeetingMode mode) {
    switch (mode) {
    case MeetingMode::InPerson:
        return u"in-person"_s;
    case MeetingMode::Remote:
        return u"remote"_s;
    case MeetingMode::Either:
        break;
    }
    return u"any"_s;
}

std::optional<MeetingMode> parseMeetingMode(const QString& text) {
    const QString key = textKey(text);
    if (key == u"in-person" || key == u"in person" || key == u"inperson" || key == u"presentiel")
        return MeetingMode::InPerson;
    if (key == u"remote" || key == u"distanciel" || key == u"a distance")
        return MeetingMode::Remote;
    if (key == u"any" || key == u"either" || key == u"indifferent" || key == u"hybride" ||
        key == u"hybrid")
        return MeetingMode::Either;
    return std::nullopt;
}

QString meetingModeDisplayName(MeetingMode mode) {
    switch (mode) {
    case MeetingMode::InPerson:
        return QCoreApplication::translate("Participant", "In person");
    case MeetingMode::Remote:
        return QCoreApplication::translate("Participant", "Remote");
    case MeetingMode::Either:
        break;
    }
    return QCoreApplication::translate("Participant", "Either");
}

namespace {
constexpr std::array<const char16_t*, 7> DayEn = {u"mon", u"tue", u"wed", u"thu",
                                                  u"fri", u"sat", u"sun"};
constexpr std::array<const char16_t*, 7> DayFr = {u"lun", u"mar", u"mer", u"jeu",
                                                  u"ven", u"sam", u"dim"};
} // namespace

void HalfDays::set(int index, bool on) {
    if (index < 0 || index >= Count)
        return;
    const auto bit = static_cast<std::uint16_t>(1U << index);
    m_bits =
        on ? static_cast<std::uint16_t>(m_bits | bit) : static_cast<std::uint16_t>(m_bits & ~bit);
}

int HalfDays::count() const {
    return std::popcount(m_bits);
}

QString HalfDays::token(int index) {
    if (index < 0 || index >= Count)
        return {};
    return QString::fromUtf16(DayEn[static_cast<std::size_t>(index / 2)]) +
           (index % 2 == 0 ? u"-am"_s : u"-pm"_s);
}

std::optional<int> HalfDays::parseToken(const QString& text) {
    const QString key = textKey(text);
    const qsizetype dash = key.indexOf(u'-');
    if (dash <= 0)
        return std::nullopt;
    const QString day = key.left(dash);
    const QString part = key.mid(dash + 1);
    int dayIndex = -1;
    for (std::size_t i = 0; i < DayEn.size(); ++i) {
        if (day == QString::fromUtf16(DayEn[i]) || day == QString::fromUtf16(DayFr[i]))
            dayIndex = static_cast<int>(i);
    }
    if (dayIndex < 0)
        return std::nullopt;
    if (part == u"am" || part == u"matin")
        return dayIndex * 2;
    if (part == u"pm" || part == u"aprem" || part == u"apres-midi" || part == u"apresmidi")
        return dayIndex * 2 + 1;
    return std::nullopt;
}

QString HalfDays::toTokens() const {
    QStringList parts;
    for (int i = 0; i < Count; ++i) {
        if (contains(i))
            parts << token(i);
    }
    return parts.join(u'|');
}

QString HalfDays::displayText() const {
    static const std::array<const char*, 7> days = {
        QT_TRANSLATE_NOOP("HalfDays", "Mon"), QT_TRANSLATE_NOOP("HalfDays", "Tue"),
        QT_TRANSLATE_NOOP("HalfDays", "Wed"), QT_TRANSLATE_NOOP("HalfDays", "Thu"),
        QT_TRANSLATE_NOOP("HalfDays", "Fri"), QT_TRANSLATE_NOOP("HalfDays", "Sat"),
        QT_TRANSLATE_NOOP("HalfDays", "Sun")};
    QStringList parts;
    for (int i = 0; i < Count; ++i) {
        if (!contains(i))
            continue;
        const QString day =
            QCoreApplication::translate("HalfDays", days[static_cast<std::size_t>(i / 2)]);
        parts << (i % 2 == 0 ? QCoreApplication::translate("HalfDays", "%1 AM").arg(day)
                             : QCoreApplication::translate("HalfDays", "%1 PM").arg(day));
    }
    return parts.join(u", "_s);
}

int SkillAssessment::gap() const {
    if (!level || !target)
        return 0;
    return std::max(0, *target - *level);
}

QString Participant::fullName() const {
    return firstName + u' ' + lastName;
}

const SkillAssessment* Participant::skill(const QString& code) const {
    for (const SkillAssessment& s : skills) {
        if (s.skillCode.compare(code, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

bool Participant::sameData(const Participant& o) const {
    return role == o.role && firstName == o.firstName && lastName == o.lastName &&
           email == o.email && department == o.department && site == o.site &&
           jobTitle == o.jobTitle && birthYear == o.birthYear && languages == o.languages &&
           capacity == o.capacity && managerEmail == o.managerEmail && mode == o.mode &&
           availability == o.availability && archived == o.archived && skills == o.skills;
}

QString emailKey(const QString& email) {
    return email.trimmed().toCaseFolded();
}

} // namespace binome
