#pragma once

#include "binome/domain/Participant.h"
#include "binome/domain/Progress.h"
#include "binome/domain/Result.h"
#include "binome/exchange/ParticipantFile.h"

#include <QList>
#include <QString>

#include <optional>

namespace binome {

class Database;

/// What an import does, or would do, to one participant of the file.
enum class ImportAction { Create, Update, Unchanged };

struct ImportRow {
    int line = 0;
    Participant participant; ///< as read from the file (id of the existing one on update)
    ImportAction action = ImportAction::Create;
    std::optional<Participant> before; ///< the stored data an update replaces
};

struct ImportReport {
    QString file;
    QString format;
    QString encodingNote; ///< "read as Windows-1252 (...)" when it was; empty otherwise
    QList<ImportRow> rows;
    QList<ImportProblem> problems; ///< when not empty, nothing was written
    bool written = false;
    bool cancelled = false; ///< by the progress callback: nothing was written, rows are partial

    int count(ImportAction action) const;
    bool ok() const { return problems.isEmpty() && !cancelled; }
};

/// Imports participants with their skills from a CSV or JSON file: everyone lands, updated by
/// e-mail, or nobody does.
class ImportService {
public:
    explicit ImportService(const Database& database)
        : m_database(database) {}

    /// Reads and checks the file against the database; writes nothing. A file beyond the caps
    /// (ImportLimits.h) is refused. `progress.reading` may cancel.
    ImportReport preview(const QString& path, const ImportProgress& progress = {}) const;
    /// Reads, checks and, when there is no problem at all, writes everything in one transaction.
    /// Cancelled by either callback of `progress`, it writes nothing (the transaction rolls
    /// back) and says so in `cancelled`.
    ImportReport run(const QString& path, const ImportProgress& progress = {}) const;
    /// Undoes a written import in one transaction: the people it added are removed, the ones it
    /// updated get their previous data back.
    Status revert(const ImportReport& report) const;
    /// Writes a reverted import's rows again (new ids for the people it adds).
    Status reapply(ImportReport& report) const;

private:
    /// Reads and checks the file, without comparing it with the database yet.
    ImportReport read(const QString& path, const ImportProgress& progress) const;

    const Database& m_database;
};

/// Exports participants (archived included) with their skills.
class ExportService {
public:
    explicit ExportService(const Database& database)
        : m_database(database) {}

    /// Writes FILE.csv or FILE.json; returns how many participants were written.
    Result<int> exportParticipants(const QString& path) const;

private:
    const Database& m_database;
};

} // namespace binome
