#pragma once

#include "binome/domain/Binome.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace binome {

/// How a program's binômes are proposed: the weights of the score, the hard rules and the
/// minimum score. Saved with the program.
struct PairingSettings {
    double weightSkill = 0.6;
    double weightAvailability = 0.2;
    double weightSite = 0.1;
    double weightCrossDepartment = 0.1;
    bool forbidSameDepartment = false;
    bool forbidSameReportingLine = true;
    bool requireCoveredGap = true;
    double minScore = 20; ///< 0..100: pairs scoring below are never made

    bool operator==(const PairingSettings&) const = default;
};

/// (junior id, senior id)
using PersonPair = QPair<qint64, qint64>;

/// The audit record of a confirmed pairing run.
struct PairingRun {
    qint64 id = 0;
    qint64 programId = 0;
    QDateTime runAt;
    QString runBy;
    PairingSettings settings;
    double total = 0;
    int pairCount = 0;
};

} // namespace binome
