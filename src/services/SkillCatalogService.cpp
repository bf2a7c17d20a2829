#include "binome/services/SkillCatalogService.h"

#include "binome/storage/SkillRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace binome {

Result<QList<Skill>> SkillCatalogService::list() const {
    return SkillRepository(m_database).all();
}

Result<QHash<QString, QString>> SkillCatalogService::codeMap() const {
    const auto skills = list();
    if (!skills)
        return Error{skills.error()};
    QHash<QString, QString> map;
    for (const Skill& skill : *skills)
        map.insert(skill.code.toLower(), skill.code);
    return map;
}

QList<FieldError> SkillCatalogService::check(const Skill& skill) const {
    QList<FieldError> errors = validateSkill(skill);
    const auto skills = list();
    if (!skills) {
        errors.append({QString(), skills.error()});
        return errors;
    }
    for (const Skill& other : *skills) {
        if (other.id != skill.id && other.code.compare(skill.code, Qt::CaseInsensitive) == 0)
            errors.append({u"code"_s, QCoreApplication::translate("SkillCatalogService",
                                                                  "the code %1 is already used")
                                          .arg(other.code)});
    }
    return errors;
}

Result<Skill> SkillCatalogService::byId(qint64 id) const {
    const auto skills = list();
    if (!skills)
        return Error{skills.error()};
    for (const Skill& skill : *skills) {
        if (skill.id == id)
            return skill;
    }
    return Error{
        QCoreApplication::translate("SkillCatalogService", "This skill no longer exists.")};
}

Result<qint64> SkillCatalogService::add(Skill skill) const {
    skill.id = 0;
    skill.kind = SkillKind::Custom;
    skill.code = skill.code.trimmed();
    if (const QList<FieldError> errors = check(skill); !errors.isEmpty())
        return Error{joinErrors(errors)};
    return SkillRepository(m_database).insert(skill);
}

Status SkillCatalogService::update(const Skill& skill) const {
    const auto stored = byId(skill.id);
    if (!stored)
        return Error{stored.error()};
    if (stored->code != skill.code)
        return Error{QCoreApplication::translate("SkillCatalogService",
                                                 "The code of a skill never changes (%1).")
                         .arg(stored->code)};
    if (const QList<FieldError> errors = check(skill); !errors.isEmpty())
        return Error{joinErrors(errors)};
    return SkillRepository(m_database).update(skill);
}

Status SkillCatalogService::removeUnused(qint64 id) const {
    return SkillRepository(m_database).removeUnused(id);
}

Status SkillCatalogService::setArchived(qint64 id, bool archived) const {
    auto stored = byId(id);
    if (!stored)
        return Error{stored.error()};
    Skill skill = *stored;
    skill.archived = archived;
    return SkillRepository(m_database).update(skill);
}

} // namespace binome
