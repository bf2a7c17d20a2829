#include "binome/services/SessionImportService.h"

#include "binome/exchange/SessionSheet.h"
#include "binome/services/BinomeService.h"
#include "binome/services/SessionService.h"
#include "binome/services/SkillCatalogService.h"
#include "binome/storage/Database.h"
#include "binome/storage/ParticipantRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace binome {

int SessionImportReport::count(SessionImportAction action) const {
    return static_cast<int>(std::count_if(
        rows.begin(), rows.end(), [action](const auto& row) { return row.action == action; }));
}

QSet<int> SessionImportReport::problemLines() const {
    QSet<int> lines;
    for (const ImportProblem& problem : problems)
        lines.insert(problem.line);
    return lines;
}

namespace {

/// What makes two sessions of a binôme the same for an import: the day, the length, and
/// whether it is held or planned.
QString sameSessionKey(const Session& session) {
    return session.date.toString(Qt::ISODate) + u'/' + QString::number(session.minutes) + u'/' +
           (session.planned ? u"planned"_s : u"held"_s);
}

/// Looks things up once per import: people by e-mail, binômes by pair, stored sessions.
class Resolver {
public:
    Resolver(const Database& database, SessionImportReport& report)
        : m_database(database)
        , m_report(report) {}

    void add(int line, const QString& field, const QString& message) {
        m_report.problems.append({m_report.file, line, field, message});
    }

    /// The participant with the e-mail of the row's `field`, or std::nullopt with the problem
    /// reported.
    std::optional<Participant> person(int line, const QString& field, const QString& email) {
        const QString key = emailKey(email);
        auto found = m_people.constFind(key);
        if (found == m_people.constEnd()) {
            const auto stored = ParticipantRepository(m_database).findByEmail(email);
            if (!stored) {
                add(line, {}, stored.error());
                return std::nullopt;
            }
            found = m_people.insert(key, *stored);
        }
        if (!*found)
            add(line, field,
                QCoreApplication::translate("SessionImport", "no participant has the e-mail %1")
                    .arg(email));
        return *found;
    }

    /// The open binôme of the two people, or std::nullopt with the problem reported.
    std::optional<Binome> binome(const SessionImportRow& row) {
        const QString key = emailKey(row.juniorEmail) + u' ' + emailKey(row.seniorEmail);
        if (const auto found = m_binomes.constFind(key); found != m_binomes.constEnd())
            return *found;
        const BinomeService service(m_database);
        const auto found = service.findOpenByEmails(row.juniorEmail, row.seniorEmail);
        if (!found) {
            add(row.line, {}, found.error());
            return std::nullopt;
        }
        if (!*found) {
            const auto swapped = service.findOpenByEmails(row.seniorEmail, row.juniorEmail);
            if (swapped && *swapped)
                add(row.line, sessionSheetFieldName(SessionSheetField::SeniorEmail),
                    QCoreApplication::translate("SessionImport",
                                                "%1 is the junior of the binôme and %2 its "
                                                "senior: swap the two e-mails")
                        .arg(row.seniorEmail, row.juniorEmail));
            else
                add(row.line, sessionSheetFieldName(SessionSheetField::SeniorEmail),
                    QCoreApplication::translate("SessionImport",
                                                "%1 (junior) and %2 (senior) are not an open "
                                                "binôme of any program: check both e-mails")
                        .arg(row.juniorEmail, row.seniorEmail));
            return std::nullopt;
        }
        m_binomes.insert(key, **found);
        return **found;
    }

