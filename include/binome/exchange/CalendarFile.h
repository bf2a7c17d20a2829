#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace binome {

/// One planned session as a calendar event.
struct CalendarEvent {
    Session session; ///< its date and minutes make the event's start and duration
    QString title;   ///< SUMMARY
    QString description;
    QString uid; ///< stable across exports, so that a calendar updates the event instead of
                 ///< adding it again ("session-<id>@binome")
};

/// The hour every event starts: sessions hold a date, not an hour. Written as a floating local
/// time (no time zone), so it shows at 10:00 wherever the calendar is.
inline constexpr int CalendarEventHour = 10;

/// The UID of a session's event.
QString sessionEventUid(qint64 sessionId);

/// An iCalendar (RFC 5545) file of these events, as Outlook, Thunderbird and other calendars
/// import it: UTF-8, CRLF line ends, lines folded at 75 octets, text escaped. `stamp` is the
/// DTSTAMP of every event (written in UTC); `calendarName` (may be empty) is the name the
/// calendar shows for the file.
QByteArray calendarBytes(const QList<CalendarEvent>& events, const QDateTime& stamp,
                         const QString& calendarName = {});

/// A TEXT value escaped: '\' ';' ',' and line breaks.
QByteArray escapeCalendarText(const QString& text);
/// One content line folded at 75 octets (CRLF then a space), never inside a UTF-8 character;
/// the result ends with CRLF.
QByteArray foldCalendarLine(const QByteArray& line);

/// Writes the file atomically: the old file stays until the new one is whole.
Status writeCalendarFile(const QString& path, const QList<CalendarEvent>& events,
                         const QDateTime& stamp, const QString& calendarName = {});

} // namespace binome
