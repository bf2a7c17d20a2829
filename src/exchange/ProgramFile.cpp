#include "binome/exchange/ProgramFile.h"
#include "binome/exchange/SpreadsheetCsv.h"

#include <QCoreApplication>
#include <QDir>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;
using ordered = nlohmann::ordered_json;

namespace binome {

namespace {

/// Writes JSON laid out as nlohmann's dump(2), one value at a time: a program of 200,000
/// sessions is never held as a tree (building one took longer than reading the database).
/// Strings and floating-point numbers are encoded by nlohmann.
class JsonWriter {
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    JsonWriter& key(std::string_view name) {
        newItem();
        m_out += '"';
        m_out += name; // our keys are plain ASCII
        m_out += "\": ";
        m_afterKey = true;
        return *this;
    }
    void value(const std::string& text) {
        newItem();
        m_out += ordered(text).dump(-1, ' ', false, ordered::error_handler_t::replace);
    }
    void value(const QString& text) { value(text.toStdString()); }
    void value(const char* text) { value(std::string(text)); }
    void value(qint64 number) {
        newItem();
        m_out += std::to_string(number);
    }
    void value(int number) { value(static_cast<qint64>(number)); }
    void value(bool flag) {
        newItem();
        m_out += flag ? "true" : "false";
    }
    void value(double number) {
        newItem();
        m_out += std::isfinite(number) ? ordered(number).dump() : "null";
    }
    void value(const std::optional<int>& number) {
        if (number)
            value(*number);
        else
            null();
    }
    /// An ISO date, or null when there is none.
    void value(const QDate& day) {
        if (!day.isValid() || day.year() < 1000 || day.year() > 9999) {
            if (day.isValid())
                value(day.toString(Qt::ISODate));
            else
                null();
            return;
        }
        char text[16];
        std::snprintf(text, sizeof text, "\"%04d-%02d-%02d\"", day.year(), day.month(), day.day());
        newItem();
        m_out += text;
    }
    void null() {
        newItem();
        m_out += "null";
    }

    std::string take() {
        m_out += '\n';
        return std::move(m_out);
    }

private:
    struct Level {
        bool empty = true;
    };

    /// Before a key or a value: the comma, line break and indent it needs.
    void newItem() {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_levels.empty())
            return;
        if (!m_levels.back().empty)
            m_out += ',';
        m_levels.back().empty = false;
        m_out += '\n';
        m_out.append(2 * m_levels.size(), ' ');
    }
    void open(char bracket) {
        newItem();
        m_out += bracket;
        m_levels.push_back({});
    }
    void close(char bracket) {
        const bool empty = m_levels.back().empty;
        m_levels.pop_back();
        if (!empty) {
            m_out += '\n';
            m_out.append(2 * m_levels.size(), ' ');
        }
        m_out += bracket;
    }

