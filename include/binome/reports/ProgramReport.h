#pragma once

#include "binome/domain/Program.h"
#include "binome/domain/Result.h"
#include "binome/exchange/ProgramFile.h"
#include "binome/reports/ReportDocument.h"
#include "binome/services/ProgramStatistics.h"

#include <QDate>
#include <QList>
#include <QString>

namespace binome {

class Database;

/// Everything a program report prints, read through the services.
struct ProgramReportData {
    Program program;
    QDate asOf;
    ProgramStatistics statistics;     ///< the dashboard's figures
    QList<ProgramFileBinome> binomes; ///< every binôme the program ever had, with its row
};

/// Gathers program `programId`'s report as of `asOf` (one read of the program's data).
Result<ProgramReportData> programReportData(const Database& database, qint64 programId,
                                            const QDate& asOf);

/// The program report, in the interface's language: the program, its key figures, the charts
/// (sessions per month, levels at kickoff and latest per skill, objectives by status), every
/// binôme with its progress, and the binômes that need attention with the reasons.
ReportDocument programReport(const ProgramReportData& data);

/// A file name to suggest for it: "program-pilot-2025-2025-06-30.pdf".
QString programReportFileName(const ProgramReportData& data);

} // namespace binome
