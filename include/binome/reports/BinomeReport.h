#pragma once

#include "binome/domain/BinomeDetail.h"
#include "binome/domain/FollowUp.h"
#include "binome/reports/ReportDocument.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace binome {

/// Everything a binôme report prints, read through the services (ReportService::binomeData).
struct BinomeReportData {
    BinomeDetail detail;     ///< both people, the "why", objectives, sessions, debriefs, history
    FollowUpRow row;         ///< its figures and flags as of `asOf`
    QStringList flagReasons; ///< each flag with its reason, in words
    QHash<qint64, QString> skillNames; ///< the catalog, by id, in the interface's language
    QDate asOf;
};

/// The binôme report, in the interface's language: both people, why they were paired, the
/// objectives with starting, target and current level, a chart of the learners' levels over
/// time, the sessions, the debriefs with their comments and ratings.
ReportDocument binomeReport(const BinomeReportData& data);

/// A file name to suggest for it: "binome-12-dupont-martin.pdf" (letters and digits only).
QString binomeReportFileName(const BinomeReportData& data);

} // namespace binome
