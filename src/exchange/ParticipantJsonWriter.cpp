#include "binome/exchange/ParticipantFile.h"

#include "ParticipantFields.h"

#include <nlohmann/json.hpp>

#include <string>

namespace binome {

using namespace participantfile;

QByteArray participantsToJson(const QList<Participant>& participants) {
    using ordered = nlohmann::ordered_json;
    auto str = [](const QString& text) { return text.toStdString(); };
    ordered list = ordered::array();
    for (const Participant& p : participants) {
        ordered o = ordered::object();
        o["role"] = str(roleToken(p.role));
        o["first_name"] = str(p.firstName);
        o["last_name"] = str(p.lastName);
        o["email"] = str(p.email);
        if (!p.department.isEmpty())
            o["department"] = str(p.department);
        if (!p.site.isEmpty())
            o["site"] = str(p.site);
        if (!p.jobTitle.isEmpty())
            o["job_title"] = str(p.jobTitle);
        if (p.birthYear)
            o["birth_year"] = *p.birthYear;
        ordered languages = ordered::array();
        for (const QString& language : p.languages)
            languages.push_back(str(language));
        o["languages"] = languages;
        o["capacity"] = p.capacity;
        if (!p.managerEmail.isEmpty())
            o["manager"] = str(p.managerEmail);
        o["mode"] = str(meetingModeToken(p.mode));
        ordered availability = ordered::array();
        for (int i = 0; i < HalfDays::Count; ++i) {
            if (p.availability.contains(i))
                availability.push_back(str(HalfDays::token(i)));
        }
        o["availability"] = availability;
        o["archived"] = p.archived;
        ordered skills = ordered::object();
        for (const SkillAssessment& s : p.skills) {
            if (p.role == Role::Junior && s.level && !s.target && !s.priority) {
                skills[str(s.skillCode)] = *s.level;
                continue;
            }
            ordered assessment = ordered::object();
            if (s.level)
                assessment["current"] = *s.level;
            if (s.target)
                assessment["target"] = *s.target;
            if (s.priority)
                assessment["priority"] = *s.priority;
            skills[str(s.skillCode)] = assessment;
        }
        o["skills"] = skills;
        list.push_back(o);
    }
    ordered document = ordered::object();
    document["participants"] = list;
    const std::string text = document.dump(2, ' ', false, ordered::error_handler_t::replace);
    return QByteArray::fromStdString(text) + '\n';
}

} // namespace binome
