#pragma once

#include "binome/domain/Result.h"
#include "binome/exchange/SpreadsheetCsv.h"

#include <QDate>
#include <QString>

namespace binome {

class Database;

/// The tables the GUI shows, as spreadsheets.
enum class SpreadsheetKind { Participants, Binomes, Sessions, Objectives };

/// The tables of the application as spreadsheets (SpreadsheetCsv): headers in the interface's
/// language, dates as yyyy-MM-dd (Excel reads them as dates), hours with the decimal separator of
/// the default QLocale (a comma in French, as French Excel expects), levels, minutes and ratings
/// as plain integers. Shared by the GUI and the command line; reads through the services only.
class TableExportService {
public:
    explicit TableExportService(const Database& database)
        : m_database(database) {}

    /// Every participant, archived ones too, with the Participants page's columns.
    Result<SpreadsheetTable> participants() const;
    /// One row per binôme the program ever had, as the Follow-up page shows it, with its start
    /// and end dates; flags computed as of `today`.
    Result<SpreadsheetTable> binomes(qint64 programId, const QDate& today) const;
    /// Every session (held and planned) of the program's binômes: binôme by binôme in the
    /// follow-up's order, each binôme's oldest first.
    Result<SpreadsheetTable> sessions(qint64 programId) const;
    /// Every objective of the program's binômes, with the learner's current level when known.
    Result<SpreadsheetTable> objectives(qint64 programId) const;

    /// The table of this kind (`programId` and `today` unused for participants).
    Result<SpreadsheetTable> table(SpreadsheetKind kind, qint64 programId,
                                   const QDate& today) const;
    /// Writes table() to a CSV file, atomically, readable by its owner only; returns the
    /// number of rows written (header not counted).
    Result<int> exportTable(SpreadsheetKind kind, qint64 programId, const QString& path,
                            const QDate& today) const;

private:
    const Database& m_database;
};

} // namespace binome
