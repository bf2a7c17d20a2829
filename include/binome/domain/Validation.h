#pragma once

#include "binome/domain/Participant.h"
#include "binome/domain/Program.h"
#include "binome/domain/Skill.h"

#include <QList>
#include <QString>

namespace binome {

/// One problem with one field of a value, in the user's words.
struct FieldError {
    QString field;   ///< canonical field name: "email", "birth_year", "skill:DC1.1", ...
    QString message; ///< translated
};

/// The words the user sees for a canonical field name, in the interface's language:
/// "last_name" is "Last name" ("Nom" in French), "skill:genai" is "Level (genai)". A name it
/// does not know (a column of a file, a JSON path) comes back as it is. Messages name fields
/// with it; the canonical name stays for programs (a dialog finds the field's widget by it).
QString fieldLabel(const QString& field);

inline constexpr int MinLevel = 0;
inline constexpr int MaxLevel = 5;
inline constexpr int MinPriority = 1;
inline constexpr int MaxPriority = 3;
inline constexpr int MaxCapacity = 10;
inline constexpr int MinBirthYear = 1930;

bool isValidEmail(const QString& email);
/// A two- or three-letter lower-case language code such as "fr".
bool isValidLanguageCode(const QString& code);
/// The year a participant must be born by: the current year minus 14.
int maxBirthYear();

/// Where `text` holds a control character (U+0000 to U+001F, U+007F to U+009F), or -1. A
/// control character breaks exports and their re-import (a NUL ends a C string, a line feed
/// a CSV record) and hides in a table. With `lineBreaks` (notes, descriptions), tab, line
/// feed and carriage return are allowed; names allow none.
qsizetype controlCharacterAt(const QString& text, bool lineBreaks = false);
/// Appends an error for `field` when `text` holds a control character; returns whether it did.
bool checkControlCharacters(QList<FieldError>& errors, const QString& field, const QString& text,
                            bool lineBreaks = false);

/// Every problem with the participant's own fields (not uniqueness, not the catalog).
QList<FieldError> validateParticipant(const Participant& participant);
QList<FieldError> validateProgram(const Program& program);
QList<FieldError> validateSkill(const Skill& skill);

/// Errors joined one per line, "Field label: message".
QString joinErrors(const QList<FieldError>& errors);

} // namespace binome
