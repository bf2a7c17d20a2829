// Gathers what the reports print: one read through the services, then the reports lay it out.
#include "binome/services/ReportService.h"

#include "binome/exchange/ProgramFile.h"
#include "binome/reports/ProgramStatistics.h"
#include "binome/services/BinomeService.h"
#include "binome/services/FollowUpService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramExportService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SkillCatalogService.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace binome {

Result<BinomeReportData> ReportService::binomeData(qint64 binomeId, const QDate& asOf) const {
    BinomeReportData data;
    data.asOf = asOf;
    auto detail = BinomeService(m_database).detail(binomeId);
    if (!detail)
        return Error{detail.error()};
    data.detail = std::move(detail).value();
    auto row = FollowUpService(m_database).row(binomeId, asOf);
    if (!row)
        return Error{row.error()};
    data.row = std::move(row).value();
    data.flagReasons = FollowUpService::flagReasons(data.row, data.detail.program);
    const auto skills = SkillCatalogService(m_database).list();
    if (!skills)
        return Error{skills.error()};
    for (const Skill& skill : *skills)
        data.skillNames.insert(skill.id, skill.displayName());
    return data;
}

Result<ProgramReportData> ReportService::programData(qint64 programId, const QDate& asOf) const {
    const auto programs = ProgramService(m_database).list();
    if (!programs)
        return Error{programs.error()};
    const auto program = std::find_if(programs->begin(), programs->end(),
                                      [programId](const Program& p) { return p.id == programId; });
    if (program == programs->end())
        return Error{QCoreApplication::translate("ProgramReport", "No program has the id %1.")
                         .arg(programId)};
    const auto skills = SkillCatalogService(m_database).list();
    if (!skills)
        return Error{skills.error()};
    QHash<qint64, QString> codes;
    QHash<qint64, QString> names;
    for (const Skill& skill : *skills) {
        codes.insert(skill.id, skill.code);
        names.insert(skill.id, skill.displayName());
    }
    auto binomes = ProgramExportService(m_database).programData(programId, asOf);
    if (!binomes)
        return Error{binomes.error()};
    ProgramReportData data;
    data.program = *program;
    data.asOf = asOf;
    data.binomes = std::move(binomes).value();
    data.statistics = computeProgramStatistics(*program, data.binomes, codes, names, asOf);
    for (const ProgramFileBinome& binome : data.binomes) {
        const FollowUpRow& row = binome.row;
        if (row.flags == FlagNone)
            continue;
        QStringList flags;
        for (const FollowUpFlag flag :
             {FlagAtRisk, FlagObjectiveOverdue, FlagDebriefDue, FlagLowRating})
            if (row.flags & flag)
                flags.append(FollowUpService::flagName(flag));
        data.flagNames.insert(row.binome.id, flags);
        data.flagReasons.insert(row.binome.id, FollowUpService::flagReasons(row, data.program));
    }
    return data;
}

Result<IntroductionLetters> ReportService::letters(qint64 programId, const QDate& printedOn) const {
    IntroductionLetters result;
    result.printedOn = printedOn;
    const auto programs = ProgramService(m_database).list();
    if (!programs)
        return Error{programs.error()};
    const auto program = std::find_if(programs->cbegin(), programs->cend(),
                                      [&](const Program& p) { return p.id == programId; });
    if (program == programs->cend())
        return Error{
            QCoreApplication::translate("IntroductionLetters", "Program %1 does not exist.")
                .arg(programId)};
    result.program = *program;
    const auto catalog = SkillCatalogService(m_database).list();
    if (!catalog)
        return Error{catalog.error()};
    for (const Skill& skill : *catalog)
        result.skills.insert(skill.id, skill);
    const auto people = ParticipantService(m_database).list();
    if (!people)
        return Error{people.error()};
    QHash<qint64, Participant> byId;
    for (const Participant& p : *people)
        byId.insert(p.id, p);
    const auto binomes = PairingService(m_database).binomes(programId);
    if (!binomes)
        return Error{binomes.error()};
    const auto objectives = ObjectiveService(m_database).ofProgram(programId);
    if (!objectives)
        return Error{objectives.error()};
    for (const Binome& b : *binomes) {
        if (!b.isOpen())
            continue;
        IntroductionLetter letter;
        letter.binome = b;
        letter.junior = byId.value(b.juniorId);
        letter.senior = byId.value(b.seniorId);
        letter.reasons = plainReasons(b, letter.junior, letter.senior, result.skills);
        for (const Objective& o : *objectives)
            if (o.binomeId == b.id && !isClosed(o.status))
                letter.objectives << o;
        std::stable_sort(letter.objectives.begin(), letter.objectives.end(),
                         [](const Objective& x, const Objective& y) {
                             if (x.dueDate != y.dueDate)
                                 return !x.dueDate.isValid()   ? false
                                        : !y.dueDate.isValid() ? true
                                                               : x.dueDate < y.dueDate;
                             return x.id < y.id;
                         });
        if (letter.objectives.size() > LetterObjectives)
            letter.objectives.resize(LetterObjectives);
        result.letters << letter;
    }
    std::stable_sort(
        result.letters.begin(), result.letters.end(),
        [](const IntroductionLetter& x, const IntroductionLetter& y) {
            const int last = QString::localeAwareCompare(x.senior.lastName, y.senior.lastName);
            if (last != 0)
                return last < 0;
            return QString::localeAwareCompare(x.senior.firstName, y.senior.firstName) < 0;
        });
    return result;
}

} // namespace binome
