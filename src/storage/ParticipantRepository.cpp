#include "binome/storage/ParticipantRepository.h"

#include "binome/domain/Collation.h"
#include "binome/storage/Database.h"

#include "RowVersion.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QPair>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

const QString Columns = u"id, role, first_name, last_name, email, department, site, job_title, "
                        "birth_year, languages, capacity, manager_email, mode, availability, "
                        "archived, row_version"_s;

std::optional<int> optionalInt(const QVariant& value) {
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

Participant participantFrom(const QSqlQuery& query) {
    Participant p;
    p.id = query.value(0).toLongLong();
    p.role = query.value(1).toString() == u"senior" ? Role::Senior : Role::Junior;
    p.firstName = query.value(2).toString();
    p.lastName = query.value(3).toString();
    p.email = query.value(4).toString();
    p.department = query.value(5).toString();
    p.site = query.value(6).toString();
    p.jobTitle = query.value(7).toString();
    p.birthYear = optionalInt(query.value(8));
    const QString languages = query.value(9).toString();
    p.languages = languages.isEmpty() ? QStringList() : languages.split(u',');
    p.capacity = query.value(10).toInt();
    p.managerEmail = query.value(11).toString();
    p.mode = parseMeetingMode(query.value(12).toString()).value_or(MeetingMode::Either);
    p.availability = HalfDays(static_cast<std::uint16_t>(query.value(13).toUInt()));
    p.archived = query.value(14).toBool();
    p.rowVersion = query.value(15).toLongLong();
    return p;
}

void bindFields(QSqlQuery& query, const Participant& p) {
    query.addBindValue(roleToken(p.role));
    query.addBindValue(sql::text(p.firstName.trimmed()));
    query.addBindValue(sql::text(p.lastName.trimmed()));
    query.addBindValue(sql::text(p.email.trimmed()));
    query.addBindValue(emailKey(p.email));
    query.addBindValue(sql::text(p.department.trimmed()));
    query.addBindValue(sql::text(p.site.trimmed()));
    query.addBindValue(sql::text(p.jobTitle.trimmed()));
    query.addBindValue(sql::optionalInt(p.birthYear));
    query.addBindValue(sql::text(p.languages.join(u',')));
    query.addBindValue(p.capacity);
    query.addBindValue(sql::text(p.managerEmail.trimmed()));
    query.addBindValue(meetingModeToken(p.mode));
    query.addBindValue(static_cast<int>(p.availability.bits()));
    query.addBindValue(p.archived ? 1 : 0);
}

QString failure(const QSqlQuery& query, const char* doing, const QString& who = {}) {
    QString text = QCoreApplication::translate("ParticipantRepository", doing);
    if (!who.isEmpty())
        text = text.arg(who);
    return Database::describeFailure(query, text);
}

/// A write of `p` refused by the unique e-mail: someone has it (saved meanwhile, perhaps by
/// another window or computer).
QString emailTaken(const QString& email) {
    return QCoreApplication::translate("ParticipantRepository",
                                       "A participant with the e-mail %1 already exists (saved "
                                       "meanwhile, perhaps in another window or on another "
                                       "computer); nothing was saved.")
        .arg(email.trimmed());
}

} // namespace

Result<QList<Participant>> ParticipantRepository::select(const QString& where,
                                                         const QVariantList& values) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + Columns + u" FROM participant "_s + where +
                  u" ORDER BY last_name, first_name, id"_s);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("ParticipantRepository", "reading participants"))};
    QList<Participant> participants;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        indexById.insert(query.value(0).toLongLong(), participants.size());
        participants << participantFrom(query);
    }
    if (participants.isEmpty())
        return participants;

    QSqlQuery skills(m_database.connection());
    skills.setForwardOnly(true);
    QString skillSql = u"SELECT ps.participant_id, s.code, ps.level, ps.target, ps.priority "
                       "FROM participant_skill ps JOIN skill s ON s.id = ps.skill_id"_s;
    if (participants.size() == 1)
        skillSql += u" WHERE ps.participant_id = ?"_s;
    skills.prepare(skillSql + u" ORDER BY ps.participant_id, s.code"_s);
    if (participants.size() == 1)
        skills.addBindValue(participants.first().id);
    if (!skills.exec())
        return Error{
            failure(skills, QT_TRANSLATE_NOOP("ParticipantRepository", "reading skill levels"))};
    while (skills.next()) {
        const auto it = indexById.constFind(skills.value(0).toLongLong());
        if (it == indexById.constEnd())
            continue;
        SkillAssessment assessment;
        assessment.skillCode = skills.value(1).toString();
        assessment.level = optionalInt(skills.value(2));
        assessment.target = optionalInt(skills.value(3));
        assessment.priority = optionalInt(skills.value(4));
        participants[*it].skills << assessment;
    }
    for (Participant& p : participants)
        std::sort(p.skills.begin(), p.skills.end(),
                  [](const SkillAssessment& a, const SkillAssessment& b) {
                      return a.skillCode < b.skillCode;
                  });
    // SQL orders names by their bytes ("Émilie" after "Zoé"): in the interface's language here.
    std::stable_sort(participants.begin(), participants.end(),
                     [](const Participant& a, const Participant& b) {
                         return comparePeople(a.lastName, a.firstName, b.lastName, b.firstName) < 0;
                     });
    return participants;
}

