#pragma once

#include "binome/domain/Result.h"
#include "binome/reports/BinomeReport.h"
#include "binome/reports/IntroductionLetters.h"
#include "binome/reports/ProgramReport.h"

#include <QDate>

namespace binome {

class Database;

/// Gathers what a report prints, through the other services: the reports (binomeReport,
/// programReport, introductionLettersReport...) then lay it out without reading anything.
class ReportService {
public:
    explicit ReportService(const Database& database)
        : m_database(database) {}

    /// Binôme `binomeId`'s report as of `asOf` (the day its flags are computed for).
    Result<BinomeReportData> binomeData(qint64 binomeId, const QDate& asOf) const;
    /// Program `programId`'s report as of `asOf` (one read of the program's data).
    Result<ProgramReportData> programData(qint64 programId, const QDate& asOf) const;
    /// The program's open (active or paused) binômes with their people, the reasons they were
    /// matched and their first objectives, printed on `printedOn`.
    Result<IntroductionLetters> letters(qint64 programId, const QDate& printedOn) const;

private:
    const Database& m_database;
};

} // namespace binome
