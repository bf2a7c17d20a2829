#pragma once

#include "binome/domain/Participant.h"
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
    QList<ImportRow> rows;
    QList<ImportProblem> problems; ///< when not empty, nothing was written
    bool written = false;

    int count(ImportAction action) const;
    bool ok() const { return problems.isEmpty(); }
};

/// Imports participants with their skills from a CSV or JSON file: everyone lands, updated by
/// e-mail, or nobody does.
class ImportService {
public:
    explicit ImportService(const Database& database)
        : m_database(database) {}

    /// Reads and checks the file against the database; writes nothing.
    ImportReport preview(const QString& path) const;
    /// Reads, checks and, when there is no problem at all, writes everything in one transaction.
    ImportReport run(const QString& path) const;
    /// Undoes a written import in one transaction: the people it added are removed, the ones it
    /// updated get their previous data back.
    Status revert(const ImportReport& report) const;
    /// Writes a reverted import's rows again (new ids for the people it adds).
    Status reapply(ImportReport& report) const;

private:
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
