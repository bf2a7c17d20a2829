#include "binome/domain/Collation.h"

#include <QCollator>
#include <QLocale>

#include <optional>

namespace binome {

namespace {

/// One collator per thread (a QCollator is not safe to share between threads), made again
/// when the interface's language changes.
const QCollator& nameCollator() {
    struct Cached {
        QLocale locale;
        QCollator collator;
    };
    thread_local std::optional<Cached> cached;
    const QLocale current;
    if (!cached || cached->locale != current) {
        QCollator collator(current);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        collator.setIgnorePunctuation(false);
        cached.emplace(Cached{current, std::move(collator)});
    }
    return cached->collator;
}

} // namespace

int compareNames(const QString& left, const QString& right) {
    return nameCollator().compare(left, right);
}

int comparePeople(const QString& leftLast, const QString& leftFirst, const QString& rightLast,
                  const QString& rightFirst) {
    const QCollator& collator = nameCollator();
    const int byLast = collator.compare(leftLast, rightLast);
    return byLast != 0 ? byLast : collator.compare(leftFirst, rightFirst);
}

} // namespace binome
