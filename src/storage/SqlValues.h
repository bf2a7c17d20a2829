#pragma once

#include <QDate>
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

/// A date as ISO text; SQL NULL when invalid.
inline QVariant date(const QDate& value) {
    return value.isValid() ? QVariant(value.toString(Qt::ISODate))
                           : QVariant(QMetaType::fromType<QString>());
}

/// A date read back from ISO text; invalid when NULL or empty.
inline QDate toDate(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

/// An optional number read back; none when NULL.
inline std::optional<int> toOptionalInt(const QVariant& value) {
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

} // namespace binome::sql
