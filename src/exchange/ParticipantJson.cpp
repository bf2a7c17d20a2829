#include "binome/exchange/Csv.h"
#include "binome/exchange/ParticipantFile.h"

#include "ParticipantFields.h"

#include <QCoreApplication>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <set>
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

int lineOfOffset(const std::string& text, std::size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<int>(std::count(
                   text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
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

/// A pointer into the text that remembers the last character the parser read: the SAX
/// interface gives no position, and a duplicate key must be placed on its line.
class TrackingIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    TrackingIterator(const char* at, const char** lastRead)
        : m_at(at)
        , m_lastRead(lastRead) {}
    reference operator*() const {
        *m_lastRead = m_at;
        return *m_at;
    }
    TrackingIterator& operator++() {
        ++m_at;
        return *this;
    }
    TrackingIterator operator++(int) {
        TrackingIterator before = *this;
        ++m_at;
        return before;
    }
    bool operator==(const TrackingIterator& other) const { return m_at == other.m_at; }

private:
    const char* m_at;
    const char** m_lastRead;
};

/// The first problem of a document, where it is.
struct JsonProblem {
    std::size_t offset = 0; ///< byte offset in the text
    QString path;           ///< "participants[3].skills.genai", empty at the top
    QString message;        ///< translated
};

/// Builds the document as json::parse does, but never throws (json::parse throws out_of_range
/// for a number such as 1e400, past the parse_error the caller catches) and refuses an object
/// that gives the same key twice (json::parse keeps the last one silently).
class StrictDocumentBuilder final : public nlohmann::json_sax<json> {
public:
    StrictDocumentBuilder(json& root, const char* begin, const char* const& lastRead)
        : m_root(root)
        , m_begin(begin)
        , m_lastRead(lastRead) {}

    const std::optional<JsonProblem>& problem() const { return m_problem; }

    bool null() override { return add(nullptr) != nullptr; }
    bool boolean(bool value) override { return add(value) != nullptr; }
    bool number_integer(number_integer_t value) override { return add(value) != nullptr; }
    bool number_unsigned(number_unsigned_t value) override { return add(value) != nullptr; }
    bool number_float(number_float_t value, const string_t& /*text*/) override {
        return add(value) != nullptr;
    }
    bool string(string_t& value) override { return add(std::move(value)) != nullptr; }
    bool binary(binary_t& value) override { return add(json::binary(value)) != nullptr; }
    bool start_object(std::size_t /*elements*/) override { return open(json::object()); }
    bool start_array(std::size_t /*elements*/) override { return open(json::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& name) override {
        Frame& frame = m_frames.back();
        frame.key = name;
        frame.haveKey = true;
        if (!frame.keys.insert(name).second) {
            m_problem = JsonProblem{
                offsetOfLastRead(), path(),
                QCoreApplication::translate("ParticipantFile",
                                            "the key \"%1\" is given twice in the same object: "
                                            "keep one of them")
                    .arg(toQString(name))};
            return false;
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string& token,
                     const nlohmann::detail::exception& error) override {
        JsonProblem problem{position > 0 ? position - 1 : 0, path(), {}};
        if (error.id == 406) { // out_of_range: a number beyond what a double holds
            problem.message =
                QCoreApplication::translate("ParticipantFile", "the number %1 is too large")
                    .arg(toQString(token));
        } else {
            QString detail = QString::fromUtf8(error.what());
            if (const qsizetype colon = detail.indexOf(u": "_s); colon >= 0)
                detail = detail.mid(colon + 2);
            problem.message =
                QCoreApplication::translate("ParticipantFile", "not valid JSON: %1").arg(detail);
        }
        m_problem = std::move(problem);
        return false;
    }

private:
    struct Frame {
        json* container = nullptr;
        std::set<std::string> keys; ///< of an object, to refuse a key given twice
        std::string key;            ///< the latest key of an object
        bool haveKey = false;       ///< the key's value is still to come
    };

    std::size_t offsetOfLastRead() const {
        return m_lastRead ? static_cast<std::size_t>(m_lastRead - m_begin) : 0;
    }

    /// The value in progress: participants[3].skills.genai
    QString path() const {
        QString text;
        for (std::size_t i = 0; i < m_frames.size(); ++i) {
            const Frame& frame = m_frames[i];
            const bool innermost = i + 1 == m_frames.size();
            if (frame.container->is_array()) {
                const std::size_t size = frame.container->size();
                text += u'[' + QString::number(innermost || size == 0 ? size : size - 1) + u']';
            } else if (!innermost || frame.haveKey) {
                if (!text.isEmpty())
                    text += u'.';
                text += toQString(frame.key);
            }
        }
        return text;
    }

    json* add(json value) {
        if (m_frames.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Frame& frame = m_frames.back();
        if (frame.container->is_array()) {
            frame.container->push_back(std::move(value));
            return &frame.container->back();
        }
        frame.haveKey = false;
        json& slot = (*frame.container)[frame.key];
        slot = std::move(value);
        return &slot;
    }
    bool open(json value) {
        json* container = add(std::move(value));
        m_frames.push_back({container, {}, {}, false});
        return true;
    }
    bool close() {
        m_frames.pop_back();
        return true;
    }

    json& m_root;
    const char* m_begin;
    const char* const& m_lastRead;
    std::vector<Frame> m_frames;
    std::optional<JsonProblem> m_problem;
};

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
    const char* lastRead = nullptr;
    StrictDocumentBuilder builder(document, text.data(), lastRead);
    json::sax_parse(TrackingIterator(text.data(), &lastRead),
                    TrackingIterator(text.data() + text.size(), &lastRead), &builder);
    if (const std::optional<JsonProblem>& problem = builder.problem()) {
        collector.add(lineOfOffset(text, problem->offset), problem->path, problem->message);
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
