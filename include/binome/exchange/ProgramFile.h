#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Program.h"
#include "binome/domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace binome {

/// One binôme of a program export: its follow-up row (names, e-mails, figures, flags) and
/// everything logged about it.
struct ProgramFileBinome {
    FollowUpRow row;
    QList<Objective> objectives;
    QList<Session> sessions;
    QList<Debrief> debriefs;
};

/// The flags of a follow-up row as stable tokens: "at-risk", "objective-overdue",
/// "debrief-due", "low-rating".
QStringList followUpFlagTokens(int flags);

/// The program export as JSON (UTF-8, indented): the program's fields and a "binomes" array
/// whose items carry their "objectives", "sessions" and "debriefs" arrays; skills are written by
/// code (`skillCodes`: catalog id to code). `asOf` is the day the flags were computed.
QByteArray programToJson(const Program& program, const QList<ProgramFileBinome>& binomes,
                         const QHash<qint64, QString>& skillCodes, const QDate& asOf);

/// Writes it atomically: the old file stays until the new one is whole.
Status writeProgramFile(const QString& path, const Program& program,
                        const QList<ProgramFileBinome>& binomes,
                        const QHash<qint64, QString>& skillCodes, const QDate& asOf);

} // namespace binome
