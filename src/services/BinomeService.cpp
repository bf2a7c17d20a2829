#include "binome/services/BinomeService.h"

#include "binome/services/Explanation.h"
#include "binome/storage/BinomeRepository.h"
#include "binome/storage/Database.h"
#include "binome/storage/FollowUpRepository.h"
#include "binome/storage/ParticipantRepository.h"
#include "binome/storage/ProgramRepository.h"
#include "binome/storage/SkillRepository.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

Result<Binome> existing(const Database& database, qint64 id) {
    const auto found = BinomeRepository(database).find(id);
    if (!found)
        return Error{found.error()};
    if (!*found)
        return Error{
            QCoreApplication::translate("BinomeService", "Binôme %1 does not exist.").arg(id)};
    return **found;
}

} // namespace

Result<Binome> BinomeService::find(qint64 id) const {
    return existing(m_database, id);
}

Result<QList<Binome>> BinomeService::ofProgram(qint64 programId) const {
    return BinomeRepository(m_database).ofProgram(programId);
}

Result<QList<Binome>> BinomeService::ofRun(qint64 runId) const {
    return BinomeRepository(m_database).ofRun(runId);
}

Result<std::optional<Binome>> BinomeService::findOpenByEmails(qint64 programId,
                                                              const QString& juniorEmail,
                                                              const QString& seniorEmail) const {
    return BinomeRepository(m_database)
        .findOpen(programId, emailKey(juniorEmail), emailKey(seniorEmail));
}

Result<std::optional<Binome>> BinomeService::findOpenByEmails(const QString& juniorEmail,
                                                              const QString& seniorEmail) const {
    return findOpenByEmails(0, juniorEmail, seniorEmail);
}

Result<BinomeDetail> BinomeService::detail(qint64 id) const {
    BinomeDetail detail;
    const auto binome = existing(m_database, id);
    if (!binome)
        return Error{binome.error()};
    detail.binome = *binome;
    const auto programs = ProgramRepository(m_database).all();
    if (!programs)
        return Error{programs.error()};
    for (const Program& p : *programs)
        if (p.id == binome->programId)
            detail.program = p;
    const ParticipantRepository people(m_database);
    const auto junior = people.findById(binome->juniorId);
    const auto senior = people.findById(binome->seniorId);
    if (!junior || !senior)
        return Error{!junior ? junior.error() : senior.error()};
    if (*junior)
        detail.junior = **junior;
    if (*senior)
        detail.senior = **senior;
    const auto objectives = ObjectiveRepository(m_database).ofBinome(id);
    if (!objectives)
        return Error{objectives.error()};
    detail.objectives = *objectives;
    const auto sessions = SessionRepository(m_database).ofBinome(id);
    if (!sessions)
        return Error{sessions.error()};
    detail.sessions = *sessions;
    const DebriefRepository debriefs(m_database);
    const auto held = debriefs.ofBinome(id);
    if (!held)
        return Error{held.error()};
    detail.debriefs = *held;
    const auto juniorHistory = debriefs.levelHistory(binome->juniorId);
    const auto seniorHistory = debriefs.levelHistory(binome->seniorId);
    if (!juniorHistory || !seniorHistory)
        return Error{!juniorHistory ? juniorHistory.error() : seniorHistory.error()};
    detail.juniorHistory = *juniorHistory;
    detail.seniorHistory = *seniorHistory;
    detail.why = explain(*binome);
    return detail;
}

Status BinomeService::end(qint64 id, const QDate& date, EndReason reason, const QString& note,
                          qint64 rowVersion) const {
    auto binome = existing(m_database, id);
    if (!binome)
        return Error{binome.error()};
    if (rowVersion != 0 && binome->rowVersion != rowVersion)
        return Error{Database::staleRecordMessage(BinomeRepository(m_database).nameOf(id), false)};
    if (!binome->isOpen())
        return Error{
            QCoreApplication::translate("BinomeService", "This binôme has already ended.")};
    if (!date.isValid())
        return Error{QCoreApplication::translate("BinomeService", "The end date is required.")};
    if (date < binome->startDate)
        return Error{QCoreApplication::translate(
                         "BinomeService", "The end date (%1) is before the binôme's start (%2).")
                         .arg(QLocale().toString(date, QLocale::ShortFormat),
                              QLocale().toString(binome->startDate, QLocale::ShortFormat))};
    if (reason == EndReason::Other && note.trimmed().isEmpty())
        return Error{QCoreApplication::translate(
            "BinomeService", "Say why the binôme ends: a note is required for \"other\".")};
    Binome ended = *binome;
    if (rowVersion != 0)
        ended.rowVersion = rowVersion; // checked again as it is written
    ended.status = BinomeStatus::Ended;
    ended.endDate = date;
    ended.endReason = reason;
    ended.endNote = note.trimmed();
    return BinomeRepository(m_database).updateState(ended);
}

Status BinomeService::pause(qint64 id) const {
    const auto found = existing(m_database, id);
    if (!found)
        return Error{found.error()};
    Binome binome = *found;
    if (binome.status != BinomeStatus::Active)
        return Error{
            QCoreApplication::translate("BinomeService", "Only an active binôme can be paused.")};
    binome.status = BinomeStatus::Paused;
    return BinomeRepository(m_database).updateState(binome);
}

Status BinomeService::resume(qint64 id) const {
    const auto found = existing(m_database, id);
    if (!found)
        return Error{found.error()};
    Binome binome = *found;
    if (binome.status != BinomeStatus::Paused)
        return Error{
            QCoreApplication::translate("BinomeService", "Only a paused binôme can be resumed.")};
    binome.status = BinomeStatus::Active;
    return BinomeRepository(m_database).updateState(binome);
}

Status BinomeService::restoreState(const Binome& previous, qint64 rowVersion) const {
    const auto current = existing(m_database, previous.id);
    if (!current)
        return Error{current.error()};
    if (rowVersion != 0 && current->rowVersion != rowVersion)
        return Error{
            Database::staleRecordMessage(BinomeRepository(m_database).nameOf(previous.id), false)};
    if (previous.isOpen() && !current->isOpen()) {
        // Reopening: refused when either person has been paired again since.
        const BinomeRepository repository(m_database);
        const auto seniorOpen = repository.openOf(previous.programId, previous.seniorId);
        if (!seniorOpen)
            return Error{seniorOpen.error()};
        for (qint64 other : *seniorOpen) {
            const auto found = repository.find(other);
            if (found && *found && (*found)->seniorId == previous.seniorId)
                return Error{QCoreApplication::translate(
                    "BinomeService", "This binôme cannot be reopened: its senior has been paired "
                                     "again since. End the new binôme first.")};
        }
    }
    Binome restored = *current;
    if (rowVersion != 0)
        restored.rowVersion = rowVersion;
    restored.status = previous.status;
    restored.endDate = previous.endDate;
    restored.endReason = previous.endReason;
    restored.endNote = previous.endNote;
    return BinomeRepository(m_database).updateState(restored);
}

QStringList BinomeService::explain(const Binome& binome) const {
    if (binome.explanationData.isEmpty())
        return binome.explanation.split(u'\n', Qt::SkipEmptyParts);
    QHash<QString, QString> names;
    if (const auto skills = SkillRepository(m_database).all())
        for (const Skill& skill : *skills)
            names.insert(skill.code, skill.displayName());
    return renderExplanation(binome.explanationData,
                             [&](const QString& code) { return names.value(code, code); });
}

} // namespace binome
