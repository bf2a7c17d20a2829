#pragma once

#include "binome/domain/Participant.h"
#include "binome/domain/Result.h"
#include "binome/domain/Skill.h"
#include "binome/exchange/ImportLimits.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace binome {

/// One thing wrong with an input file, where it is: printed as "FILE:LINE: field: message".
struct ImportProblem {
    QString file;  ///< the path as the user gave it
    int line = 0;  ///< 1-based line of the file; 0 when the whole file is concerned
    QString field; ///< canonical field name ("email", "skill:genai", ...) or empty
    QString message;
    QString value{}; ///< the text of `field` as found in the file, when it could not be read

    QString toString() const;
};

struct ParsedParticipant {
    int line = 0; ///< where the participant starts in the file
    Participant participant;
};

struct ParticipantFileContents {
    QString format;   ///< "csv" or "json"
    QString encoding; ///< as it was decoded: "UTF-8", "windows-1252"... (TextDecoding.h)
    QList<ParsedParticipant> participants;
    QList<ImportProblem> problems; ///< every problem found; empty when the file is good
};

/// Skill codes as they may be written in a file, lower-cased, to the catalog's own code.
using SkillCodeMap = QHash<QString, QString>;
/// The map for these catalog entries (archived ones included when given).
SkillCodeMap makeSkillCodeMap(const QList<Skill>& skills);

/// Reads participants and their skills from a CSV or JSON file (told apart by content, then
/// by extension). Never stops at the first problem: lists them all. A file beyond the caps
/// (ImportLimits.h) is refused before it is read; a CSV file is read one row at a time.
ParticipantFileContents readParticipantFile(const QString& path, const SkillCodeMap& knownSkills,
                                            const FileReadOptions& options = {});
ParticipantFileContents readParticipantCsv(const QByteArray& bytes, const QString& fileName,
                                           const SkillCodeMap& knownSkills,
                                           const FileReadOptions& options = {});
ParticipantFileContents readParticipantJson(const QByteArray& bytes, const QString& fileName,
                                            const SkillCodeMap& knownSkills,
                                            const FileReadOptions& options = {});

/// CSV as French Excel reads it: UTF-8 with BOM, ';' separator, CRLF, one column per field
/// and skill:/target:/priority: columns for each code in `skillCodes` (in that order).
QByteArray participantsToCsv(const QList<Participant>& participants, const QStringList& skillCodes);
/// The JSON format of docs/participant-files.md.
QByteArray participantsToJson(const QList<Participant>& participants);
/// Writes by extension (.csv or .json), atomically: the old file stays until the new is whole.
Status writeParticipantFile(const QString& path, const QList<Participant>& participants,
                            const QStringList& skillCodes);

} // namespace binome
