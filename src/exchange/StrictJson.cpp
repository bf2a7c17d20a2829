#include "StrictJson.h"
#include "JsonTracking.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <set>
#include <vector>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace binome::strictjson {

namespace {

QString toQString(const std::string& text) {
    return QString::fromStdString(text);
}

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

} // namespace

int lineOfOffset(const std::string& text, std::size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<int>(std::count(
                   text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::optional<JsonProblem> parseStrictJson(const std::string& text, json& document) {
    const char* lastRead = nullptr;
    StrictDocumentBuilder builder(document, text.data(), lastRead);
    json::sax_parse(TrackingIterator(text.data(), &lastRead),
                    TrackingIterator(text.data() + text.size(), &lastRead), &builder);
    return builder.problem();
}

} // namespace binome::strictjson
