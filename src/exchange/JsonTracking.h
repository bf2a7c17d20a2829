#pragma once
// A pointer into JSON text that remembers the last character the parser read: nlohmann's SAX
// interface gives no position, and a problem (a duplicate key, a number out of range) must be
// placed on its line. Shared by StrictJson.cpp and JsonRecordStream.cpp.
#include <cstddef>
#include <iterator>

namespace binome::strictjson {

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

} // namespace binome::strictjson
