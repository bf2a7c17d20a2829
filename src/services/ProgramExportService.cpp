#include "binome/services/ProgramExportService.h"

#include "binome/services/BinomeService.h"
#include "binome/services/DebriefService.h"
#include "binome/services/FollowUpService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionService.h"
#include "binome/services/SkillCatalogService.h"
#include "binome/storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

Result<Program> programById(const Database& database, qint64 programId) {
    const auto programs = ProgramService(database).list();
    if (!programs)
        return Error{programs.error()};
    for (const Program& program : *programs) {
        if (program.id == programId)
            return program;
    }
    return Error{QCoreApplication::translate("ProgramExportService", "No program has the id %1.")
                     .arg(programId)};
}

/// The catalog as id to skill, archived skills included.
Result<QHash<qint64, Skill>> skillsById(const Database& database) {
    const auto skills = SkillCatalogService(database).list();
    if (!skills)
        return Error{skills.error()};
    QHash<qint64, Skill> byId;
    byId.reserve(skills->size());
    for (const Skill& skill : *skills)
        byId.insert(skill.id, skill);
    return byId;
}

/// The items by binôme id, each binôme's in the order they came.
template <typename T> QHash<qint64, QList<T>> byBinome(QList<T> items) {
    QHash<qint64, QList<T>> grouped;
    for (T& item : items)
        grouped[item.binomeId] << std::move(item);
    return grouped;
}

CalendarEvent eventOf(const Session& session, const FollowUpRow& row,
                      const QHash<qint64, Skill>& skills) {
    CalendarEvent event;
    event.session = session;
    event.uid = sessionEventUid(session.id);
    event.title = QCoreApplication::translate("ProgramExportService", "Binôme: %1 / %2")
                      .arg(row.juniorName, row.seniorName);
    QStringList lines;
    lines << QCoreApplication::translate("ProgramExportService", "Mode: %1")
                 .arg(sessionModeDisplayName(session.mode));
    QStringList skillNames;
    for (const qint64 id : session.skillIds) {
        const auto skill = skills.constFind(id);
        skillNames << (skill == skills.cend() ? QString::number(id) : skill->displayName());
    }
    if (!skillNames.isEmpty())
        lines << QCoreApplication::translate("ProgramExportService", "Skills: %1")
                     .arg(skillNames.join(u", "_s));
    if (!session.notes.trimmed().isEmpty())
        lines << QCoreApplication::translate("ProgramExportService", "Notes: %1")
                     .arg(session.notes.trimmed());
    if (!session.nextSteps.trimmed().isEmpty())
        lines << QCoreApplication::translate("ProgramExportService", "Next steps: %1")
                     .arg(session.nextSteps.trimmed());
    event.description = lines.join(u'\n');
    return event;
}

} // namespace

Result<QList<ProgramFileBinome>> ProgramExportService::programData(qint64 programId,
                                                                   const QDate& today) const {
    // One read transaction: a consistent picture, and SQLite takes its lock once.
    Transaction snapshot(m_database);
    const auto rows = FollowUpService(m_database).rows(programId, today);
    if (!rows)
        return Error{rows.error()};
    // Each kind read once for the whole program, then handed to its binôme.
    auto o = ObjectiveService(m_database).ofProgram(programId);
    if (!o)
        return Error{o.error()};
    QHash<qint64, QList<Objective>> objectives = byBinome(std::move(o).value());
    auto s = SessionService(m_database).ofProgram(programId);
    if (!s)
        return Error{s.error()};
    QHash<qint64, QList<Session>> sessions = byBinome(std::move(s).value());
    auto d = DebriefService(m_database).ofProgram(programId);
    if (!d)
        return Error{d.error()};
    QHash<qint64, QList<Debrief>> debriefs = byBinome(std::move(d).value());
    QList<ProgramFileBinome> result;
    result.reserve(rows->size());
    for (const FollowUpRow& row : *rows) {
        ProgramFileBinome entry;
        entry.row = row;
        const qint64 id = row.binome.id;
        entry.objectives = objectives.take(id);
        entry.sessions = sessions.take(id);
        entry.debriefs = debriefs.take(id);
        result << std::move(entry);
    }
    return result;
}

