#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Participant.h"
#include "binome/domain/Program.h"
#include "binome/domain/Result.h"
#include "binome/domain/Skill.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace binome {

/// One binôme the person took part in, as their right-of-access dossier shows it: the other
/// person appears by name only.
struct DossierBinome {
    Binome binome;
    Program program;
    Role role = Role::Junior; ///< the person's role in this binôme
    QString partnerName;
    QStringList why;             ///< the pairing's explanation in the interface's language
    QList<Objective> objectives; ///< those where the person is the learner
    QList<Session> sessions;     ///< the most recent first
    QList<Debrief> debriefs;     ///< the most recent first; reviews of their objectives only
};

/// A pair HR ruled out in a program: the person was not to be paired with `otherName`.
struct DossierExclusion {
    Program program;
    QString otherName;
};

/// Everything the program holds about one person, for a right-of-access request (GDPR
/// article 15): built by ParticipantDossierService, printed by the participant report and
/// written as JSON by dossierToJson().
struct ParticipantDossier {
    QDate asOf; ///< the day it was produced
    Participant person;
    QList<LevelRecord> levelHistory; ///< by skill then date
    QList<Program> programs;         ///< the programs they are enrolled in
    QList<DossierBinome> binomes;    ///< the most recent start first
    QList<DossierExclusion> exclusions;
    QHash<qint64, Skill> skills; ///< the skills catalog, by id (to name the skills mentioned)

    const Skill* skillById(qint64 id) const;
    const Skill* skillByCode(const QString& code) const;
    /// The skill's name in the interface's language, or its code (its id) when unknown.
    QString skillName(qint64 id) const;
    QString skillNameByCode(const QString& code) const;
    int sessionCount() const;
};

/// The dossier as JSON (UTF-8, indented, ISO dates, stable English keys): "participant",
/// "skills", "level_history", "programs", "binomes" (each with its "objectives", "sessions" and
/// "debriefs") and "exclusions". Skills are written by code with their English and French
/// names; the explanation lines are in the interface's language.
QByteArray dossierToJson(const ParticipantDossier& dossier);

/// Writes it atomically: the old file stays until the new one is whole.
Status writeDossierFile(const QString& path, const ParticipantDossier& dossier);

} // namespace binome
