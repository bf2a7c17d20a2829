#include "binome/exchange/ParticipantDossierFile.h"
#include "binome/exchange/SpreadsheetCsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>
#include <string>

using namespace Qt::StringLiterals;
using ordered = nlohmann::ordered_json;

namespace binome {

const Skill* ParticipantDossier::skillById(qint64 id) const {
    const auto found = skills.constFind(id);
    return found == skills.cend() ? nullptr : &*found;
}

const Skill* ParticipantDossier::skillByCode(const QString& code) const {
    for (const Skill& skill : skills)
        if (skill.code.compare(code, Qt::CaseInsensitive) == 0)
            return &skill;
    return nullptr;
}

QString ParticipantDossier::skillName(qint64 id) const {
    const Skill* skill = skillById(id);
    return skill ? skill->displayName() : QString::number(id);
}

QString ParticipantDossier::skillNameByCode(const QString& code) const {
    const Skill* skill = skillByCode(code);
    return skill ? skill->displayName() : code;
}

int ParticipantDossier::sessionCount() const {
    int count = 0;
    for (const DossierBinome& b : binomes)
        count += static_cast<int>(b.sessions.size());
    return count;
}

namespace {

std::string str(const QString& text) {
    return text.toStdString();
}

/// An ISO date, or null.
ordered date(const QDate& day) {
    return day.isValid() ? ordered(str(day.toString(Qt::ISODate))) : ordered(nullptr);
}

ordered number(const std::optional<int>& value) {
    return value ? ordered(*value) : ordered(nullptr);
}

/// A skill by its code (the catalog id when it is not in the dossier's catalog).
ordered skillCode(const ParticipantDossier& dossier, qint64 id) {
    const Skill* skill = dossier.skillById(id);
    return skill ? ordered(str(skill->code)) : ordered(str(QString::number(id)));
}

ordered participantObject(const Participant& p) {
    ordered o = ordered::object();
    o["id"] = p.id;
    o["role"] = str(roleToken(p.role));
    o["first_name"] = str(p.firstName);
    o["last_name"] = str(p.lastName);
    o["email"] = str(p.email);
    o["department"] = str(p.department);
    o["site"] = str(p.site);
    o["job_title"] = str(p.jobTitle);
    o["birth_year"] = number(p.birthYear);
    ordered languages = ordered::array();
    for (const QString& language : p.languages)
        languages.push_back(str(language));
    o["languages"] = languages;
    o["capacity"] = p.capacity;
    o["manager"] = str(p.managerEmail);
    o["mode"] = str(meetingModeToken(p.mode));
    ordered availability = ordered::array();
    for (int i = 0; i < HalfDays::Count; ++i)
        if (p.availability.contains(i))
            availability.push_back(str(HalfDays::token(i)));
    o["availability"] = availability;
    o["archived"] = p.archived;
    return o;
}

ordered skillsArray(const ParticipantDossier& dossier) {
    ordered list = ordered::array();
    for (const SkillAssessment& s : dossier.person.skills) {
        ordered o = ordered::object();
        o["code"] = str(s.skillCode);
        const Skill* skill = dossier.skillByCode(s.skillCode);
        o["name_en"] = skill ? str(skill->nameEn) : str(s.skillCode);
        o["name_fr"] = skill ? str(skill->nameFr) : str(s.skillCode);
        o["level"] = number(s.level);
        o["target"] = number(s.target);
        o["priority"] = number(s.priority);
        list.push_back(o);
    }
    return list;
}

ordered historyArray(const ParticipantDossier& dossier) {
    ordered list = ordered::array();
    for (const LevelRecord& r : dossier.levelHistory) {
        ordered o = ordered::object();
        o["skill"] =
            r.skillCode.isEmpty() ? skillCode(dossier, r.skillId) : ordered(str(r.skillCode));
        o["level"] = r.level;
        o["date"] = date(r.date);
        o["source"] = str(levelSourceToken(r.source));
        list.push_back(o);
    }
    return list;
}

ordered programObject(const Program& p) {
    ordered o = ordered::object();
    o["name"] = str(p.name);
    o["start"] = date(p.startDate);
    o["end"] = date(p.endDate);
    o["cadence_days"] = p.cadenceDays;
    return o;
}

ordered objectiveObject(const ParticipantDossier& dossier, const Objective& o) {
    ordered j = ordered::object();
    j["id"] = o.id;
    j["skill"] = skillCode(dossier, o.skillId);
    j["learner"] = str(learnerToken(o.learner));
    j["start_level"] = o.startLevel;
    j["target_level"] = o.targetLevel;
    j["due"] = date(o.dueDate);
    j["status"] = str(objectiveStatusToken(o.status));
    j["description"] = str(o.description);
    return j;
}

ordered sessionObject(const ParticipantDossier& dossier, const Session& s) {
    ordered j = ordered::object();
    j["id"] = s.id;
    j["date"] = date(s.date);
    j["planned"] = s.planned;
    j["minutes"] = s.minutes;
    j["mode"] = str(sessionModeToken(s.mode));
    ordered skills = ordered::array();
    for (const qint64 id : s.skillIds)
        skills.push_back(skillCode(dossier, id));
    j["skills"] = skills;
    j["notes"] = str(s.notes);
    j["next_steps"] = str(s.nextSteps);
    j["mentee_rating"] = number(s.menteeRating);
    j["mentor_rating"] = number(s.mentorRating);
    return j;
}

ordered debriefObject(const Debrief& d) {
    ordered j = ordered::object();
    j["id"] = d.id;
    j["kind"] = str(debriefKindToken(d.kind));
    j["date"] = date(d.date);
    j["mentee_satisfaction"] = number(d.menteeSatisfaction);
    j["mentor_satisfaction"] = number(d.mentorSatisfaction);
    j["comments"] = str(d.comments);
    ordered reviews = ordered::array();
    for (const ObjectiveReview& r : d.reviews) {
        ordered review = ordered::object();
        review["objective_id"] = r.objectiveId;
        review["new_level"] = number(r.newLevel);
        review["status"] = str(objectiveStatusToken(r.status));
        reviews.push_back(review);
    }
    j["reviews"] = reviews;
    return j;
}

ordered binomeObject(const ParticipantDossier& dossier, const DossierBinome& entry) {
    const Binome& b = entry.binome;
    ordered j = ordered::object();
    j["id"] = b.id;
    j["program"] = str(entry.program.name);
    j["role"] = str(roleToken(entry.role));
    j["partner"] = str(entry.partnerName);
    j["status"] = str(binomeStatusToken(b.status));
    j["start"] = date(b.startDate);
    j["end"] = date(b.endDate);
    j["end_reason"] = b.endReason ? ordered(str(endReasonToken(*b.endReason))) : ordered(nullptr);
    j["end_note"] = str(b.endNote);
    j["score"] = std::isfinite(b.score) ? ordered(std::round(b.score * 10) / 10) : ordered(nullptr);
    ordered why = ordered::array();
    for (const QString& line : entry.why)
        why.push_back(str(line));
    j["why"] = why;
    ordered objectives = ordered::array();
    for (const Objective& o : entry.objectives)
        objectives.push_back(objectiveObject(dossier, o));
    j["objectives"] = objectives;
    ordered sessions = ordered::array();
    for (const Session& s : entry.sessions)
        sessions.push_back(sessionObject(dossier, s));
    j["sessions"] = sessions;
    ordered debriefs = ordered::array();
    for (const Debrief& d : entry.debriefs)
        debriefs.push_back(debriefObject(d));
    j["debriefs"] = debriefs;
    return j;
}

} // namespace

QByteArray dossierToJson(const ParticipantDossier& dossier) {
    ordered document = ordered::object();
    document["format"] = "binome-participant-dossier";
    document["version"] = 1;
    document["generated"] = date(dossier.asOf);
    document["participant"] = participantObject(dossier.person);
    document["skills"] = skillsArray(dossier);
    document["level_history"] = historyArray(dossier);
    ordered programs = ordered::array();
    for (const Program& p : dossier.programs)
        programs.push_back(programObject(p));
    document["programs"] = programs;
    ordered binomes = ordered::array();
    for (const DossierBinome& entry : dossier.binomes)
        binomes.push_back(binomeObject(dossier, entry));
    document["binomes"] = binomes;
    ordered exclusions = ordered::array();
    for (const DossierExclusion& e : dossier.exclusions) {
        ordered o = ordered::object();
        o["program"] = str(e.program.name);
        o["with"] = str(e.otherName);
        exclusions.push_back(o);
    }
    document["exclusions"] = exclusions;
    const std::string text = document.dump(2, ' ', false, ordered::error_handler_t::replace);
    return QByteArray::fromStdString(text) + '\n';
}

Status writeDossierFile(const QString& path, const ParticipantDossier& dossier) {
    const QByteArray bytes = dossierToJson(dossier);
    // Personal data: readable by its owner only, from the first byte.
    return writePrivateFile(path, bytes);
}

} // namespace binome
