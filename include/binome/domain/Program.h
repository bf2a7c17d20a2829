#pragma once

#include <QDate>
#include <QString>

namespace binome {

/// A cohort: a name, dates, and how often its binômes should meet.
struct Program {
    qint64 id = 0;
    QString name;
    QDate startDate;
    QDate endDate;
    QString description;
    int cadenceDays = 14;
    qint64 rowVersion = 0; ///< as read (schema 5); 0: not read, not checked on update
};

} // namespace binome