    /// Whether the binôme already has this session; each stored session matches one row only,
    /// so that two like sessions in the sheet are both kept.
    bool takeStored(int line, const Session& session) {
        auto known = m_stored.find(session.binomeId);
        if (known == m_stored.end()) {
            const auto sessions = SessionService(m_database).ofBinome(session.binomeId);
            if (!sessions) {
                add(line, {}, sessions.error());
                return false;
            }
            QHash<QString, int> counts;
            for (const Session& stored : *sessions)
                ++counts[sameSessionKey(stored)];
            known = m_stored.insert(session.binomeId, counts);
        }
        const auto count = known->find(sameSessionKey(session));
        if (count == known->end() || *count == 0)
            return false;
        --*count;
        return true;
    }

private:
    const Database& m_database;
    SessionImportReport& m_report;
    QHash<QString, std::optional<Participant>> m_people;
    QHash<QString, Binome> m_binomes;
    QHash<qint64, QHash<QString, int>> m_stored;
};

/// The sheet's column for a field the session service names.
QString sheetField(const QString& field, const Session& session) {
    if (field == u"rating")
        return sessionSheetFieldName(session.menteeRating ? SessionSheetField::MenteeRating
                                                          : SessionSheetField::MentorRating);
    if (field == u"binome" || field == u"binome_id")
        return sessionSheetFieldName(SessionSheetField::SeniorEmail);
    if (field == u"skill" || field == u"skill_ids" || field == u"skill_id")
        return sessionSheetFieldName(SessionSheetField::Skills);
    return field;
}

/// The sessions the import adds, in the order of the file.
QList<Session> sessionsToAdd(const SessionImportReport& report) {
    QList<Session> sessions;
    for (const SessionImportRow& row : report.rows) {
        if (row.action == SessionImportAction::Add) {
            Session session = row.session;
            session.id = 0;
            sessions << session;
        }
    }
    return sessions;
}

/// Adds the new sessions in one transaction and keeps their ids in the report.
Status write(const Database& database, SessionImportReport& report) {
    const QList<Session> sessions = sessionsToAdd(report);
    report.writtenIds.clear();
    if (!sessions.isEmpty()) {
        const auto ids = SessionService(database).logAll(sessions);
        if (!ids)
            return Error{ids.error()};
        report.writtenIds = *ids;
    }
    qsizetype next = 0;
    for (SessionImportRow& row : report.rows) {
        if (row.action == SessionImportAction::Add && next < report.writtenIds.size())
            row.session.id = report.writtenIds[next++];
    }
    report.written = true;
    return {};
}

} // namespace

SessionImportReport SessionImportService::preview(const QString& path) const {
    SessionImportReport report;
    report.file = path;
    const auto catalog = SkillCatalogService(m_database).list();
    if (!catalog) {
        report.problems.append({path, 0, QString(), catalog.error()});
        return report;
    }
    SessionSheetContents contents = readSessionSheetFile(path, *catalog);
    report.problems = contents.problems;
    const QSet<int> sheetProblems = report.problemLines();

    Resolver resolver(m_database, report);
    const QString juniorField = sessionSheetFieldName(SessionSheetField::JuniorEmail);
    const QString seniorField = sessionSheetFieldName(SessionSheetField::SeniorEmail);
    QSet<QString> badEmailFields; // "line field" of the e-mails the sheet reader refused
    for (const ImportProblem& problem : std::as_const(contents.problems)) {
        if (problem.field == juniorField || problem.field == seniorField)
            badEmailFields.insert(QString::number(problem.line) + u' ' + problem.field);
    }

    for (SessionSheetRow& read : contents.rows) {
        SessionImportRow row;
        row.line = read.line;
        row.juniorEmail = read.juniorEmail;
        row.seniorEmail = read.seniorEmail;
        row.skillCodes = read.skillCodes;
        row.session = read.session;
        const QString line = QString::number(row.line) + u' ';
        const bool juniorRead =
            !row.juniorEmail.isEmpty() && !badEmailFields.contains(line + juniorField);
        const bool seniorRead = !row.seniorEmail.isEmpty() &&
                                !badEmailFields.contains(line + seniorField) &&
                                emailKey(row.seniorEmail) != emailKey(row.juniorEmail);
        std::optional<Participant> junior;
        std::optional<Participant> senior;
        if (juniorRead)
            junior = resolver.person(row.line, juniorField, row.juniorEmail);
        if (seniorRead)
            senior = resolver.person(row.line, seniorField, row.seniorEmail);
        row.juniorName = junior ? junior->fullName() : QString();
        row.seniorName = senior ? senior->fullName() : QString();
        if (junior && senior) {
            if (const std::optional<Binome> binome = resolver.binome(row)) {
                row.session.binomeId = binome->id;
                if (!sheetProblems.contains(row.line)) {
                    if (resolver.takeStored(row.line, row.session)) {
                        row.action = SessionImportAction::Unchanged;
                    } else {
                        for (const FieldError& error :
                             SessionService(m_database).check(row.session))
                            resolver.add(row.line, sheetField(error.field, row.session),
                                         error.message);
                    }
                }
            }
        }
        report.rows << row;
    }
    std::stable_sort(
        report.problems.begin(), report.problems.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    return report;
}

SessionImportReport SessionImportService::run(const QString& path) const {
    SessionImportReport report = preview(path);
    if (!report.ok())
        return report;
    if (Status status = write(m_database, report); !status)
        report.problems.append({path, 0, QString(), status.error()});
    return report;
}

Status SessionImportService::revert(const SessionImportReport& report) const {
    if (!report.written || report.writtenIds.isEmpty())
        return {};
    return SessionService(m_database).removeAll(report.writtenIds);
}

Status SessionImportService::reapply(SessionImportReport& report) const {
    if (Status status = write(m_database, report); !status)
        return Error{ImportProblem{report.file, 0, QString(), status.error()}.toString()};
    return {};
}

} // namespace binome
