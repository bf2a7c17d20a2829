#pragma once

#include <QString>
#include <QVariant>

#include <optional>

namespace binome::sql {

/// Text for a NOT NULL column: Qt binds a null QString as SQL NULL, so make it empty.
inline QVariant text(const QString& value) {
    using namespace Qt::StringLiterals;
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

/// An optional number: SQL NULL when absent.
inline QVariant optionalInt(const std::optional<int>& value) {
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

} // namespace binome::sql
