#include "SessionSheetValues.h"

#include "binome/domain/TextKey.h"
#include "binome/domain/Validation.h"
#include "binome/exchange/SessionSheet.h"

#include "ParticipantFields.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace binome {

namespace sessionsheet {

DateText readDate(const QString& text) {
    static const QRegularExpression withTime(
        u"^(\\S+?)(?:[ T]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?)?$"_s);
    static const QRegularExpression iso(u"^([0-9]{4})([/.\\-])([0-9]{1,2})\\2([0-9]{1,2})$"_s);
    static const QRegularExpression dayFirst(u"^([0-9]{1,2})([/.\\-])([0-9]{1,2})\\2([0-9]{4})$"_s);
    const QRegularExpressionMatch whole = withTime.match(text.trimmed());
    if (!whole.hasMatch())
        return {};
    const QString day = whole.captured(1);
    if (const QRegularExpressionMatch m = iso.match(day); m.hasMatch())
        return {true, QDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt())};
    if (const QRegularExpressionMatch m = dayFirst.match(day); m.hasMatch())
        return {true, QDate(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(1).toInt())};
    return {};
}

QString readDateCell(const QString& value, QDate& date) {
    if (value.isEmpty())
        return QCoreApplication::translate(
            "SessionSheet", "is required: the day of the session, 31/01/2026 or 2026-01-31");
    const DateText read = readDate(value);
    date = read.date;
    if (!read.recognised)
        return QCoreApplication::translate(
                   "SessionSheet", "\"%1\" is not a date: write it 31/01/2026 or 2026-01-31")
            .arg(value);
    if (!read.date.isValid())
        return QCoreApplication::translate("SessionSheet", "%1 is not a day of the calendar")
            .arg(value);
    return {};
}

QString readMinutesCell(const QString& value, int& minutes) {
    if (value.isEmpty())
        return QCoreApplication::translate(
            "SessionSheet", "is required: how long the session lasts, such as 45, 1h or 1h30");
    const std::optional<int> read = parseSessionMinutes(value);
    if (!read)
        return QCoreApplication::translate(
                   "SessionSheet", "\"%1\" is not a duration: write minutes (45, 90 min) or hours "
                                   "and minutes (1h, 1h30)")
            .arg(value);
    minutes = *read;
    if (*read < MinSessionMinutes || *read > MaxSessionMinutes)
        return QCoreApplication::translate("SessionSheet", "%1 is out of range (%2 to %3 minutes)")
            .arg(value)
            .arg(MinSessionMinutes)
            .arg(MaxSessionMinutes);
    return {};
}

QString readModeCell(const QString& value, SessionMode& mode) {
    if (const std::optional<SessionMode> read = parseSessionMode(value)) {
        mode = *read;
        return {};
    }
    if (value.isEmpty())
        return QCoreApplication::translate(
            "SessionSheet", "is required: in person, video or phone (présentiel, visio, "
                            "téléphone)");
    return QCoreApplication::translate("SessionSheet",
                                       "\"%1\" is not a session mode: in person, video or phone "
                                       "(présentiel, visio, téléphone)")
        .arg(value);
}

QString readStatusCell(const QString& value, bool& planned) {
    if (const std::optional<bool> read = parseSessionPlanned(value)) {
        planned = *read;
        return {};
    }
    if (value.isEmpty())
        return QCoreApplication::translate("SessionSheet",
                                           "is required: held or planned (réalisée, prévue)");
    return QCoreApplication::translate("SessionSheet",
                                       "\"%1\" is not a status: held or planned (réalisée, prévue)")
        .arg(value);
}

QString readRatingCell(const QString& value, std::optional<int>& rating) {
    rating.reset();
    if (value.isEmpty())
        return {};
    const participantfile::IntResult number = participantfile::parseInt(value);
    if (!number.value)
        return number.error;
    if (*number.value < MinRating || *number.value > MaxRating)
        return QCoreApplication::translate("SessionSheet", "%1 is out of range (%2 to %3)")
            .arg(*number.value)
            .arg(MinRating)
            .arg(MaxRating);
    rating = number.value;
    return {};
}

} // namespace sessionsheet

std::optional<int> parseSessionMinutes(const QString& text) {
    static const QString minuteUnit = u"(?:min|mins|mn|m|minute|minutes)"_s;
    static const QString hourUnit = u"(?:h|hr|hrs|heure|heures|hour|hours)"_s;
    static const QRegularExpression minutesOnly(u"^([0-9]{1,5})"_s + minuteUnit + u"?$"_s);
    static const QRegularExpression hours(u"^([0-9]{1,3})"_s + hourUnit + u"(?:([0-9]{1,2})"_s +
                                          minuteUnit + u"?)?$"_s);
    static const QRegularExpression clock(u"^([0-9]{1,2}):([0-9]{2})(?::00)?$"_s);
    static const QRegularExpression decimalHours(u"^([0-9]{1,3}[.,][0-9]{1,2})"_s + hourUnit +
                                                 u"$"_s);
    QString key = textKey(text);
    key.remove(u' ');
    if (const QRegularExpressionMatch m = minutesOnly.match(key); m.hasMatch())
        return m.captured(1).toInt();
    if (const QRegularExpressionMatch m = hours.match(key); m.hasMatch()) {
        const int minutes = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        if (minutes >= 60)
            return std::nullopt;
        return m.captured(1).toInt() * 60 + minutes;
    }
    if (const QRegularExpressionMatch m = clock.match(key); m.hasMatch()) {
        const int minutes = m.captured(2).toInt();
        if (minutes >= 60)
            return std::nullopt;
        return m.captured(1).toInt() * 60 + minutes;
    }
    if (const QRegularExpressionMatch m = decimalHours.match(key); m.hasMatch())
        return qRound(QString(m.captured(1)).replace(u',', u'.').toDouble() * 60.0);
    return std::nullopt;
}

QDate parseSessionSheetDate(const QString& text) {
    return sessionsheet::readDate(text).date;
}

std::optional<bool> parseSessionPlanned(const QString& text) {
    QString key = textKey(text);
    key.replace(u'-', u' ').replace(u'_', u' ');
    key = key.simplified();
    static const QSet<QString> held = {
        u"held"_s,     u"done"_s,      u"completed"_s, u"took place"_s, u"realisee"_s,
        u"realise"_s,  u"realisees"_s, u"faite"_s,     u"fait"_s,       u"effectuee"_s,
        u"effectue"_s, u"tenue"_s,     u"passee"_s};
    static const QSet<QString> planned = {
        u"planned"_s,   u"scheduled"_s, u"upcoming"_s,   u"to come"_s,   u"prevue"_s, u"prevu"_s,
        u"planifiee"_s, u"planifie"_s,  u"programmee"_s, u"programme"_s, u"a venir"_s};
    if (held.contains(key))
        return false;
    if (planned.contains(key))
        return true;
    return std::nullopt;
}

} // namespace binome
