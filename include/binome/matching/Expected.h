#pragma once

#include <string>
#include <utility>
#include <variant>

namespace binome::matching {

/// A value or a user-readable error message (standard C++ only, in the spirit of
/// std::expected which GCC 12 does not have yet).
template <class T> class [[nodiscard]] Expected {
public:
    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value)) {}
    static Expected failure(std::string message) {
        return Expected(std::in_place_index<1>, std::move(message));
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    const T& operator*() const& { return value(); }
    const std::string& error() const { return std::get<1>(m_state); }

private:
    template <std::size_t I, class U>
    Expected(std::in_place_index_t<I> index, U&& state)
        : m_state(index, std::forward<U>(state)) {}
    std::variant<T, std::string> m_state;
};

} // namespace binome::matching