Result<ProgramExportSummary> ProgramExportService::exportProgram(qint64 programId,
                                                                 const QString& path,
                                                                 const QDate& today) const {
    const auto program = programById(m_database, programId);
    if (!program)
        return Error{program.error()};
    const auto skills = skillsById(m_database);
    if (!skills)
        return Error{skills.error()};
    const auto data = programData(programId, today);
    if (!data)
        return Error{data.error()};
    QHash<qint64, QString> codes;
    codes.reserve(skills->size());
    for (auto it = skills->cbegin(); it != skills->cend(); ++it)
        codes.insert(it.key(), it->code);
    if (Status written = writeProgramFile(path, *program, *data, codes, today); !written)
        return Error{written.error()};
    ProgramExportSummary summary;
    summary.binomes = static_cast<int>(data->size());
    for (const ProgramFileBinome& entry : *data)
        summary.sessions += static_cast<int>(entry.sessions.size());
    return summary;
}

Result<QList<CalendarEvent>> ProgramExportService::programEvents(qint64 programId) const {
    Transaction snapshot(m_database);
    const auto planned = SessionService(m_database).plannedOfProgram(programId);
    if (!planned)
        return Error{planned.error()};
    // The names only: the day the flags are computed for does not matter here.
    const auto rows = FollowUpService(m_database).rows(programId, QDate::currentDate());
    if (!rows)
        return Error{rows.error()};
    const auto skills = skillsById(m_database);
    if (!skills)
        return Error{skills.error()};
    QHash<qint64, const FollowUpRow*> rowOf;
    rowOf.reserve(rows->size());
    for (const FollowUpRow& row : *rows)
        rowOf.insert(row.binome.id, &row);
    QList<CalendarEvent> events;
    events.reserve(planned->size());
    for (const Session& session : *planned) {
        const FollowUpRow* row = rowOf.value(session.binomeId);
        if (row != nullptr && row->binome.isOpen())
            events << eventOf(session, *row, *skills);
    }
    return events;
}

Result<QList<CalendarEvent>> ProgramExportService::binomeEvents(qint64 binomeId) const {
    Transaction snapshot(m_database);
    const auto row = FollowUpService(m_database).row(binomeId, QDate::currentDate());
    if (!row)
        return Error{row.error()};
    if (!row->binome.isOpen())
        return QList<CalendarEvent>(); // an ended binôme meets no more
    auto sessions = SessionService(m_database).ofBinome(binomeId);
    if (!sessions)
        return Error{sessions.error()};
    const auto skills = skillsById(m_database);
    if (!skills)
        return Error{skills.error()};
    QList<Session> planned;
    for (const Session& session : *sessions) {
        if (session.planned)
            planned << session;
    }
    std::stable_sort(planned.begin(), planned.end(), [](const Session& a, const Session& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    QList<CalendarEvent> events;
    events.reserve(planned.size());
    for (const Session& session : planned)
        events << eventOf(session, *row, *skills);
    return events;
}

Result<ProgramExportSummary>
ProgramExportService::exportProgramCalendar(qint64 programId, const QString& path,
                                            const QDateTime& stamp) const {
    const auto program = programById(m_database, programId);
    if (!program)
        return Error{program.error()};
    const auto events = programEvents(programId);
    if (!events)
        return Error{events.error()};
    if (Status written = writeCalendarFile(path, *events, stamp, program->name); !written)
        return Error{written.error()};
    QSet<qint64> binomes;
    for (const CalendarEvent& event : *events)
        binomes.insert(event.session.binomeId);
    return ProgramExportSummary{static_cast<int>(binomes.size()), static_cast<int>(events->size())};
}

Result<ProgramExportSummary>
ProgramExportService::exportBinomeCalendar(qint64 binomeId, const QString& path,
                                           const QDateTime& stamp) const {
    const auto events = binomeEvents(binomeId);
    if (!events)
        return Error{events.error()};
    const auto binome = BinomeService(m_database).find(binomeId);
    if (!binome)
        return Error{binome.error()};
    const auto program = programById(m_database, binome->programId);
    if (!program)
        return Error{program.error()};
    if (Status written = writeCalendarFile(path, *events, stamp, program->name); !written)
        return Error{written.error()};
    return ProgramExportSummary{events->isEmpty() ? 0 : 1, static_cast<int>(events->size())};
}

} // namespace binome
