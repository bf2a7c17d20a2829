#include "binome/exchange/Csv.h"
#include "binome/exchange/ParticipantFile.h"

#include "ParticipantFields.h"

#include "StrictJson.h"

#include <QCoreApplication>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace binome {

using namespace participantfile;

namespace {

QString toQString(const std::string& text) {
    return QString::fromStdString(text);
}

/// The line where each element of the participants array starts: the array under the key
/// "participants" of the top-level object, or the top-level array itself. nlohmann keeps no
/// positions, so this light scan walks the text, skipping strings.
std::vector<int> participantLines(const std::string& text) {
    std::vector<int> lines;
    std::vector<char> stack;
    std::string lastString;
    std::string current;
    std::string pendingKey;
    bool inString = false;
    bool escaped = false;
    bool collecting = false;
    std::size_t arrayDepth = 0; // stack size inside the participants array; 0: not found yet
    bool expectValue = false;
    int line = 1;
    for (const char c : text) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                if (collecting)
                    lastString = current;
            } else if (collecting)
                current += c;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (arrayDepth != 0 && stack.size() == arrayDepth && expectValue && c != ']' && c != ',') {
            lines.push_back(line);
            expectValue = false;
        }
        switch (c) {
        case '"':
            inString = true;
            collecting = stack.size() == 1 && stack.back() == '{';
            current.clear();
            break;
        case ':':
            if (stack.size() == 1)
                pendingKey = lastString;
            break;
        case '[':
            stack.push_back(c);
            if (arrayDepth == 0 &&
                (stack.size() == 1 ||
                 (stack.size() == 2 && stack.front() == '{' && pendingKey == "participants"))) {
                arrayDepth = stack.size();
                expectValue = true;
            }
            break;
        case '{':
            stack.push_back(c);
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            if (stack.size() == 1)
                pendingKey.clear();
            break;
        case ',':
            if (arrayDepth != 0 && stack.size() == arrayDepth)
                expectValue = true;
            break;
        default:
            break;
        }
    }
    return lines;
}

QString typeName(const json& value) {
    switch (value.type()) {
    case json::value_t::null:
        return u"null"_s;
    case json::value_t::boolean:
        return QCoreApplication::translate("ParticipantFile", "true or false");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return QCoreApplication::translate("ParticipantFile", "a number");
    case json::value_t::string:
        return QCoreApplication::translate("ParticipantFile", "text");
    case json::value_t::array:
        return QCoreApplication::translate("ParticipantFile", "a list");
    case json::value_t::object:
        return QCoreApplication::translate("ParticipantFile", "an object");
    default:
        break;
    }
    return QCoreApplication::translate("ParticipantFile", "an unknown value");
}

QString mustBe(const QString& expected, const json& value) {
    return QCoreApplication::translate("ParticipantFile", "must be %1, not %2")
        .arg(expected, typeName(value));
}

/// A whole number from JSON; null means no value.
struct JsonInt {
    std::optional<int> value;
    QString error;
};

JsonInt jsonInt(const json& value) {
    if (value.is_null())
        return {};
    if (value.is_number_integer() || value.is_number_unsigned() || value.is_number_float()) {
        const double number = value.get<double>();
        if (std::floor(number) != number)
            return {std::nullopt,
                    QCoreApplication::translate("ParticipantFile", "%1 is not a whole number")
                        .arg(number)};
        if (std::abs(number) > 1e9)
            return {std::nullopt,
                    QCoreApplication::translate("ParticipantFile", "%1 is far out of range")
                        .arg(number)};
        return {static_cast<int>(number), {}};
    }
    return {std::nullopt,
            mustBe(QCoreApplication::translate("ParticipantFile", "a number"), value)};
}

/// A list of strings, or one string of items separated by '|' or ','.
std::optional<QStringList> jsonTokens(const json& value) {
    if (value.is_null())
        return QStringList();
    if (value.is_string())
        return splitTokens(toQString(value.get<std::string>()));
    if (!value.is_array())
        return std::nullopt;
    QStringList tokens;
    for (const json& item : value) {
        if (!item.is_string())
            return std::nullopt;
        tokens << toQString(item.get<std::string>()).trimmed();
    }
    return tokens;
}

