#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace binome {

/// A junior mentors; a senior is mentored.
enum class Role { Junior, Senior };

/// Preferred way of meeting.
enum class MeetingMode { InPerson, Remote, Either };

QString roleToken(Role role);                       ///< "junior" / "senior"
std::optional<Role> parseRole(const QString& text); ///< English or French, any case
QString roleDisplayName(Role role);                 ///< translated
QString meetingModeToken(MeetingMode mode);         ///< "in-person" / "remote" / "any"
std::optional<MeetingMode> parseMeetingMode(const QString& text); ///< English or French
QString meetingModeDisplayName(MeetingMode mode);                 ///< translated

/// The fourteen half-days of a week as a bit set: bit 2*day + (0 morning, 1 afternoon),
/// day 0 = Monday.
class HalfDays {
public:
    static constexpr int Count = 14;

    HalfDays() = default;
    explicit HalfDays(std::uint16_t bits)
        : m_bits(bits & 0x3FFF) {}

    std::uint16_t bits() const { return m_bits; }
    bool isEmpty() const { return m_bits == 0; }
    bool contains(int index) const { return (m_bits >> index) & 1U; }
    void set(int index, bool on = true);
    int count() const;
    HalfDays operator&(HalfDays other) const { return HalfDays(m_bits & other.m_bits); }
    bool operator==(const HalfDays&) const = default;

    /// "mon-am", "mon-pm", ... "sun-pm".
    static QString token(int index);
    /// Parses "mon-am", "lun-matin", "mar-aprem", "tue-pm", ... (any case and accents).
    static std::optional<int> parseToken(const QString& text);
    /// Canonical tokens joined by '|'.
    QString toTokens() const;
    /// Translated, short and readable ("Mon AM, Thu PM").
    QString displayText() const;

private:
    std::uint16_t m_bits = 0;
};

/// A participant's level on one skill. For a junior only `level` is meaningful; for a senior
/// `level` is the current level, with a target and a priority.
struct SkillAssessment {
    QString skillCode;
    std::optional<int> level;    ///< 0..5
    std::optional<int> target;   ///< 0..5, seniors only
    std::optional<int> priority; ///< 1..3, seniors only

    /// max(0, target - current); 0 when either is unknown.
    int gap() const;
    bool operator==(const SkillAssessment&) const = default;
};

struct Participant {
    qint64 id = 0; ///< 0 until stored
    Role role = Role::Junior;
    QString firstName;
    QString lastName;
    QString email;
    QString department;
    QString site;
    QString jobTitle;
    std::optional<int> birthYear;
    QStringList languages; ///< lower-case codes such as "fr", "en"
    int capacity = 1;      ///< juniors: how many seniors they may mentor
    QString managerEmail;  ///< reporting line
    MeetingMode mode = MeetingMode::Either;
    HalfDays availability;
    bool archived = false;
    QList<SkillAssessment> skills; ///< sorted by skill code
    qint64 rowVersion = 0;         ///< as read (schema 5); 0: not read, not checked on update

    QString fullName() const;
    const SkillAssessment* skill(const QString& code) const;
    /// Compares every field that is stored, ignoring the id.
    bool sameData(const Participant& other) const;
};

/// The key under which e-mails are unique: trimmed, case-folded.
QString emailKey(const QString& email);

} // namespace binome
