#include "binome/services/ImportService.h"

#include "binome/exchange/TextDecoding.h"
#include "binome/services/SkillCatalogService.h"
#include "binome/storage/Database.h"
#include "binome/storage/ParticipantRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome {

int ImportReport::count(ImportAction action) const {
    int n = 0;
    for (const ImportRow& row : rows)
        n += row.action == action ? 1 : 0;
    return n;
}

namespace {

/// Decides for each row of `report` whether it adds, updates or leaves someone, against the
/// people stored now; false, with the problem added, when they cannot be read.
bool classify(const Database& database, ImportReport& report) {
    const auto existing = ParticipantRepository(database).all();
    if (!existing) {
        report.problems.append({report.file, 0, QString(), existing.error()});
        return false;
    }
    QHash<QString, const Participant*> byEmail;
    byEmail.reserve(existing->size());
    for (const Participant& p : *existing)
        byEmail.insert(emailKey(p.email), &p);
    for (ImportRow& row : report.rows) {
        row.action = ImportAction::Create;
        row.before.reset();
        row.participant.id = 0;
        row.participant.rowVersion = 0;
        if (const Participant* stored = byEmail.value(emailKey(row.participant.email))) {
            row.participant.id = stored->id;
            row.before = *stored;
            row.action =
                stored->sameData(row.participant) ? ImportAction::Unchanged : ImportAction::Update;
        }
    }
    return true;
}

} // namespace

ImportReport ImportService::preview(const QString& path, const ImportProgress& progress) const {
    ImportReport report = read(path, progress);
    if (!report.cancelled && report.problems.isEmpty())
        classify(m_database, report);
    return report;
}

ImportReport ImportService::read(const QString& path, const ImportProgress& progress) const {
    ImportReport report;
    report.file = path;
    const auto codes = SkillCatalogService(m_database).codeMap();
    if (!codes) {
        report.problems.append({path, 0, QString(), codes.error()});
        return report;
    }
    FileReadOptions options;
    options.limits = participantFileLimits();
    if (progress.reading) {
        options.progress = [&](qint64 done, qint64 total) {
            report.cancelled = !progress.reading(done, total);
            return !report.cancelled;
        };
    }
    ParticipantFileContents contents = readParticipantFile(path, *codes, options);
    if (report.cancelled)
        return report;
    report.format = contents.format;
    report.encodingNote = encodingNote(contents.encoding);
    report.problems = std::move(contents.problems);
    report.rows.reserve(contents.participants.size());
    for (ParsedParticipant& parsed : contents.participants)
        report.rows << ImportRow{parsed.line, std::move(parsed.participant), ImportAction::Create,
                                 std::nullopt};
    return report;
}

namespace {

/// Writes the rows of an import; on failure, says which line and leaves the transaction
/// uncommitted. Stops, with `ticker` cancelled, when its callback says so.
Status writeRows(const Database& database, QList<ImportRow>& rows, int& failedLine,
                 ProgressTicker& ticker) {
    ParticipantRepository repository(database);
    repository.setLevelSource(u"import"_s);
    qint64 written = 0;
    for (ImportRow& row : rows) {
        if (row.action == ImportAction::Unchanged)
            continue;
        Status status;
        if (row.action == ImportAction::Create) {
            const auto id = repository.insert(row.participant);
            if (id)
                row.participant.id = *id;
            else
                status = Error{id.error()};
        } else {
            // An import writes what the file says over what is stored: the version is bumped,
            // not checked (rowVersion 0); the one it leaves is kept for its undo.
            row.participant.rowVersion = 0;
            qint64 version = 0;
            status = repository.update(row.participant, &version);
            row.participant.rowVersion = version;
        }
        if (!status) {
            failedLine = row.line;
            return status;
        }
        if (!ticker.step(++written))
            return {};
    }
    return {};
}

qint64 rowsToWrite(const QList<ImportRow>& rows) {
    return std::count_if(rows.begin(), rows.end(), [](const ImportRow& row) {
        return row.action != ImportAction::Unchanged;
    });
}

} // namespace

ImportReport ImportService::run(const QString& path, const ImportProgress& progress) const {
    ImportReport report = read(path, progress);
    if (!report.ok())
        return report;
    // Who is new and who is updated is decided once the write lock is held: another import of
    // the same file (another window, another computer) that ran meanwhile has added them.
    Transaction transaction(m_database);
    if (!classify(m_database, report))
        return report;
    int failedLine = 0;
    ProgressTicker ticker(progress.writing, rowsToWrite(report.rows), 200);
    if (!ticker.report(0)) {
        report.cancelled = true;
        return report;
    }
    if (Status status = writeRows(m_database, report.rows, failedLine, ticker); !status) {
        report.problems.append({path, failedLine, QString(), status.error()});
        return report; // the transaction rolls back: nothing lands
    }
    if (ticker.cancelled() || !ticker.finish()) {
        report.cancelled = true;
        return report; // the same: nothing lands
    }
    if (Status status = transaction.commit(); !status) {
        report.problems.append({path, 0, QString(), status.error()});
        return report;
    }
    report.written = true;
    return report;
}

Status ImportService::revert(const ImportReport& report) const {
    if (!report.written)
        return {};
    ParticipantRepository repository(m_database);
    Transaction transaction(m_database);
    for (const ImportRow& row : report.rows) {
        Status status;
        if (row.action == ImportAction::Create) {
            status = repository.remove(row.participant.id);
        } else if (row.action == ImportAction::Update && row.before) {
            // Only over what the import left: a change made since (in this window or another)
            // is not undone silently.
            Participant before = *row.before;
            before.rowVersion = row.participant.rowVersion;
            status = repository.update(before);
        }
        if (!status)
            return Error{QCoreApplication::translate("ImportService",
                                                     "The import was not undone, nothing of it: %1")
                             .arg(status.error())};
    }
    return transaction.commit();
}

Status ImportService::reapply(ImportReport& report) const {
    Transaction transaction(m_database);
    int failedLine = 0;
    ProgressTicker ticker({}, 0, 1);
    if (Status status = writeRows(m_database, report.rows, failedLine, ticker); !status)
        return Error{ImportProblem{report.file, failedLine, QString(), status.error()}.toString()};
    if (Status status = transaction.commit(); !status)
        return status;
    report.written = true;
    return {};
}

Result<int> ExportService::exportParticipants(const QString& path) const {
    const auto participants = ParticipantRepository(m_database).all();
    if (!participants)
        return Error{participants.error()};
    const auto skills = SkillCatalogService(m_database).list();
    if (!skills)
        return Error{skills.error()};
    QSet<QString> used;
    for (const Participant& p : *participants) {
        for (const SkillAssessment& s : p.skills)
            used.insert(s.skillCode);
    }
    QStringList codes;
    for (const Skill& skill : *skills) {
        if (used.contains(skill.code))
            codes << skill.code;
    }
    if (Status status = writeParticipantFile(path, *participants, codes); !status)
        return Error{status.error()};
    return static_cast<int>(participants->size());
}

} // namespace binome
