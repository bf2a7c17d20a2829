#include "binome/services/SessionImportService.h"

#include "binome/exchange/SessionSheet.h"
#include "binome/exchange/TextDecoding.h"
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

/// Above this many e-mails (or binômes), a sheet's people (or stored sessions) are read all at
/// once rather than one query each.
constexpr qsizetype ReadAllAbove = 200;

/// Looks things up once per import: people by e-mail, binômes by pair, stored sessions.
class Resolver {
public:
    Resolver(const Database& database, SessionImportReport& report)
        : m_database(database)
        , m_report(report) {}

    void add(int line, const QString& field, const QString& message) {
        m_report.problems.append({m_report.file, line, field, message});
    }

    /// Reads everyone at once when the sheet names many people (their names are shared by the
    /// rows, not copied into each).
    void readPeople(const QSet<QString>& emailKeys) {
        if (emailKeys.size() <= ReadAllAbove)
            return; // one at a time, in person()
        const auto everyone = ParticipantRepository(m_database).all();
        if (!everyone)
            return; // person() asks again and says what went wrong
        QHash<QString, QString> names;
        for (const Participant& p : *everyone)
            names.insert(emailKey(p.email), p.fullName());
        for (const QString& key : emailKeys) {
            const auto name = names.constFind(key);
            m_people.insert(key, name == names.constEnd() ? std::optional<QString>() : *name);
        }
    }

