#pragma once

#include "binome/domain/Result.h"
#include "binome/exchange/CalendarFile.h"
#include "binome/exchange/ProgramFile.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace binome {

class Database;

/// What an export wrote.
struct ProgramExportSummary {
    int binomes = 0;
    int sessions = 0; ///< for a calendar: the events (planned sessions)
};

/// Exports a program's follow-up: everything about its binômes as JSON, and its planned
/// sessions as an iCalendar file. Shared by the GUI and the command line.
class ProgramExportService {
public:
    explicit ProgramExportService(const Database& database)
        : m_database(database) {}

    /// Every binôme the program ever had, with its objectives, sessions and debriefs, and its
    /// flags as of `today`.
    Result<QList<ProgramFileBinome>> programData(qint64 programId, const QDate& today) const;
    /// Writes programData() to a JSON file, atomically.
    Result<ProgramExportSummary> exportProgram(qint64 programId, const QString& path,
                                               const QDate& today) const;

    /// The planned sessions of the program's open binômes, by date, as calendar events titled
    /// "Binôme: junior / senior" and described by mode, skills, notes and next steps.
    Result<QList<CalendarEvent>> programEvents(qint64 programId) const;
    /// The planned sessions of one binôme.
    Result<QList<CalendarEvent>> binomeEvents(qint64 binomeId) const;
    /// Writes programEvents() as an .ics file; `stamp` is the DTSTAMP (now, in the front ends).
    Result<ProgramExportSummary> exportProgramCalendar(qint64 programId, const QString& path,
                                                       const QDateTime& stamp) const;
    /// Writes binomeEvents() as an .ics file.
    Result<ProgramExportSummary> exportBinomeCalendar(qint64 binomeId, const QString& path,
                                                      const QDateTime& stamp) const;

private:
    const Database& m_database;
};

} // namespace binome
