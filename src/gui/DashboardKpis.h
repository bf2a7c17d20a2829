#pragma once

#include "binome/services/ProgramStatistics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace binome::gui {

/// One figure of a program as the dashboard shows it: on a tile and in the comparison table.
struct Kpi {
    enum Id {
        Active,
        Paused,
        Ended,
        SessionsHeld,
        Hours,
        Cadence,
        ObjectivesAchieved,
        AverageGain,
        MenteeSatisfaction,
        MentorSatisfaction,
        Count
    };
    Id id = Active;
    QString key;                  ///< stable, for object names: "active", "cadence"...
    QString label;                ///< "Kept the cadence"
    QString value;                ///< "67 %", or "—" when there is nothing to measure yet
    QString detail;               ///< a short line under the value: "2 of 3 open binômes"
    QString toolTip;              ///< how it is computed, in words
    std::optional<double> number; ///< the raw figure; none when there is nothing to measure
};

/// The dashboard's figures of a program, worded and formatted in the interface's language.
class DashboardKpis {
    Q_DECLARE_TR_FUNCTIONS(DashboardKpis)

public:
    static QList<Kpi> of(const ProgramStatistics& statistics);
    static QString label(Kpi::Id id);
    static QString toolTip(Kpi::Id id);

    /// "67 %" for 0.67.
    static QString percent(double share);
    /// "1.5" with the locale's decimal separator.
    static QString decimal(double value, int decimals = 1);
};

} // namespace binome::gui
