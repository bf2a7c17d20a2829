#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace binome {

/// Compares two names as the interface's language sorts them (the current QLocale()): case
/// ignored, a letter with an accent next to the letter ("Émilie" between "Eliott" and "Eva"),
/// digits by their value ("Cohort 2" before "Cohort 10"). Negative, 0 or positive.
int compareNames(const QString& left, const QString& right);

/// Compares two people by last name, then first name, as compareNames.
int comparePeople(const QString& leftLast, const QString& leftFirst, const QString& rightLast,
                  const QString& rightFirst);

/// Sorts `items` by the name `key` gives for each (stable: equal names keep their order).
template <class T, class Key> void sortByName(QList<T>& items, Key key) {
    std::stable_sort(items.begin(), items.end(), [&key](const T& left, const T& right) {
        return compareNames(key(left), key(right)) < 0;
    });
}

/// Sorts names as compareNames (stable).
inline void sortByName(QStringList& names) {
    sortByName(names, [](const QString& name) -> const QString& { return name; });
}

} // namespace binome
