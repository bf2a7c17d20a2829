#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Skill.h"
#include "binome/exchange/ParticipantFile.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace binome {

/// The columns of a session sheet (docs/session-files.md). Problems name a column by its
/// canonical name (sessionSheetFieldName), or by the header text when the column is unknown.
enum class SessionSheetField {
    JuniorEmail,
    SeniorEmail,
    Date,
    Minutes,
    Mode,
    Status,
    Skills,
    Notes,
    NextSteps,
    MenteeRating, ///< the senior's rating ("note du senior", "senior rating")
    MentorRating, ///< the junior's rating ("note du junior", "junior rating")
};

inline constexpr int SessionSheetFieldCount = static_cast<int>(SessionSheetField::MentorRating) + 1;

/// "junior_email", "senior_email", "date", "minutes", "mode", "status", "skills", "notes",
/// "next_steps", "mentee_rating", "mentor_rating".
QString sessionSheetFieldName(SessionSheetField field);
/// Matches a column name, French or English, whatever the case, accents, spaces, '_' or '-':
/// "courriel junior", "Junior e-mail", "durée", "note du senior", ...
std::optional<SessionSheetField> sessionSheetFieldForName(const QString& name);
/// Whether a sheet without this column is refused.
bool isRequiredSessionSheetField(SessionSheetField field);

/// A duration as mentors type it: "45", "1h", "1 h", "1h30", "0h45", "90 min", "1:30",
/// "1,5 h", "2 heures". std::nullopt when it is none of these (the range is not checked).
std::optional<int> parseSessionMinutes(const QString& text);
/// A date written yyyy-mm-dd (also yyyy/mm/dd) or, day first, dd/mm/yyyy (also dd.mm.yyyy and
/// dd-mm-yyyy), optionally followed by a time of day that is ignored. Null when it is none of
/// these or not a day of the calendar (30/02/2026).
QDate parseSessionSheetDate(const QString& text);
/// "réalisée"/"held" (false) or "prévue"/"planned" (true), and their variants, any case and
/// accents. std::nullopt when unknown.
std::optional<bool> parseSessionPlanned(const QString& text);

/// One session read from the sheet, and the binôme it is for, named by both e-mails.
struct SessionSheetRow {
    int line = 0; ///< the physical line where the row starts
    QString juniorEmail;
    QString seniorEmail;
    QStringList skillCodes; ///< the catalog's spelling, in the order written
    Session session;        ///< binomeId 0: the import finds it by the e-mails
};

struct SessionSheetContents {
    QList<SessionSheetRow> rows;   ///< every row read, even one with a problem
    QList<ImportProblem> problems; ///< every problem found; empty when the sheet is good
    QString encoding;              ///< as it was decoded: "UTF-8", "windows-1252"...
};

/// Reads a session sheet (CSV, any separator; UTF-8, UTF-16 or Windows-1252 as decodeText()
/// decides, a file mixing encodings is refused). `catalog` resolves the skill codes to ids
/// (archived skills included when given). Never stops at the first problem. Read one row at a
/// time; a sheet beyond the caps (ImportLimits.h) is refused.
SessionSheetContents readSessionSheet(const QByteArray& bytes, const QString& fileName,
                                      const QList<Skill>& catalog,
                                      const FileReadOptions& options = {});
/// The same from a file on disk; a file that cannot be read is a problem on line 0, a file
/// larger than the cap is refused before it is read.
SessionSheetContents readSessionSheetFile(const QString& path, const QList<Skill>& catalog,
                                          const FileReadOptions& options = {});

} // namespace binome
