#include "binome/services/ImportService.h"

#include "binome/services/SkillCatalogService.h"
#include "binome/storage/Database.h"
#include "binome/storage/ParticipantRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace binome {

int ImportReport::count(ImportAction action) const {
    int n = 0;
    for (const ImportRow& row : rows)
        n += row.action == action ? 1 : 0;
    return n;
}

ImportReport ImportService::preview(const QString& path) const {
    ImportReport report;
    report.file = path;
    const auto codes = SkillCatalogService(m_database).codeMap();
    if (!codes) {
        report.problems.append({path, 0, QString(), codes.error()});
        return report;
    }
    ParticipantFileContents contents = readParticipantFile(path, *codes);
    report.format = contents.format;
    report.problems = contents.problems;

    const auto existing = ParticipantRepository(m_database).all();
    if (!existing) {
        report.problems.append({path, 0, QString(), existing.error()});
        return report;
    }
    QHash<QString, const Participant*> byEmail;
    for (const Participant& p : *existing)
        byEmail.insert(emailKey(p.email), &p);
    for (const ParsedParticipant& parsed : std::as_const(contents.participants)) {
        ImportRow row{parsed.line, parsed.participant, ImportAction::Create, std::nullopt};
        if (const Participant* stored = byEmail.value(emailKey(parsed.participant.email))) {
            row.participant.id = stored->id;
            row.before = *stored;
            row.action =
                stored->sameData(row.participant) ? ImportAction::Unchanged : ImportAction::Update;
        }
        report.rows << row;
    }
    return report;
}

namespace {

/// Writes the rows of an import; on failure, says which line and leaves the transaction
/// uncommitted.
Status writeRows(const Database& database, QList<ImportRow>& rows, int& failedLine) {
    ParticipantRepository repository(database);
    repository.setLevelSource(u"import"_s);
    for (ImportRow& row : rows) {
        Status status;
        if (row.action == ImportAction::Create) {
            const auto id = repository.insert(row.participant);
            if (id)
                row.participant.id = *id;
            else
                status = Error{id.error()};
        } else if (row.action == ImportAction::Update) {
            status = repository.update(row.participant);
        }
        if (!status) {
            failedLine = row.line;
            return status;
        }
    }
    return {};
}

} // namespace

ImportReport ImportService::run(const QString& path) const {
    ImportReport report = preview(path);
    if (!report.ok())
        return report;
    Transaction transaction(m_database);
    int failedLine = 0;
    if (Status status = writeRows(m_database, report.rows, failedLine); !status) {
        report.problems.append({path, failedLine, QString(), status.error()});
        return report; // the transaction rolls back: nothing lands
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
        if (row.action == ImportAction::Create)
            status = repository.remove(row.participant.id);
        else if (row.action == ImportAction::Update && row.before)
            status = repository.update(*row.before);
        if (!status)
            return status;
    }
    return transaction.commit();
}

Status ImportService::reapply(ImportReport& report) const {
    Transaction transaction(m_database);
    int failedLine = 0;
    if (Status status = writeRows(m_database, report.rows, failedLine); !status)
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