Result<QList<Participant>> ParticipantRepository::all() const {
    return select({}, {});
}

Result<std::optional<Participant>> ParticipantRepository::findById(qint64 id) const {
    auto found = select(u"WHERE id = ?"_s, {id});
    if (!found)
        return Error{found.error()};
    if (found->isEmpty())
        return std::optional<Participant>();
    return std::optional<Participant>(found->first());
}

Result<std::optional<Participant>> ParticipantRepository::findByEmail(const QString& email) const {
    auto found = select(u"WHERE email_key = ?"_s, {emailKey(email)});
    if (!found)
        return Error{found.error()};
    if (found->isEmpty())
        return std::optional<Participant>();
    return std::optional<Participant>(found->first());
}

struct ParticipantRepository::Statements {
    explicit Statements(const QSqlDatabase& connection)
        : insert(connection)
        , update(connection)
        , deleteSkills(connection)
        , insertSkill(connection)
        , history(connection)
        , remove(connection)
        , today(QDate::currentDate().toString(Qt::ISODate)) {}

    QSqlQuery insert;
    QSqlQuery update;
    QSqlQuery deleteSkills;
    QSqlQuery insertSkill;
    QSqlQuery history;
    QSqlQuery remove;
    QString today; ///< the date of the levels written: asking the clock costs a system call
};

ParticipantRepository::Statements& ParticipantRepository::statements() const {
    if (m_statements)
        return *m_statements;
    m_statements = std::make_shared<Statements>(m_database.connection());
    Statements& s = *m_statements;
    // A statement that fails to prepare fails when it runs, with the database's message.
    s.insert.prepare(
        u"INSERT INTO participant (role, first_name, last_name, email, email_key, "
        "department, site, job_title, birth_year, languages, capacity, manager_email, "
        "mode, availability, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    s.update.prepare(u"UPDATE participant SET role = ?, first_name = ?, last_name = ?, email = ?, "
                     "email_key = ?, department = ?, site = ?, job_title = ?, birth_year = ?, "
                     "languages = ?, capacity = ?, manager_email = ?, mode = ?, availability = ?, "
                     "archived = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), "_s +
                     rowversion::bump() + u" "_s + rowversion::where());
    s.deleteSkills.prepare(u"DELETE FROM participant_skill WHERE participant_id = ?"_s);
    s.insertSkill.prepare(
        u"INSERT INTO participant_skill (participant_id, skill_id, level, target, priority) "
        "SELECT ?, id, ?, ?, ? FROM skill WHERE code = ?"_s);
    // Every level that differs from the latest of its history enters the history.
    s.history.prepare(
        u"INSERT INTO level_history (participant_id, skill_id, level, recorded_on, source) "
        "SELECT ps.participant_id, ps.skill_id, ps.level, ?, ? FROM participant_skill ps "
        "WHERE ps.participant_id = ? AND ps.level IS NOT NULL AND "
        "COALESCE((SELECT h.level FROM level_history h WHERE h.participant_id = "
        "ps.participant_id AND h.skill_id = ps.skill_id ORDER BY h.recorded_on DESC, "
        "h.id DESC LIMIT 1), -1) <> ps.level"_s);
    s.remove.prepare(u"DELETE FROM participant WHERE id = ?"_s);
    return s;
}

Result<qint64> ParticipantRepository::insert(const Participant& participant) const {
    QSqlQuery& query = statements().insert;
    bindFields(query, participant);
    if (!query.exec()) {
        if (Database::failedUnique(query))
            return Error{emailTaken(participant.email)};
        return Error{failure(query, QT_TRANSLATE_NOOP("ParticipantRepository", "adding %1"),
                             participant.email)};
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status status = writeSkills(id, participant, true); !status)
        return Error{status.error()};
    return id;
}

Status ParticipantRepository::update(const Participant& participant, qint64* newVersion) const {
    QSqlQuery& query = statements().update;
    bindFields(query, participant);
    rowversion::bind(query, participant.id, participant.rowVersion);
    if (!query.exec()) {
        if (Database::failedUnique(query))
            return Error{emailTaken(participant.email)};
        return Error{failure(query, QT_TRANSLATE_NOOP("ParticipantRepository", "saving %1"),
                             participant.email)};
    }
    if (query.numRowsAffected() != 1)
        return rowversion::refused(m_database, u"participant"_s, participant.id,
                                   participant.fullName());
    if (newVersion)
        *newVersion = participant.rowVersion > 0
                          ? participant.rowVersion + 1
                          : rowversion::current(m_database, u"participant"_s, participant.id);
    return writeSkills(participant.id, participant, false);
}

