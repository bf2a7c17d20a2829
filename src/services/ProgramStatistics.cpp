#include "binome/services/ProgramStatistics.h"

#include "binome/exchange/ProgramFile.h"
#include "binome/services/ProgramExportService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SkillCatalogService.h"
#include "binome/storage/Database.h"

#include <QCoreApplication>

#include <algorithm>

namespace binome {

Result<ProgramStatistics> ProgramStatisticsService::compute(qint64 programId,
                                                            const QDate& asOf) const {
    const auto programs = ProgramService(m_database).list();
    if (!programs)
        return Error{programs.error()};
    const auto program = std::find_if(programs->begin(), programs->end(),
                                      [programId](const Program& p) { return p.id == programId; });
    if (program == programs->end())
        return Error{
            QCoreApplication::translate("ProgramStatisticsService", "No program has the id %1.")
                .arg(programId)};
    const auto skills = SkillCatalogService(m_database).list();
    if (!skills)
        return Error{skills.error()};
    QHash<qint64, QString> codes;
    QHash<qint64, QString> names;
    codes.reserve(skills->size());
    names.reserve(skills->size());
    for (const Skill& skill : *skills) {
        codes.insert(skill.id, skill.code);
        names.insert(skill.id, skill.displayName());
    }
    const auto data = ProgramExportService(m_database).programData(programId, asOf);
    if (!data)
        return Error{data.error()};
    return computeProgramStatistics(*program, *data, codes, names, asOf);
}

} // namespace binome
