#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Progress.h"
#include "binome/domain/Result.h"
#include "binome/exchange/ParticipantFile.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace binome {

class Database;

/// What an import of a session sheet does, or would do, to one row.
enum class SessionImportAction {
    Add,       ///< a new session of the binôme
    Unchanged, ///< the binôme already has it (same date, minutes, held or planned): skipped
};

/// One row of the sheet, with all a preview table shows.
struct SessionImportRow {
    int line = 0; ///< where the row starts in the file
    QString juniorEmail;
    QString seniorEmail;
    QString juniorName; ///< "First Last" of the participant with that e-mail; empty if none
    QString seniorName;
    QStringList skillCodes; ///< the catalog's codes
    Session session;        ///< binomeId set when the binôme was found; id set once written
    SessionImportAction action = SessionImportAction::Add;
};

struct SessionImportReport {
    QString file;
    QString encodingNote;          ///< "read as Windows-1252 (...)" when it was; empty otherwise
    QList<SessionImportRow> rows;  ///< every row of the file, in order
    QList<ImportProblem> problems; ///< when not empty, nothing was written
    bool written = false;
    bool cancelled = false;   ///< by the progress callback: nothing was written, rows are partial
    QList<qint64> writtenIds; ///< the sessions the import added (what revert removes)

    int count(SessionImportAction action) const;
    bool ok() const { return problems.isEmpty() && !cancelled; }
    /// The lines that have a problem, to mark them in a preview.
    QSet<int> problemLines() const;
};

/// Imports the sessions of a sheet the mentors keep (docs/session-files.md): each row names its
/// binôme by the junior's and the senior's e-mails. Every session lands, or none does; a
/// session the binôme already has is skipped, so importing the same sheet again adds nothing.
class SessionImportService {
public:
    explicit SessionImportService(const Database& database)
        : m_database(database) {}

    /// Reads the sheet, finds each row's open binôme and checks every session; writes nothing.
    /// A sheet beyond the caps (ImportLimits.h) is refused. `progress.reading` may cancel.
    SessionImportReport preview(const QString& path, const ImportProgress& progress = {}) const;
    /// The same, then, when there is no problem at all, adds the new sessions in one
    /// transaction. Cancelled by either callback of `progress`, it writes nothing (the
    /// transaction rolls back) and says so in `cancelled`.
    SessionImportReport run(const QString& path, const ImportProgress& progress = {}) const;
    /// Removes the sessions a written import added, in one transaction (the undo).
    Status revert(const SessionImportReport& report) const;
    /// Adds a reverted import's new sessions again, with new ids (the redo).
    Status reapply(SessionImportReport& report) const;

private:
    const Database& m_database;
};

} // namespace binome