Status ParticipantRepository::writeSkills(qint64 participantId, const Participant& participant,
                                          bool fresh) const {
    Statements& s = statements();
    if (!fresh) { // a new participant has no skills to replace yet
        s.deleteSkills.addBindValue(participantId);
        if (!s.deleteSkills.exec())
            return Error{
                failure(s.deleteSkills,
                        QT_TRANSLATE_NOOP("ParticipantRepository", "saving the skills of %1"),
                        participant.email)};
    }
    QSqlQuery& query = s.insertSkill;
    for (const SkillAssessment& skill : participant.skills) {
        query.addBindValue(participantId);
        query.addBindValue(sql::optionalInt(skill.level));
        query.addBindValue(
            sql::optionalInt(participant.role == Role::Senior ? skill.target : std::nullopt));
        query.addBindValue(
            sql::optionalInt(participant.role == Role::Senior ? skill.priority : std::nullopt));
        query.addBindValue(skill.skillCode);
        if (!query.exec())
            return Error{failure(
                query, QT_TRANSLATE_NOOP("ParticipantRepository", "saving the skills of %1"),
                participant.email)};
        if (query.numRowsAffected() != 1)
            return Error{QCoreApplication::translate("ParticipantRepository",
                                                     "The skill %1 is not in the catalog.")
                             .arg(skill.skillCode)};
    }
    if (participant.skills.isEmpty() && fresh)
        return {}; // no level to enter in the history
    s.history.addBindValue(s.today);
    s.history.addBindValue(m_levelSource);
    s.history.addBindValue(participantId);
    if (!s.history.exec())
        return Error{failure(s.history,
                             QT_TRANSLATE_NOOP("ParticipantRepository", "saving the skills of %1"),
                             participant.email)};
    return {};
}

Status ParticipantRepository::setArchived(qint64 id, bool archived) const {
    QSqlQuery query(m_database.connection());
    // Archiving and restoring are not edits of what a dialog showed: the version is bumped, not
    // checked (as for imports, erasure and the levels a debrief records).
    query.prepare(u"UPDATE participant SET archived = ?, "
                  "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), "
                  "row_version = row_version + 1 WHERE id = ?"_s);
    query.addBindValue(archived ? 1 : 0);
    query.addBindValue(id);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("ParticipantRepository", "archiving a participant"))};
    return {};
}

Status ParticipantRepository::remove(qint64 id) const {
    QSqlQuery& query = statements().remove;
    query.addBindValue(id);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("ParticipantRepository", "removing a participant"))};
    return {};
}

Status ParticipantRepository::forgetAsManager(const QString& email) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE participant SET manager_email = '', row_version = row_version + 1 "
                  "WHERE lower(manager_email) = ?"_s);
    query.addBindValue(email.trimmed().toLower());
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("ParticipantRepository", "erasing a participant"))};
    return {};
}

Status ParticipantRepository::anonymise(qint64 id) const {
    QSqlQuery query(m_database.connection());
    const QString placeholder = u"erased-%1@erased.invalid"_s.arg(id);
    const QList<QPair<QString, QList<QVariant>>> statements = {
        {u"UPDATE participant SET first_name = ?, last_name = ?, email = ?, email_key = ?, "
         "department = '', site = '', job_title = '', birth_year = NULL, languages = '', "
         "manager_email = '', availability = 0, row_version = row_version + 1 WHERE id = ?"_s,
         {QCoreApplication::translate("ParticipantRepository", "Erased"),
          QCoreApplication::translate("ParticipantRepository", "participant %1").arg(id),
          placeholder, placeholder, id}},
        {u"DELETE FROM participant_skill WHERE participant_id = ?"_s, {id}},
        {u"DELETE FROM level_history WHERE participant_id = ?"_s, {id}},
        {u"DELETE FROM program_participant WHERE participant_id = ?"_s, {id}},
        {u"DELETE FROM pairing_exclusion WHERE junior_id = ? OR senior_id = ?"_s, {id, id}},
        // What was written about their binômes in words goes too; dates, durations, ratings and
        // levels stay for the program's figures.
        {u"UPDATE mentoring_session SET notes = '', next_steps = '', "
         "row_version = row_version + 1 WHERE binome_id IN "
         "(SELECT id FROM binome WHERE junior_id = ? OR senior_id = ?)"_s,
         {id, id}},
        {u"UPDATE debrief SET comments = '' WHERE binome_id IN "
         "(SELECT id FROM binome WHERE junior_id = ? OR senior_id = ?)"_s,
         {id, id}},
        {u"UPDATE binome SET end_note = '', row_version = row_version + 1 "
         "WHERE junior_id = ? OR senior_id = ?"_s,
         {id, id}},
    };
    for (const auto& [sql, values] : statements) {
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            return Error{failure(
                query, QT_TRANSLATE_NOOP("ParticipantRepository", "erasing a participant"))};
    }
    return {};
}

Result<int> ParticipantRepository::count() const {
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT count(*) FROM participant"_s) || !query.next())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("ParticipantRepository", "counting participants"))};
    return query.value(0).toInt();
}

} // namespace binome
