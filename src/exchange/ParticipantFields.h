#pragma once

// Private to the exchange layer: what the CSV and JSON readers share (field names and their
// French/English spellings, value parsing, the checks made once a participant is read).

#include "binome/exchange/ParticipantFile.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace binome::participantfile {

/// The plain fields of a participant, as columns or JSON keys.
enum class Field {
    Role,
    FirstName,
    LastName,
    Email,
    Department,
    Site,
    JobTitle,
    BirthYear,
    Languages,
    Capacity,
    Manager,
    Mode,
    Availability,
    Archived,
};

inline constexpr int FieldCount = static_cast<int>(Field::Archived) + 1;

/// "role", "first_name", ... as written by the export.
QString fieldName(Field field);
/// Matches a column name or JSON key, French or English, whatever the case, accents, spaces,
/// '_' or '-': "Prénom", "first name", "E-mail", "année de naissance", ...
std::optional<Field> fieldForName(const QString& name);

enum class SkillPart { Level, Target, Priority };

/// "skill:CODE", "target:CODE", "priority:CODE".
QString skillFieldName(SkillPart part, const QString& code);
/// Splits "compétence:genai", "cible: DC4.2", "priority:linkedin": the part and the code as
/// written (trimmed). std::nullopt when the name is not a skill column.
std::optional<std::pair<SkillPart, QString>> skillColumnForName(const QString& name);
/// Matches "current"/"level"/"actuel"/"niveau", "target"/"cible", "priority"/"priorité".
std::optional<SkillPart> skillPartForKey(const QString& key);

/// A whole number, or an error message ("is not a number", ...). Text is trimmed.
struct IntResult {
    std::optional<int> value;
    QString error;
};
IntResult parseInt(const QString& text);

/// Language codes separated by ',', '|', ';' or spaces, lower-cased, without repeats.
QStringList splitLanguages(const QString& text);
/// Tokens separated by '|', ',', ';' or spaces; the unknown tokens are returned.
HalfDays parseAvailability(const QStringList& tokens, QStringList& unknown);
QStringList splitTokens(const QString& text);
/// "yes"/"no", "true"/"false", "oui"/"non", "1"/"0", "x", empty = no.
std::optional<bool> parseBool(const QString& text);

/// Sets one field from text as found in a cell (trimmed; empty means no value). Returns the
/// problem, translated, or an empty string.
QString applyText(Participant& participant, Field field, const QString& text);
/// Sets one part of a skill assessment from text; returns the problem or an empty string.
QString applySkillText(SkillAssessment& assessment, SkillPart part, const QString& text);
/// Says the file is not a participant file at all, and what it looks like instead.
QString notAParticipantFileMessage(const QString& whatItLooksLike);
QString emptyFileMessage();

/// Collects the problems of one file and checks each participant once read.
class Collector {
public:
    Collector(QString fileName, ParticipantFileContents& out);

    /// A problem; `value` is the text found for `field` when it could not be read.
    void add(int line, const QString& field, const QString& message, const QString& value = {});
    /// Sorts the skills, runs the domain validation (leaving out the fields in
    /// `alreadyReported`, and targets/priorities when the role was not understood), checks that
    /// the e-mail is not used twice, and keeps the participant.
    void finish(Participant participant, int line, bool roleKnown,
                const QSet<QString>& alreadyReported);

private:
    QString m_fileName;
    ParticipantFileContents& m_out;
    QHash<QString, int> m_emailLines;
};

} // namespace binome::participantfile
