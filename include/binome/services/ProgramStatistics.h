#pragma once

#include "binome/domain/Result.h"
#include "binome/reports/ProgramStatistics.h"

#include <QDate>

namespace binome {

class Database;

/// Reads a program's data and computes its statistics (computeProgramStatistics); shared by
/// the dashboard, the program report and the CLI.
class ProgramStatisticsService {
public:
    explicit ProgramStatisticsService(const Database& database)
        : m_database(database) {}

    /// Reads the program (ProgramExportService::programData, one read) and the catalog.
    Result<ProgramStatistics> compute(qint64 programId, const QDate& asOf) const;

private:
    const Database& m_database;
};

} // namespace binome
