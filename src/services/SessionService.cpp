#include "binome/services/SessionService.h"

#include "binome/storage/BinomeRepository.h"
#include "binome/storage/Database.h"
#include "binome/storage/FollowUpRepository.h"
#include "binome/storage/SkillRepository.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

QSet<qint64> catalogIds(const Database& database) {
    QSet<qint64> ids;
    if (const auto skills = SkillRepository(database).all())
        for (const Skill& s : *skills)
            ids.insert(s.id);
    return ids;
}

/// The rules of a session, given its binôme as stored (none when there is no such binôme) and
/// the ids of the catalog's skills: the one place they are written.
QList<FieldError> checkAgainst(const Session& session, const std::optional<Binome>& binome,
                               const QSet<qint64>& catalog) {
    QList<FieldError> errors = validateSession(session);
    if (!binome)
        errors.append(
            {u"binome"_s, QCoreApplication::translate("SessionService", "binôme %1 does not exist")
                              .arg(session.binomeId)});
    else if (!binome->isOpen())
        errors.append({u"binome"_s,
                       QCoreApplication::translate(
                           "SessionService", "this binôme has ended: no session can be logged")});
    else if (session.date.isValid() && session.date < binome->startDate.addDays(-31))
        errors.append(
            {u"date"_s, QCoreApplication::translate(
                            "SessionService", "is more than a month before the binôme started (%1)")
                            .arg(QLocale().toString(binome->startDate, QLocale::ShortFormat))});
    for (qint64 skillId : session.skillIds)
        if (!catalog.contains(skillId)) {
            errors.append({u"skills"_s, QCoreApplication::translate(
                                            "SessionService", "skill %1 is not in the catalog")
                                            .arg(skillId)});
            break;
        }
    return errors;
}

Status fromErrors(const QList<FieldError>& errors) {
    if (errors.isEmpty())
        return {};
    return Error{joinErrors(errors)};
}

} // namespace

SessionChecker::SessionChecker(const Database& database)
    : m_database(database)
    , m_catalog(catalogIds(database)) {}

QList<FieldError> SessionChecker::check(const Session& session) {
    auto binome = m_binomes.constFind(session.binomeId);
    if (binome == m_binomes.constEnd()) {
        const auto found = BinomeRepository(m_database).find(session.binomeId);
        if (!found) // not kept: the next session of that binôme reads it again
            return checkAgainst(session, std::nullopt, m_catalog);
        binome = m_binomes.insert(session.binomeId, *found);
    }
    return checkAgainst(session, *binome, m_catalog);
}

void SessionChecker::remember(const Binome& binome) {
    m_binomes.insert(binome.id, binome);
}

Result<Session> SessionService::defaults(qint64 binomeId, const QDate& today) const {
    const auto binome = BinomeRepository(m_database).find(binomeId);
    if (!binome)
        return Error{binome.error()};
    if (!*binome)
        return Error{QCoreApplication::translate("SessionService", "Binôme %1 does not exist.")
                         .arg(binomeId)};
    Session session;
    session.binomeId = binomeId;
    session.date = today;
    const auto previous = SessionRepository(m_database).ofBinome(binomeId);
    if (!previous)
        return Error{previous.error()};
    // The last held session's duration and mode: binômes keep their habits.
    for (const Session& s : *previous) {
        if (s.planned && !(s.date == today))
            continue;
        session.minutes = s.minutes;
        session.mode = s.mode;
        break;
    }
    const auto objectives = ObjectiveRepository(m_database).ofBinome(binomeId);
    if (!objectives)
        return Error{objectives.error()};
    for (const Objective& o : *objectives)
        if (!isClosed(o.status) && !session.skillIds.contains(o.skillId))
            session.skillIds << o.skillId;
    return session;
}

QList<FieldError> SessionService::check(const Session& session) const {
    return SessionChecker(m_database).check(session);
}

Result<qint64> SessionService::log(const Session& session) const {
    if (Status status = fromErrors(check(session)); !status)
        return Error{status.error()};
    const SessionRepository repository(m_database);
    Transaction transaction(m_database);
    qint64 id = session.id;
    if (id == 0) {
        const auto inserted = repository.insert(session);
        if (!inserted)
            return inserted;
        id = *inserted;
    } else if (Status status = repository.update(session); !status) {
        return Error{status.error()};
    }
    if (Status status = transaction.commit(); !status)
        return Error{status.error()};
    return id;
}

Status SessionService::restore(const Session& session) const {
    if (session.id <= 0)
        return Error{QCoreApplication::translate("SessionService",
                                                 "Only a stored session can be restored.")};
    if (Status status = fromErrors(check(session)); !status)
        return status;
    Transaction transaction(m_database);
    if (const auto id = SessionRepository(m_database).insert(session); !id)
        return Error{id.error()};
    return transaction.commit();
}

Status SessionService::remove(qint64 id) const {
    return SessionRepository(m_database).remove(id);
}

Result<Session> SessionService::find(qint64 id) const {
    const auto found = SessionRepository(m_database).find(id);
    if (!found)
        return Error{found.error()};
    if (!*found)
        return Error{
            QCoreApplication::translate("SessionService", "Session %1 does not exist.").arg(id)};
    return **found;
}

Result<QList<Session>> SessionService::ofBinome(qint64 binomeId) const {
    return SessionRepository(m_database).ofBinome(binomeId);
}

Result<QList<Session>> SessionService::ofProgram(qint64 programId) const {
    return SessionRepository(m_database).ofProgram(programId);
}

Result<QList<Session>> SessionService::plannedOfProgram(qint64 programId) const {
    return SessionRepository(m_database).plannedOfProgram(programId);
}

Result<QList<qint64>> SessionService::logAll(const QList<Session>& sessions) const {
    SessionChecker checker(m_database);
    return logAll(sessions, checker);
}

Result<QList<qint64>> SessionService::logAll(const QList<Session>& sessions,
                                             SessionChecker& checker) const {
    Transaction transaction(m_database);
    // Every session checked before any is stored: the first problem stops the import.
    for (const Session& session : sessions)
        if (Status status = fromErrors(checker.check(session)); !status)
            return Error{status.error()};
    auto ids = SessionRepository(m_database).insertAll(sessions);
    if (!ids)
        return ids;
    if (Status status = transaction.commit(); !status)
        return Error{status.error()};
    return ids;
}

Status SessionService::removeAll(const QList<qint64>& ids) const {
    const SessionRepository repository(m_database);
    Transaction transaction(m_database);
    for (qint64 id : ids)
        if (Status status = repository.remove(id); !status)
            return status;
    return transaction.commit();
}

} // namespace binome
