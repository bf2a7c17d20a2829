#pragma once

#include "binome/domain/Binome.h"
#include "binome/domain/FollowUp.h"
#include "binome/domain/Participant.h"
#include "binome/domain/Program.h"

#include <QList>
#include <QStringList>

namespace binome {

/// Everything about one binôme, for its detail view, its export and its report.
struct BinomeDetail {
    Binome binome;
    Program program;
    Participant junior;
    Participant senior;
    QList<Objective> objectives;
    QList<Session> sessions; ///< the most recent first
    QList<Debrief> debriefs; ///< the most recent first
    QList<LevelRecord> juniorHistory;
    QList<LevelRecord> seniorHistory;
    QStringList why; ///< the pairing's explanation in the interface's language
};

} // namespace binome
