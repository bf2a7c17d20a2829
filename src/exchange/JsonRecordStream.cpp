#include "JsonRecordStream.h"
#include "JsonTracking.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <iterator>
#include <set>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace binome::strictjson {

namespace {

QString toQString(const std::string& text) {
    return QString::fromStdString(text);
}

/// Builds one record at a time and checks the whole document as StrictDocumentBuilder does:
/// the same problems, messages and paths ("participants[3].skills.genai").
class RecordStreamBuilder final : public nlohmann::json_sax<json> {
public:
    RecordStreamBuilder(std::string_view text, std::string_view key, const char* const& lastRead,
                        const JsonRecordCallback& callback, JsonRecordStreamResult& result)
        : m_text(text)
        , m_key(key)
        , m_lastRead(lastRead)
        , m_callback(callback)
        , m_result(result) {}

    bool null() override { return add(nullptr); }
    bool boolean(bool value) override { return add(value); }
    bool number_integer(number_integer_t value) override { return add(value); }
    bool number_unsigned(number_unsigned_t value) override { return add(value); }
    bool number_float(number_float_t value, const string_t& /*text*/) override {
        return add(value);
    }
    bool string(string_t& value) override { return add(std::move(value)); }
    bool binary(binary_t& value) override { return add(json::binary(value)); }
    bool start_object(std::size_t /*elements*/) override { return open(false); }
    bool start_array(std::size_t /*elements*/) override { return open(true); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& name) override {
        Frame& frame = m_frames.back();
        frame.key = name;
        frame.haveKey = true;
        if (!frame.keys.insert(name).second) {
            m_result.problem = JsonProblem{
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
        m_result.problem = std::move(problem);
        return false;
    }

private:
    struct Frame {
        bool array = false;
        std::size_t size = 0;       ///< of an array: the values added so far
        std::set<std::string> keys; ///< of an object, to refuse a key given twice
        std::string key;            ///< the latest key of an object
        bool haveKey = false;       ///< the key's value is still to come
        json* container = nullptr;  ///< inside a record: the value being built; else none
        bool records = false;       ///< this array is the list of records
    };

    std::size_t offsetOfLastRead() const {
        return m_lastRead ? static_cast<std::size_t>(m_lastRead - m_text.data()) : 0;
    }

    /// The line of `offset`, counted on from the previous call (offsets only grow).
    int lineAt(std::size_t offset) {
        offset = std::min(offset, m_text.size());
        if (offset > m_countedTo) {
            m_line += static_cast<int>(
                std::count(m_text.begin() + static_cast<std::ptrdiff_t>(m_countedTo),
                           m_text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
            m_countedTo = offset;
        }
        return m_line;
    }

    /// The value in progress: participants[3].skills.genai
    QString path() const {
        QString text;
        for (std::size_t i = 0; i < m_frames.size(); ++i) {
            const Frame& frame = m_frames[i];
            const bool innermost = i + 1 == m_frames.size();
            if (frame.array) {
                const std::size_t size = frame.size;
                text += u'[' + QString::number(innermost || size == 0 ? size : size - 1) + u']';
            } else if (!innermost || frame.haveKey) {
                if (!text.isEmpty())
                    text += u'.';
                text += toQString(frame.key);
            }
        }
        return text;
    }

    /// Counts a value in its frame, and puts it in its record when there is one being built;
    /// returns where it went (or null).
    json* place(Frame& frame, json value) {
        if (frame.array) {
            ++frame.size;
            if (!frame.container)
                return nullptr;
            frame.container->push_back(std::move(value));
            return &frame.container->back();
        }
        frame.haveKey = false;
        if (!frame.container)
            return nullptr;
        json& slot = (*frame.container)[frame.key];
        slot = std::move(value);
        return &slot;
    }

    bool handOver(json& record, std::size_t offset) {
        ++m_result.records;
        if (!m_callback(record, lineAt(offset), offset)) {
            m_result.stopped = true;
            return false;
        }
        return true;
    }

    bool add(json value) {
        if (m_frames.empty())
            return true; // a lone value: no records
        Frame& frame = m_frames.back();
        const bool inRecord = frame.container != nullptr;
        const bool keyed = isTheKey(frame);
        place(frame, inRecord ? std::move(value) : json());
        if (frame.records) {
            json record = std::move(value); // a record that is not an object: the reader says so
            return handOver(record, offsetOfLastRead());
        }
        if (keyed)
            m_result.keyNotAList = true;
        return true;
    }

    /// Whether the value coming is the one under the key, in the top-level object.
    bool isTheKey(const Frame& frame) const {
        return m_frames.size() == 1 && !frame.array && frame.haveKey && frame.key == m_key;
    }

    bool open(bool array) {
        Frame child;
        child.array = array;
        if (m_frames.empty()) {
            child.records = array; // a top-level list: the records themselves
            m_result.found = array;
            m_frames.push_back(std::move(child));
            return true;
        }
        Frame& parent = m_frames.back();
        const bool keyed = isTheKey(parent);
        if (parent.container) {
            child.container = place(parent, array ? json::array() : json::object());
        } else if (parent.records) {
            place(parent, json());
            m_record = array ? json::array() : json::object();
            m_recordOffset = offsetOfLastRead();
            child.container = &m_record;
        } else {
            place(parent, json());
            if (keyed) {
                child.records = array;
                m_result.found = m_result.found || array;
                m_result.keyNotAList = !array;
            }
        }
        m_frames.push_back(std::move(child));
        return true;
    }

    bool close() {
        const bool wasRecord = m_frames.back().container == &m_record;
        m_frames.pop_back();
        if (!wasRecord)
            return true;
        const bool goOn = handOver(m_record, m_recordOffset);
        m_record = nullptr;
        return goOn;
    }

    std::string_view m_text;
    std::string_view m_key;
    const char* const& m_lastRead;
    const JsonRecordCallback& m_callback;
    JsonRecordStreamResult& m_result;
    std::vector<Frame> m_frames;
    json m_record; ///< the record being built
    std::size_t m_recordOffset = 0;
    std::size_t m_countedTo = 0;
    int m_line = 1;
};

} // namespace

JsonRecordStreamResult streamJsonRecords(std::string_view text, std::string_view key,
                                         const JsonRecordCallback& callback) {
    JsonRecordStreamResult result;
    const char* lastRead = nullptr;
    RecordStreamBuilder builder(text, key, lastRead, callback, result);
    json::sax_parse(TrackingIterator(text.data(), &lastRead),
                    TrackingIterator(text.data() + text.size(), &lastRead), &builder);
    if (result.problem) {
        const std::size_t offset = std::min(result.problem->offset, text.size());
        result.problemLine =
            1 + static_cast<int>(std::count(
                    text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    }
    return result;
}

} // namespace binome::strictjson