    std::string m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

/// Skill codes by catalog id, converted once.
using SkillCodes = QHash<qint64, std::string>;

void writeSkill(JsonWriter& w, const SkillCodes& codes, qint64 id) {
    const auto found = codes.constFind(id);
    if (found == codes.cend())
        w.value(std::to_string(id));
    else
        w.value(*found);
}

void writeObjective(JsonWriter& w, const Objective& o, const SkillCodes& codes) {
    w.beginObject();
    w.key("id").value(o.id);
    w.key("skill");
    writeSkill(w, codes, o.skillId);
    w.key("learner").value(learnerToken(o.learner));
    w.key("start_level").value(o.startLevel);
    w.key("target_level").value(o.targetLevel);
    w.key("due").value(o.dueDate);
    w.key("status").value(objectiveStatusToken(o.status));
    w.key("description").value(o.description);
    w.endObject();
}

void writeSession(JsonWriter& w, const Session& s, const SkillCodes& codes) {
    w.beginObject();
    w.key("id").value(s.id);
    w.key("date").value(s.date);
    w.key("planned").value(s.planned);
    w.key("minutes").value(s.minutes);
    w.key("mode").value(sessionModeToken(s.mode));
    w.key("skills").beginArray();
    for (const qint64 id : s.skillIds)
        writeSkill(w, codes, id);
    w.endArray();
    w.key("notes").value(s.notes);
    w.key("next_steps").value(s.nextSteps);
    w.key("mentee_rating").value(s.menteeRating);
    w.key("mentor_rating").value(s.mentorRating);
    w.endObject();
}

void writeDebrief(JsonWriter& w, const Debrief& d) {
    w.beginObject();
    w.key("id").value(d.id);
    w.key("kind").value(debriefKindToken(d.kind));
    w.key("date").value(d.date);
    w.key("mentee_satisfaction").value(d.menteeSatisfaction);
    w.key("mentor_satisfaction").value(d.mentorSatisfaction);
    w.key("comments").value(d.comments);
    w.key("reviews").beginArray();
    for (const ObjectiveReview& r : d.reviews) {
        w.beginObject();
        w.key("objective_id").value(r.objectiveId);
        w.key("new_level").value(r.newLevel);
        w.key("status").value(objectiveStatusToken(r.status));
        w.key("previous_status").value(objectiveStatusToken(r.previousStatus));
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeBinome(JsonWriter& w, const ProgramFileBinome& entry, const SkillCodes& codes) {
    const FollowUpRow& row = entry.row;
    const Binome& b = row.binome;
    w.beginObject();
    w.key("id").value(b.id);
    w.key("junior").value(row.juniorName);
    w.key("junior_email").value(row.juniorEmail);
    w.key("senior").value(row.seniorName);
    w.key("senior_email").value(row.seniorEmail);
    w.key("status").value(binomeStatusToken(b.status));
    w.key("start").value(b.startDate);
    w.key("end").value(b.endDate);
    w.key("end_reason");
    if (b.endReason)
        w.value(endReasonToken(*b.endReason));
    else
        w.null();
    w.key("end_note").value(b.endNote);
    w.key("score").value(b.score);
    w.key("sessions_count").value(row.sessionsHeld);
    w.key("hours").value(std::round(row.hoursHeld() * 100.0) / 100.0);
    w.key("sessions_planned").value(row.sessionsPlanned);
    w.key("last_session").value(row.lastHeld);
    w.key("next_session").value(row.nextPlanned);
    w.key("objectives_achieved").value(row.objectivesAchieved);
    w.key("objectives_total").value(row.objectivesTotal);
    w.key("flags").beginArray();
    for (const QString& token : followUpFlagTokens(row.flags))
        w.value(token);
    w.endArray();
    w.key("objectives").beginArray();
    for (const Objective& o : entry.objectives)
        writeObjective(w, o, codes);
    w.endArray();
    w.key("sessions").beginArray();
    for (const Session& s : entry.sessions)
        writeSession(w, s, codes);
    w.endArray();
    w.key("debriefs").beginArray();
    for (const Debrief& d : entry.debriefs)
        writeDebrief(w, d);
    w.endArray();
    w.endObject();
}

} // namespace

QStringList followUpFlagTokens(int flags) {
    QStringList tokens;
    if (flags & FlagAtRisk)
        tokens << u"at-risk"_s;
    if (flags & FlagObjectiveOverdue)
        tokens << u"objective-overdue"_s;
    if (flags & FlagDebriefDue)
        tokens << u"debrief-due"_s;
    if (flags & FlagLowRating)
        tokens << u"low-rating"_s;
    return tokens;
}

QByteArray programToJson(const Program& program, const QList<ProgramFileBinome>& binomes,
                         const QHash<qint64, QString>& skillCodes, const QDate& asOf) {
    SkillCodes codes;
    codes.reserve(skillCodes.size());
    for (auto it = skillCodes.cbegin(); it != skillCodes.cend(); ++it)
        codes.insert(it.key(), it.value().toStdString());
    JsonWriter w;
    w.beginObject();
    w.key("format").value("binome-program");
    w.key("format_version").value(1);
    w.key("as_of").value(asOf);
    w.key("name").value(program.name);
    w.key("start").value(program.startDate);
    w.key("end").value(program.endDate);
    w.key("cadence_days").value(program.cadenceDays);
    w.key("description").value(program.description);
    w.key("binomes").beginArray();
    for (const ProgramFileBinome& entry : binomes)
        writeBinome(w, entry, codes);
    w.endArray();
    w.endObject();
    return QByteArray::fromStdString(w.take());
}

Status writeProgramFile(const QString& path, const Program& program,
                        const QList<ProgramFileBinome>& binomes,
                        const QHash<qint64, QString>& skillCodes, const QDate& asOf) {
    const QByteArray bytes = programToJson(program, binomes, skillCodes, asOf);
    // It holds personal data: readable by its owner only, from the first byte.
    return writePrivateFile(path, bytes);
}

} // namespace binome
