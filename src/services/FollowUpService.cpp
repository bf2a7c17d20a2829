#include "binome/services/FollowUpService.h"

#include "binome/services/DebriefService.h"
#include "binome/storage/BinomeRepository.h"
#include "binome/storage/Database.h"
#include "binome/storage/FollowUpQueries.h"
#include "binome/storage/ProgramRepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

Result<Program> programOf(const Database& database, qint64 programId) {
    const auto programs = ProgramRepository(database).all();
    if (!programs)
        return Error{programs.error()};
    for (const Program& p : *programs)
        if (p.id == programId)
            return p;
    return Error{QCoreApplication::translate("FollowUpService", "Program %1 does not exist.")
                     .arg(programId)};
}

} // namespace

Result<QList<FollowUpRow>> FollowUpService::rows(qint64 programId, const QDate& today) const {
    const auto program = programOf(m_database, programId);
    if (!program)
        return Error{program.error()};
    auto rows = FollowUpQueries(m_database).rows(programId, 0, today);
    if (!rows)
        return rows;
    for (FollowUpRow& row : rows.value())
        computeFlags(row, *program, today);
    return rows;
}

Result<FollowUpRow> FollowUpService::row(qint64 binomeId, const QDate& today) const {
    auto rows = FollowUpQueries(m_database).rows(0, binomeId, today);
    if (!rows)
        return Error{rows.error()};
    if (rows->isEmpty())
        return Error{QCoreApplication::translate("FollowUpService", "Binôme %1 does not exist.")
                         .arg(binomeId)};
    FollowUpRow row = rows->first();
    const auto program = programOf(m_database, row.binome.programId);
    if (!program)
        return Error{program.error()};
    computeFlags(row, *program, today);
    return row;
}

void FollowUpService::computeFlags(FollowUpRow& row, const Program& program, const QDate& today) {
    const Binome& b = row.binome;
    row.flags = FlagNone;
    row.debriefsDue.clear();
    const QDate lastContact = row.lastHeld.isValid() ? row.lastHeld : b.startDate;
    row.daysSinceContact =
        lastContact.isValid() ? std::max<qint64>(0, lastContact.daysTo(today)) : 0;
    if (!b.isOpen())
        return; // an ended binôme needs nobody's attention
    if (b.status == BinomeStatus::Active && row.daysSinceContact > program.cadenceDays)
        row.flags |= FlagAtRisk;
    if (row.objectivesOverdue > 0)
        row.flags |= FlagObjectiveOverdue;
    for (const auto& [kind, date] : DebriefService::dueDates(program)) {
        QDate due = date;
        if (kind == DebriefKind::Kickoff)
            due = std::max(date, b.startDate); // a binôme formed late has its kickoff at its start
        else if (date < b.startDate)
            continue; // formed after that point of the program
        if (due <= today && !row.debriefsHeld.contains(kind))
            row.debriefsDue << kind;
    }
    if (!row.debriefsDue.isEmpty())
        row.flags |= FlagDebriefDue;
    if (row.lastLowRating)
        row.flags |= FlagLowRating;
}

QString FollowUpService::flagName(FollowUpFlag flag) {
    switch (flag) {
    case FlagNone:
        break;
    case FlagAtRisk:
        return QCoreApplication::translate("FollowUpService", "At risk");
    case FlagObjectiveOverdue:
        return QCoreApplication::translate("FollowUpService", "Objective overdue");
    case FlagDebriefDue:
        return QCoreApplication::translate("FollowUpService", "Debrief due");
    case FlagLowRating:
        return QCoreApplication::translate("FollowUpService", "Low rating");
    }
    return {};
}

QStringList FollowUpService::flagReasons(const FollowUpRow& row, const Program& program) {
    QStringList reasons;
    if (row.flags & FlagAtRisk) {
        if (row.lastHeld.isValid())
            reasons << QCoreApplication::translate(
                           "FollowUpService",
                           "At risk: no session held for %n day(s) (cadence: every %1 days)",
                           nullptr, row.daysSinceContact)
                           .arg(program.cadenceDays);
        else
            reasons << QCoreApplication::translate(
                           "FollowUpService",
                           "At risk: no session held in the %n day(s) since the start (cadence: "
                           "every %1 days)",
                           nullptr, row.daysSinceContact)
                           .arg(program.cadenceDays);
    }
    if (row.flags & FlagObjectiveOverdue)
        reasons << QCoreApplication::translate(
            "FollowUpService", "Objective overdue: %n objective(s) past their due date", nullptr,
            row.objectivesOverdue);
    if (row.flags & FlagDebriefDue) {
        QStringList kinds;
        for (DebriefKind kind : row.debriefsDue)
            kinds << debriefKindDisplayName(kind).toLower();
        reasons << QCoreApplication::translate("FollowUpService", "Debrief due: %1")
                       .arg(QLocale().createSeparatedList(kinds));
    }
    if (row.flags & FlagLowRating)
        reasons << QCoreApplication::translate(
                       "FollowUpService", "Low rating: the latest rated session got %1 out of 5")
                       .arg(row.lastLowRating.value_or(0));
    return reasons;
}

} // namespace binome