class JsonReader {
public:
    JsonReader(Collector& collector, const SkillCodeMap& knownSkills)
        : m_collector(collector)
        , m_knownSkills(knownSkills) {}

    void readParticipant(const json& object, int line);

private:
    /// Returns the problem, or empty.
    QString readField(Participant& p, Field field, const json& value);
    void readSkills(Participant& p, const json& skills, int line, QSet<QString>& reported);

    Collector& m_collector;
    const SkillCodeMap& m_knownSkills;
};

QString JsonReader::readField(Participant& p, Field field, const json& value) {
    switch (field) {
    case Field::BirthYear: {
        const JsonInt year = jsonInt(value);
        p.birthYear = year.value;
        return year.error;
    }
    case Field::Capacity: {
        const JsonInt capacity = jsonInt(value);
        p.capacity = capacity.value.value_or(1);
        return capacity.error;
    }
    case Field::Archived:
        if (value.is_null())
            return {};
        if (!value.is_boolean())
            return mustBe(u"true/false"_s, value);
        p.archived = value.get<bool>();
        return {};
    case Field::Languages:
    case Field::Availability: {
        const std::optional<QStringList> tokens = jsonTokens(value);
        if (!tokens)
            return mustBe(QCoreApplication::translate("ParticipantFile", "a list of text"), value);
        return applyText(p, field, tokens->join(u'|'));
    }
    default:
        break;
    }
    if (value.is_null())
        return applyText(p, field, QString());
    if (!value.is_string())
        return mustBe(QCoreApplication::translate("ParticipantFile", "text"), value);
    return applyText(p, field, toQString(value.get<std::string>()));
}

void JsonReader::readSkills(Participant& p, const json& skills, int line, QSet<QString>& reported) {
    if (skills.is_null())
        return;
    if (!skills.is_object()) {
        m_collector.add(
            line, u"skills"_s,
            mustBe(QCoreApplication::translate("ParticipantFile",
                                               "an object of skill codes, such as {\"genai\": 3}"),
                   skills));
        return;
    }
    for (const auto& [key, value] : skills.items()) {
        const QString written = toQString(key).trimmed();
        const QString code = m_knownSkills.value(written.toLower());
        if (code.isEmpty()) {
            m_collector.add(line, skillFieldName(SkillPart::Level, written),
                            QCoreApplication::translate("ParticipantFile",
                                                        "\"%1\" is not a skill code of the catalog")
                                .arg(written));
            continue;
        }
        if (value.is_null())
            continue;
        SkillAssessment assessment;
        assessment.skillCode = code;
        auto setPart = [&](SkillPart part, const json& number) {
            const JsonInt parsed = jsonInt(number);
            switch (part) {
            case SkillPart::Level:
                assessment.level = parsed.value;
                break;
            case SkillPart::Target:
                assessment.target = parsed.value;
                break;
            case SkillPart::Priority:
                assessment.priority = parsed.value;
                break;
            }
            if (!parsed.error.isEmpty()) {
                m_collector.add(line, skillFieldName(part, code), parsed.error);
                reported.insert(skillFieldName(part, code));
            }
        };
        if (value.is_object()) {
            for (const auto& [partKey, number] : value.items()) {
                const std::optional<SkillPart> part = skillPartForKey(toQString(partKey));
                if (!part) {
                    m_collector.add(
                        line, skillFieldName(SkillPart::Level, code),
                        QCoreApplication::translate("ParticipantFile",
                                                    "unknown key \"%1\": use current, target "
                                                    "and priority")
                            .arg(toQString(partKey)));
                    continue;
                }
                setPart(*part, number);
            }
        } else if (value.is_number()) {
            setPart(SkillPart::Level, value);
        } else {
            m_collector.add(
                line, skillFieldName(SkillPart::Level, code),
                mustBe(QCoreApplication::translate("ParticipantFile",
                                                   "a level or an object {\"current\", \"target\", "
                                                   "\"priority\"}"),
                       value));
            continue;
        }
        p.skills.append(assessment);
    }
}

