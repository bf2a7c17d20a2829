#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Participant.h"
#include "binome/domain/Program.h"
#include "binome/domain/Skill.h"
#include "binome/reports/ReportDocument.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace binome {

/// At most this many objectives on a letter (IntroductionLetter::objectives): the page stays one
/// page.
inline constexpr int LetterObjectives = 4;

/// One open binôme, as its introduction letter presents it.
struct IntroductionLetter {
    Binome binome;
    Participant junior;
    Participant senior;
    QStringList reasons;         ///< why they were matched, in plain words (interface's language)
    QList<Objective> objectives; ///< its first objectives: the open ones, due first
};

/// A program's open binômes, ready to be printed as letters and as a list (gathered by
/// ReportService::letters).
struct IntroductionLetters {
    Program program;
    QDate printedOn;
    QList<IntroductionLetter> letters; ///< by senior's name
    QHash<qint64, Skill> skills;       ///< the catalog, by id

    QString skillName(qint64 id) const;
};

/// Why the two were matched, in plain words, from the explanation kept at confirmation (the
/// skills the mentor can share, shared availability, site, departments); the recorded lines
/// when only an older text explanation was kept.
QStringList plainReasons(const Binome& binome, const Participant& junior, const Participant& senior,
                         const QHash<qint64, Skill>& skills);

/// One page per open binôme, to hand to both people: who they are and how to reach each other,
/// why they were matched, their first objectives, the program's dates and rhythm.
ReportDocument introductionLettersReport(const IntroductionLetters& letters);
/// The printable list of the confirmed binômes: one row each.
ReportDocument confirmedBinomesReport(const IntroductionLetters& letters);

} // namespace binome
