#include "PairingRoster.h"

#include "binome/domain/TextKey.h"
#include "binome/services/ProgramService.h"
#include "binome/storage/ParticipantRepository.h"
#include "binome/storage/SkillRepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace binome::pairing {

namespace {

/// Dense ids for free text (sites, departments), without regard to case or
/// accents.
class Dictionary {
public:
    int idOf(const QString& text) {
        const QString key = textKey(text);
        if (key.isEmpty())
            return -1;
        const auto it = m_ids.constFind(key);
        if (it != m_ids.constEnd())
            return *it;
        const int id = static_cast<int>(m_ids.size());
        m_ids.insert(key, id);
        return id;
    }

private:
    QHash<QString, int> m_ids;
};

matching::MeetingMode engineMode(MeetingMode mode) {
    switch (mode) {
    case MeetingMode::InPerson:
        return matching::MeetingMode::InPerson;
    case MeetingMode::Remote:
        return matching::MeetingMode::Remote;
    case MeetingMode::Either:
        break;
    }
    return matching::MeetingMode::Either;
}

} // namespace

Result<Roster> buildRoster(const Database& database, qint64 programId,
                           const PairingSettings& settings, const QList<PersonPair>& exclusions) {
    Roster roster;
    const auto enrolled = ProgramService(database).enrolled(programId);
    if (!enrolled)
        return Error{enrolled.error()};
    const auto everyone = ParticipantRepository(database).all();
    if (!everyone)
        return Error{everyone.error()};
    const auto skills = SkillRepository(database).all();
    if (!skills)
        return Error{skills.error()};
    roster.skills = *skills;
    QHash<QString, int> skillIndex;
    for (int k = 0; k < roster.skills.size(); ++k)
        skillIndex.insert(roster.skills[k].code.toLower(), k);
    QHash<QString, qint64> idByEmail;
    for (const Participant& p : *everyone)
        idByEmail.insert(emailKey(p.email), p.id);

    Dictionary sites;
    Dictionary departments;
    QHash<QString, int> languageBits;
    const auto fillPerson = [&](matching::PersonProfile& profile, const Participant& p) {
        profile.personId = p.id;
        profile.managerId =
            p.managerEmail.isEmpty() ? -1 : idByEmail.value(emailKey(p.managerEmail), -1);
        for (const QString& language : p.languages) {
            auto it = languageBits.find(language);
            if (it == languageBits.end())
                it = languageBits.insert(language, static_cast<int>(languageBits.size()));
            if (*it < matching::MaxLanguages)
                profile.languages |= std::uint64_t{1} << *it;
        }
        profile.site = sites.idOf(p.site);
        profile.department = departments.idOf(p.department);
        profile.availability = p.availability.bits();
        profile.meetingMode = engineMode(p.mode);
    };

    matching::ScoreInput& input = roster.input;
    input.skillCount = static_cast<int>(roster.skills.size());
    for (const Participant& p : *enrolled) {
        if (p.archived)
            continue;
        if (p.role == Role::Junior) {
            matching::JuniorProfile junior;
            fillPerson(junior, p);
            junior.capacity = p.capacity;
            junior.levels.assign(static_cast<std::size_t>(input.skillCount), -1);
            for (const SkillAssessment& s : p.skills) {
                const int k = skillIndex.value(s.skillCode.toLower(), -1);
                if (k >= 0 && s.level)
                    junior.levels[static_cast<std::size_t>(k)] = *s.level;
            }
            input.juniors.push_back(std::move(junior));
            roster.juniors << p;
        } else {
            matching::SeniorProfile senior;
            fillPerson(senior, p);
            senior.skills.assign(static_cast<std::size_t>(input.skillCount), {});
            for (const SkillAssessment& s : p.skills) {
                const int k = skillIndex.value(s.skillCode.toLower(), -1);
                if (k < 0)
                    continue;
                auto& skill = senior.skills[static_cast<std::size_t>(k)];
                skill.current = s.level.value_or(-1);
                skill.target = s.target.value_or(-1);
                skill.priority = s.priority.value_or(1);
            }
            input.seniors.push_back(std::move(senior));
            roster.seniors << p;
        }
    }
    input.weights = {settings.weightSkill, settings.weightAvailability, settings.weightSite,
                     settings.weightCrossDepartment};
    input.rules.forbidSameDepartment = settings.forbidSameDepartment;
    input.rules.forbidSameReportingLine = settings.forbidSameReportingLine;
    input.rules.requireCoveredGap = settings.requireCoveredGap;
    for (const PersonPair& pair : exclusions)
        input.rules.exclusions.emplace_back(pair.first, pair.second);
    return roster;
}

} // namespace binome::pairing
