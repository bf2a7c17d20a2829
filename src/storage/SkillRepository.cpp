#include "binome/storage/SkillRepository.h"

#include "binome/storage/Database.h"

#include "RowVersion.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace binome {

namespace {
SkillKind kindFromToken(const QString& token) {
    if (token == u"competence")
        return SkillKind::Competence;
    if (token == u"tool")
        return SkillKind::Tool;
    return SkillKind::Custom;
}
} // namespace

Result<QList<Skill>> SkillRepository::all() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, code, area, name_en, name_fr, kind, archived, sort_order, "
                    "row_version "
                    "FROM skill ORDER BY sort_order, code"_s))
        return Error{Database::describeFailure(
            query, QCoreApplication::translate("SkillRepository", "reading the skills catalog"))};
    QList<Skill> skills;
    while (query.next()) {
        Skill skill;
        skill.id = query.value(0).toLongLong();
        skill.code = query.value(1).toString();
        skill.area = query.value(2).toInt();
        skill.nameEn = query.value(3).toString();
        skill.nameFr = query.value(4).toString();
        skill.kind = kindFromToken(query.value(5).toString());
        skill.archived = query.value(6).toBool();
        skill.sortOrder = query.value(7).toInt();
        skill.rowVersion = query.value(8).toLongLong();
        skills << skill;
    }
    return skills;
}

Result<qint64> SkillRepository::insert(const Skill& skill) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"INSERT INTO skill (code, area, name_en, name_fr, kind, archived, sort_order) "
        "VALUES (?, ?, ?, ?, ?, ?, "
        "coalesce(nullif(?, 0), (SELECT coalesce(max(sort_order), 0) + 10 FROM skill)))"_s);
    query.addBindValue(skill.code);
    query.addBindValue(skill.area);
    query.addBindValue(sql::text(skill.nameEn));
    query.addBindValue(sql::text(skill.nameFr));
    query.addBindValue(skillKindToken(skill.kind));
    query.addBindValue(skill.archived ? 1 : 0);
    query.addBindValue(skill.sortOrder);
    if (!query.exec()) {
        if (Database::failedUnique(query))
            return Error{QCoreApplication::translate(
                             "SkillRepository",
                             "A skill with the code %1 already exists (saved meanwhile, perhaps "
                             "in another window or on another computer); nothing was saved.")
                             .arg(skill.code)};
        return Error{Database::describeFailure(
            query,
            QCoreApplication::translate("SkillRepository", "adding the skill %1").arg(skill.code))};
    }
    return query.lastInsertId().toLongLong();
}

Status SkillRepository::update(const Skill& skill) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE skill SET area = ?, name_en = ?, name_fr = ?, archived = ?, "
                  "sort_order = ?, "_s +
                  rowversion::bump() + u" "_s + rowversion::where());
    query.addBindValue(skill.area);
    query.addBindValue(sql::text(skill.nameEn));
    query.addBindValue(sql::text(skill.nameFr));
    query.addBindValue(skill.archived ? 1 : 0);
    query.addBindValue(skill.sortOrder);
    rowversion::bind(query, skill.id, skill.rowVersion);
    if (!query.exec())
        return Error{Database::describeFailure(
            query,
            QCoreApplication::translate("SkillRepository", "saving the skill %1").arg(skill.code))};
    if (query.numRowsAffected() != 1)
        return rowversion::refused(m_database, u"skill"_s, skill.id,
                                   QCoreApplication::translate("SkillRepository", "The skill %1")
                                       .arg(skill.displayName()));
    return {};
}

Status SkillRepository::removeUnused(qint64 skillId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM skill WHERE id = ? AND kind = 'custom' AND NOT EXISTS "
                  "(SELECT 1 FROM participant_skill WHERE skill_id = skill.id)"_s);
    query.addBindValue(skillId);
    if (!query.exec())
        return Error{Database::describeFailure(
            query, QCoreApplication::translate("SkillRepository", "removing a skill"))};
    if (query.numRowsAffected() != 1)
        return Error{QCoreApplication::translate("SkillRepository",
                                                 "This skill is in use: archive it instead.")};
    return {};
}

Result<int> SkillRepository::usageCount(qint64 skillId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT count(*) FROM participant_skill WHERE skill_id = ?"_s);
    query.addBindValue(skillId);
    if (!query.exec() || !query.next())
        return Error{Database::describeFailure(
            query, QCoreApplication::translate("SkillRepository", "counting a skill's uses"))};
    return query.value(0).toInt();
}

} // namespace binome
