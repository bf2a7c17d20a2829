#include "binome/exchange/Csv.h"
#include "binome/exchange/ParticipantFile.h"

#include "ParticipantFields.h"

#include "JsonRecordStream.h"

#include <QCoreApplication>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <string_view>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace binome {

using namespace participantfile;

namespace {

QString toQString(const std::string& text) {
    return QString::fromStdString(text);
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
            // With the value as written: a preview shows it rather than a default value.
            const std::string written =
                value.is_string() ? value.get<std::string>()
                                  : value.dump(-1, ' ', false, json::error_handler_t::replace);
            m_collector.add(line, fieldName(*field), error, toQString(written));
            reported.insert(fieldName(*field));
        }
    }
    if (!seen.count(Field::Role)) {
        m_collector.add(line, fieldName(Field::Role), applyText(participant, Field::Role, {}));
        reported.insert(fieldName(Field::Role));
    }
    m_collector.finish(std::move(participant), line, roleKnown, reported);
}

/// Whether the text is only white space (an empty file).
bool isBlank(std::string_view text) {
    const auto notSpace = std::find_if(text.begin(), text.end(), [](char c) {
        return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f';
    });
    if (notSpace == text.end())
        return true;
    // Other white space (a no-break space...) only matters in a short file.
    return text.size() <= 4096 &&
           QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).trimmed().isEmpty();
}

} // namespace

ParticipantFileContents readParticipantJson(const QByteArray& bytes, const QString& fileName,
                                            const SkillCodeMap& knownSkills,
                                            const FileReadOptions& options) {
    ParticipantFileContents out;
    out.format = u"json"_s;
    Collector collector(fileName, out);
    const ImportLimits limits = options.limits.value_or(participantFileLimits());
    if (const std::optional<QString> tooLarge =
            fileSizeProblem(bytes.size(), limits, ImportRowKind::Participants)) {
        collector.add(0, {}, *tooLarge);
        return out;
    }
    if (const std::optional<QString> what = describeNonTextContent(bytes)) {
        collector.add(0, {}, notAParticipantFileMessage(*what));
        return out;
    }
    const TextEncoding encoding = detectTextEncoding(bytes);
    if (encoding.problem) {
        collector.add(encoding.problem->line, {}, encoding.problem->message);
        return out;
    }
    out.encoding = encoding.encoding;
    ProgressTicker ticker(options.progress, bytes.size(), 1000);
    if (!ticker.report(0))
        return out;
    // JSON is UTF-8: read where it is (after its BOM), or decoded and encoded again.
    std::string converted;
    if (encoding.encoding != u"UTF-8")
        converted = decodeText(bytes).text.toStdString();
    const std::string_view text =
        encoding.encoding == u"UTF-8"
            ? std::string_view(bytes.constData() + encoding.bomSize,
                               static_cast<std::size_t>(bytes.size() - encoding.bomSize))
            : std::string_view(converted);
    if (isBlank(text)) {
        collector.add(0, {}, emptyFileMessage());
        return out;
    }

    // One participant at a time: the document is never held whole.
    JsonReader reader(collector, knownSkills);
    bool tooMany = false;
    qint64 records = 0;
    const auto read = [&](json& record, int line, std::size_t offset) {
        if (tooMany)
            return ticker.step(static_cast<qint64>(offset));
        if (++records > limits.maxRows && limits.maxRows > 0) {
            // Past the cap: the rest is only counted, for the message.
            tooMany = true;
            out.participants.clear();
            out.problems.clear();
            return ticker.step(static_cast<qint64>(offset));
        }
        reader.readParticipant(record, line);
        return ticker.step(static_cast<qint64>(offset));
    };
    strictjson::JsonRecordStreamResult result;
    try {
        result = strictjson::streamJsonRecords(text, "participants", read);
    } catch (const json::exception& e) {
        // Not expected: a safety net, never an abort.
        out.participants.clear();
        out.problems.clear();
        collector.add(0, {},
                      QCoreApplication::translate("ParticipantFile", "cannot read the JSON: %1")
                          .arg(QString::fromUtf8(e.what())));
        return out;
    }
    if (result.stopped)
        return out; // cancelled: the caller knows
    // The file is refused as a whole: what was read of it goes.
    const auto refuse = [&](int line, const QString& field, const QString& message) {
        out.participants.clear();
        out.problems.clear();
        collector.add(line, field, message);
    };
    if (result.problem)
        refuse(result.problemLine, result.problem->path, result.problem->message);
    else if (!result.found)
        refuse(
            result.keyNotAList ? 1 : 0, u"participants"_s,
            QCoreApplication::translate(
                "ParticipantFile", "expected {\"participants\": [ ... ]}, a list of participants"));
    else if (result.records == 0)
        refuse(
            0, u"participants"_s,
            QCoreApplication::translate("ParticipantFile", "no participants: the list is empty"));
    else if (tooMany)
        refuse(0, {},
               tooManyRowsMessage(static_cast<qint64>(result.records), limits,
                                  ImportRowKind::Participants));
    else
        ticker.finish();
    return out;
}

} // namespace binome