void JsonReader::readParticipant(const json& object, int line) {
    if (!object.is_object()) {
        m_collector.add(
            line, {},
            mustBe(QCoreApplication::translate("ParticipantFile", "an object {\"role\": ...}"),
                   object));
        return;
    }
    Participant participant;
    QSet<QString> reported;
    bool roleKnown = false;
    std::map<Field, bool> seen;
    for (const auto& [key, value] : object.items()) {
        const QString name = toQString(key);
        const QString k = name.trimmed().toLower();
        if (k == u"skills" || k == u"competences" || k == u"compétences") {
            readSkills(participant, value, line, reported);
            continue;
        }
        const std::optional<Field> field = fieldForName(name);
        if (!field) {
            m_collector.add(
                line, name,
                QCoreApplication::translate("ParticipantFile", "unknown field \"%1\"").arg(name));
            continue;
        }
        if (seen.count(*field)) {
            m_collector.add(
                line, fieldName(*field),
                QCoreApplication::translate("ParticipantFile", "is given twice (\"%1\" repeats it)")
                    .arg(name));
            reported.insert(fieldName(*field));
            continue;
        }
        seen[*field] = true;
        const QString error = readField(participant, *field, value);
        if (*field == Field::Role)
            roleKnown = error.isEmpty();
        if (!error.isEmpty()) {
            m_collector.add(line, fieldName(*field), error);
            reported.insert(fieldName(*field));
        }
    }
    if (!seen.count(Field::Role)) {
        m_collector.add(line, fieldName(Field::Role), applyText(participant, Field::Role, {}));
        reported.insert(fieldName(Field::Role));
    }
    m_collector.finish(std::move(participant), line, roleKnown, reported);
}

void readDocument(json& document, const std::string& text, Collector& collector,
                  const SkillCodeMap& knownSkills);

} // namespace

ParticipantFileContents readParticipantJson(const QByteArray& bytes, const QString& fileName,
                                            const SkillCodeMap& knownSkills) {
    ParticipantFileContents out;
    out.format = u"json"_s;
    Collector collector(fileName, out);
    if (const std::optional<QString> what = describeNonTextContent(bytes)) {
        collector.add(0, {}, notAParticipantFileMessage(*what));
        return out;
    }
    // JSON is UTF-8; a file saved in another encoding is decoded and re-encoded.
    const DecodedText decoded = decodeText(bytes);
    const std::string text = decoded.text.toStdString();
    if (decoded.text.trimmed().isEmpty()) {
        collector.add(0, {}, emptyFileMessage());
        return out;
    }
    json document;
    if (const std::optional<strictjson::JsonProblem> problem =
            strictjson::parseStrictJson(text, document)) {
        collector.add(strictjson::lineOfOffset(text, problem->offset), problem->path,
                      problem->message);
        return out;
    }
    try {
        readDocument(document, text, collector, knownSkills);
    } catch (const json::exception& e) {
        // Not expected once the document is built: a safety net, never an abort.
        collector.add(0, {},
                      QCoreApplication::translate("ParticipantFile", "cannot read the JSON: %1")
                          .arg(QString::fromUtf8(e.what())));
    }
    return out;
}

namespace {

void readDocument(json& document, const std::string& text, Collector& collector,
                  const SkillCodeMap& knownSkills) {
    const json* participants = nullptr;
    if (document.is_array()) {
        participants = &document;
    } else if (document.is_object() && document.contains("participants")) {
        participants = &document["participants"];
    }
    if (!participants || !participants->is_array()) {
        collector.add(
            participants ? 1 : 0, u"participants"_s,
            QCoreApplication::translate(
                "ParticipantFile", "expected {\"participants\": [ ... ]}, a list of participants"));
        return;
    }
    if (participants->empty()) {
        collector.add(
            0, u"participants"_s,
            QCoreApplication::translate("ParticipantFile", "no participants: the list is empty"));
        return;
    }
    const std::vector<int> lines = participantLines(text);
    JsonReader reader(collector, knownSkills);
    std::size_t index = 0;
    for (const json& object : *participants) {
        const int line = index < lines.size() ? lines[index] : 0;
        reader.readParticipant(object, line);
        ++index;
    }
}

} // namespace

} // namespace binome
