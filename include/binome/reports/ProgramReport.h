#pragma once

#include "binome/domain/Program.h"
#include "binome/exchange/ProgramFile.h"
#include "binome/reports/ProgramStatistics.h"
#include "binome/reports/ReportDocument.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace binome {

/// Everything a program report prints, read through the services (ReportService::programData).
struct ProgramReportData {
    Program program;
    QDate asOf;
    ProgramStatistics statistics;     ///< the dashboard's figures
    QList<ProgramFileBinome> binomes; ///< every binôme the program ever had, with its row
    /// The flags of each flagged binôme, by binôme id, in words: their names ("At risk") and
    /// each with its reason ("At risk: no session held for 23 days...").
    QHash<qint64, QStringList> flagNames;
    QHash<qint64, QStringList> flagReasons;
};

/// The program report, in the interface's language: the program, its key figures, the charts
/// (sessions per month, levels at kickoff and latest per skill, objectives by status), every
/// binôme with its progress, and the binômes that need attention with the reasons.
ReportDocument programReport(const ProgramReportData& data);

/// A file name to suggest for it: "program-pilot-2025-2025-06-30.pdf".
QString programReportFileName(const ProgramReportData& data);

} // namespace binome
