#include "binome/exchange/CalendarFile.h"
#include "binome/exchange/SpreadsheetCsv.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

constexpr qsizetype MaxLineOctets = 75;

bool isUtf8Continuation(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

QByteArray utcStamp(const QDateTime& stamp) {
    return stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

void addLine(QByteArray& out, const QByteArray& name, const QByteArray& value) {
    out += foldCalendarLine(name + ':' + value);
}

void addEvent(QByteArray& out, const CalendarEvent& event, const QByteArray& stamp) {
    const QDateTime start(event.session.date, QTime(CalendarEventHour, 0));
    addLine(out, "BEGIN", "VEVENT");
    addLine(out, "UID", escapeCalendarText(event.uid));
    addLine(out, "DTSTAMP", stamp);
    addLine(out, "DTSTART", start.toString(u"yyyyMMdd'T'HHmmss"_s).toLatin1());
    addLine(out, "DURATION", "PT" + QByteArray::number(event.session.minutes) + 'M');
    addLine(out, "SUMMARY", escapeCalendarText(event.title));
    if (!event.description.isEmpty())
        addLine(out, "DESCRIPTION", escapeCalendarText(event.description));
    addLine(out, "END", "VEVENT");
}

} // namespace

QString sessionEventUid(qint64 sessionId) {
    return u"session-%1@binome"_s.arg(sessionId);
}

QByteArray escapeCalendarText(const QString& text) {
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
            escaped += u"\\\\"_s;
            break;
        case u';':
            escaped += u"\\;"_s;
            break;
        case u',':
            escaped += u"\\,"_s;
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            escaped += u"\\n"_s;
            break;
        case u'\n':
        case 0x2028: // line and paragraph separators
        case 0x2029:
            escaped += u"\\n"_s;
            break;
        case u'\t':
            escaped += c;
            break;
        default:
            // Other control characters are not allowed in a TEXT value.
            if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
                escaped += c;
            break;
        }
    }
    return escaped.toUtf8();
}

QByteArray foldCalendarLine(const QByteArray& line) {
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype position = 0;
    qsizetype room = MaxLineOctets; // the first line has 75 octets, the next ones a space + 74
    while (line.size() - position > room) {
        qsizetype cut = position + room;
        while (cut > position && isUtf8Continuation(line.at(cut)))
            --cut; // never inside a character
        if (cut == position)
            cut = position + room; // not UTF-8: cut anyway rather than loop
        out += line.mid(position, cut - position);
        out += "\r\n ";
        position = cut;
        room = MaxLineOctets - 1;
    }
    out += line.mid(position);
    out += "\r\n";
    return out;
}

QByteArray calendarBytes(const QList<CalendarEvent>& events, const QDateTime& stamp,
                         const QString& calendarName) {
    QByteArray out;
    out.reserve(256 + events.size() * 320);
    addLine(out, "BEGIN", "VCALENDAR");
    addLine(out, "VERSION", "2.0");
    addLine(out, "PRODID", "-//Binome//Binome " BINOME_VERSION "//EN");
    addLine(out, "CALSCALE", "GREGORIAN");
    addLine(out, "METHOD", "PUBLISH");
    if (!calendarName.isEmpty())
        addLine(out, "X-WR-CALNAME", escapeCalendarText(calendarName));
    const QByteArray stampText = utcStamp(stamp);
    for (const CalendarEvent& event : events)
        addEvent(out, event, stampText);
    addLine(out, "END", "VCALENDAR");
    return out;
}

Status writeCalendarFile(const QString& path, const QList<CalendarEvent>& events,
                         const QDateTime& stamp, const QString& calendarName) {
    const QByteArray bytes = calendarBytes(events, stamp, calendarName);
    // It holds personal data: readable by its owner only, from the first byte.
    return writePrivateFile(path, bytes);
}

} // namespace binome