    /// The full name of the participant with the e-mail of the row's `field`, or std::nullopt
    /// with the problem reported.
    std::optional<QString> person(int line, const QString& field, const QString& email) {
        const QString key = emailKey(email);
        auto found = m_people.constFind(key);
        if (found == m_people.constEnd()) {
            const auto stored = ParticipantRepository(m_database).findByEmail(email);
            if (!stored) {
                add(line, {}, stored.error());
                return std::nullopt;
            }
            found = m_people.insert(key, *stored ? std::optional<QString>((*stored)->fullName())
                                                 : std::nullopt);
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

    /// Reads the stored sessions of the binômes found, program by program, when there are many
    /// (rather than one query per binôme in takeStored()).
    void readStoredSessions() {
        if (m_binomes.size() <= ReadAllAbove)
            return;
        QSet<qint64> programs;
        QSet<qint64> binomes;
        for (const Binome& binome : std::as_const(m_binomes)) {
            programs.insert(binome.programId);
            binomes.insert(binome.id);
        }
        QHash<qint64, QHash<QString, int>> stored;
        for (const qint64 program : std::as_const(programs)) {
            const auto sessions = SessionService(m_database).ofProgram(program);
            if (!sessions)
                return; // takeStored() asks again and says what went wrong
            for (const Session& session : *sessions) {
                if (binomes.contains(session.binomeId))
                    ++stored[session.binomeId][sameSessionKey(session)];
            }
        }
        for (const qint64 binome : std::as_const(binomes))
            m_stored.insert(binome, stored.value(binome));
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
    QHash<QString, std::optional<QString>> m_people; ///< e-mail key -> full name, if someone
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

/// Adds the new sessions in one transaction and keeps their ids in the report. Stops, with
/// `ticker` cancelled and nothing written, when its callback says so. `checker` is the
/// preview's (the binômes it found are not read again) or a new one.
Status write(const Database& database, SessionImportReport& report, ProgressTicker& ticker,
             SessionChecker& checker) {
    const QList<Session> sessions = sessionsToAdd(report);
    report.writtenIds.clear();
    Transaction transaction(database);
    ticker.setTotal(sessions.size());
    if (!ticker.report(0))
        return {};
    // In batches, to tell the progress: each joins the transaction, which commits them all.
    constexpr qsizetype Batch = 500;
    QList<qint64> ids;
    ids.reserve(sessions.size());
    for (qsizetype from = 0; from < sessions.size(); from += Batch) {
        const auto batch = SessionService(database).logAll(sessions.mid(from, Batch), checker);
        if (!batch)
            return Error{batch.error()};
        ids << *batch;
        if (!ticker.report(ids.size()))
            return {}; // the transaction rolls back
    }
    if (!ticker.finish())
        return {};
    if (Status status = transaction.commit(); !status)
        return status;
    report.writtenIds = std::move(ids);
    qsizetype next = 0;
    for (SessionImportRow& row : report.rows) {
        if (row.action == SessionImportAction::Add && next < report.writtenIds.size())
            row.session.id = report.writtenIds[next++];
    }
    report.written = true;
    return {};
}

/// The preview: reads the sheet and checks its rows with `checker`, which keeps the binômes found.
SessionImportReport readAndCheck(const Database& database, const QString& path,
                                 const ImportProgress& progress, SessionChecker& checker) {
    SessionImportReport report;
    report.file = path;
    const auto catalog = SkillCatalogService(database).list();
    if (!catalog) {
        report.problems.append({path, 0, QString(), catalog.error()});
        return report;
    }
    // Reading the file is the first fifth of the progress, checking its rows (against the
    // database: the longer part) the rest.
    qint64 fileSize = 0;
    const auto reading = [&](qint64 done, qint64 total) {
        fileSize = total;
        if (progress.reading && !report.cancelled)
            report.cancelled = !progress.reading(done, total);
        return !report.cancelled;
    };
    FileReadOptions options;
    options.limits = sessionSheetLimits();
    if (progress.reading)
        options.progress = [&](qint64 done, qint64 total) { return reading(done / 5, total); };
    SessionSheetContents contents = readSessionSheetFile(path, *catalog, options);
    if (report.cancelled)
        return report;
    report.encodingNote = encodingNote(contents.encoding);
    report.problems = contents.problems;
    const QSet<int> sheetProblems = report.problemLines();

    Resolver resolver(database, report);
    const QString juniorField = sessionSheetFieldName(SessionSheetField::JuniorEmail);
    const QString seniorField = sessionSheetFieldName(SessionSheetField::SeniorEmail);
    QSet<QString> badEmailFields; // "line field" of the e-mails the sheet reader refused
    for (const ImportProblem& problem : std::as_const(contents.problems)) {
        if (problem.field == juniorField || problem.field == seniorField)
            badEmailFields.insert(QString::number(problem.line) + u' ' + problem.field);
    }

    // First every row's people and binôme, then what each binôme already has and the checks:
    // so that people and stored sessions can be read all at once for a large sheet.
    const auto emailRead = [&](const SessionSheetRow& row, const QString& field) {
        const QString& email = field == juniorField ? row.juniorEmail : row.seniorEmail;
        return !email.isEmpty() &&
               !badEmailFields.contains(QString::number(row.line) + u' ' + field) &&
               (field == juniorField || emailKey(row.seniorEmail) != emailKey(row.juniorEmail));
    };
    QSet<QString> emailKeys;
    for (const SessionSheetRow& read : std::as_const(contents.rows)) {
        if (emailRead(read, juniorField))
            emailKeys.insert(emailKey(read.juniorEmail));
        if (emailRead(read, seniorField))
            emailKeys.insert(emailKey(read.seniorEmail));
    }
    resolver.readPeople(emailKeys);

    report.rows.reserve(contents.rows.size());
    for (SessionSheetRow& read : contents.rows) {
        SessionImportRow row;
        row.line = read.line;
        const bool juniorRead = emailRead(read, juniorField);
        const bool seniorRead = emailRead(read, seniorField);
        row.juniorEmail = std::move(read.juniorEmail);
        row.seniorEmail = std::move(read.seniorEmail);
        row.skillCodes = std::move(read.skillCodes);
        row.session = std::move(read.session);
        std::optional<QString> junior;
        std::optional<QString> senior;
        if (juniorRead)
            junior = resolver.person(row.line, juniorField, row.juniorEmail);
        if (seniorRead)
            senior = resolver.person(row.line, seniorField, row.seniorEmail);
        row.juniorName = junior.value_or(QString());
        row.seniorName = senior.value_or(QString());
        if (junior && senior) {
            if (const std::optional<Binome> binome = resolver.binome(row)) {
                row.session.binomeId = binome->id;
                checker.remember(*binome);
            }
        }
        report.rows << std::move(row);
    }
    contents.rows.clear();

    resolver.readStoredSessions();
    const auto rowCount = static_cast<qint64>(report.rows.size());
    qint64 checked = 0;
    for (SessionImportRow& row : report.rows) {
        if (++checked % 200 == 0 && progress.reading &&
            !reading(fileSize / 5 + fileSize * 4 / 5 * checked / rowCount, fileSize))
            return report;
        if (row.session.binomeId == 0 || sheetProblems.contains(row.line))
            continue;
        if (resolver.takeStored(row.line, row.session)) {
            row.action = SessionImportAction::Unchanged;
        } else {
            for (const FieldError& error : checker.check(row.session))
                resolver.add(row.line, sheetField(error.field, row.session), error.message);
        }
    }
    if (progress.reading && !reading(fileSize, fileSize))
        return report;
    std::stable_sort(
        report.problems.begin(), report.problems.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    return report;
}

} // namespace

SessionImportReport SessionImportService::preview(const QString& path,
                                                  const ImportProgress& progress) const {
    SessionChecker checker(m_database); // the rules of SessionService::check, read once
    return readAndCheck(m_database, path, progress, checker);
}

SessionImportReport SessionImportService::run(const QString& path,
                                              const ImportProgress& progress) const {
    // Which rows are already stored is decided with the write lock held: another import of the
    // same sheet (another window, another computer) that ran meanwhile has added them, and they
    // are then unchanged, not added twice. write()'s transaction joins this one.
    Transaction transaction(m_database);
    SessionChecker checker(m_database);
    SessionImportReport report = readAndCheck(m_database, path, progress, checker);
    if (!report.ok())
        return report;
    ProgressTicker ticker(progress.writing, 0, 1);
    if (Status status = write(m_database, report, ticker, checker); !status)
        report.problems.append({path, 0, QString(), status.error()});
    report.cancelled = ticker.cancelled();
    if (report.written) {
        if (Status status = transaction.commit(); !status) {
            report.problems.append({path, 0, QString(), status.error()});
            report.written = false;
            report.writtenIds.clear();
        }
    }
    return report;
}

Status SessionImportService::revert(const SessionImportReport& report) const {
    if (!report.written || report.writtenIds.isEmpty())
        return {};
    return SessionService(m_database).removeAll(report.writtenIds);
}

Status SessionImportService::reapply(SessionImportReport& report) const {
    ProgressTicker ticker({}, 0, 1);
    SessionChecker checker(m_database);
    if (Status status = write(m_database, report, ticker, checker); !status)
        return Error{ImportProblem{report.file, 0, QString(), status.error()}.toString()};
    return {};
}

} // namespace binome
