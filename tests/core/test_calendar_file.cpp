// The iCalendar builder alone: what Outlook and Thunderbird need to open the file (RFC 5545).
#include "binome/exchange/CalendarFile.h"

#include <QFile>
#include <QList>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Stamp(QDate(2027, 1, 5), QTime(8, 30, 15), QTimeZone::utc());

CalendarEvent event(qint64 id, const QDate& date, int minutes, const QString& title,
                    const QString& description = {}) {
    CalendarEvent e;
    e.session.id = id;
    e.session.binomeId = 7;
    e.session.planned = true;
    e.session.date = date;
    e.session.minutes = minutes;
    e.title = title;
    e.description = description;
    e.uid = sessionEventUid(id);
    return e;
}

/// The physical lines, without their CRLF; fails the test if a line ends otherwise.
QList<QByteArray> physicalLines(const QByteArray& bytes) {
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf("\r\n", start);
        EXPECT_NE(end, -1) << "the file does not end with CRLF";
        if (end == -1)
            break;
        const QByteArray line = bytes.mid(start, end - start);
        EXPECT_FALSE(line.contains('\n')) << "bare LF in: " << line.toStdString();
        EXPECT_FALSE(line.contains('\r')) << "bare CR in: " << line.toStdString();
        lines << line;
        start = end + 2;
    }
    return lines;
}

/// The content lines, unfolded.
QList<QByteArray> contentLines(const QByteArray& bytes) {
    QByteArray unfolded = bytes;
    unfolded.replace("\r\n ", "");
    return physicalLines(unfolded);
}

bool isValidUtf8(const QByteArray& bytes) {
    return QString::fromUtf8(bytes).toUtf8() == bytes &&
           !QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter);
}

} // namespace

TEST(CalendarFile, WritesACalendarWithOneEventPerSession) {
    const QByteArray ics = calendarBytes(
        {event(12, QDate(2027, 1, 15), 45, u"Binôme: Léa Petit / Jean Bon"_s, u"Mode: Video"_s),
         event(13, QDate(2027, 1, 29), 90, u"Binôme: Léa Petit / Jean Bon"_s)},
        Stamp, u"Cohorte 2027"_s);
    const QList<QByteArray> lines = contentLines(ics);
    ASSERT_GE(lines.size(), 4);
    EXPECT_EQ(lines.first(), "BEGIN:VCALENDAR");
    EXPECT_EQ(lines.last(), "END:VCALENDAR");
    EXPECT_TRUE(lines.contains("VERSION:2.0"));
    EXPECT_TRUE(lines.contains("X-WR-CALNAME:Cohorte 2027"));
    EXPECT_EQ(std::count_if(lines.begin(), lines.end(),
                            [](const QByteArray& l) { return l.startsWith("PRODID:-//Binome//"); }),
              1);
    EXPECT_EQ(lines.count("BEGIN:VEVENT"), 2);
    EXPECT_EQ(lines.count("END:VEVENT"), 2);

    // The first event, in order.
    const qsizetype begin = lines.indexOf("BEGIN:VEVENT");
    const QList<QByteArray> first = lines.mid(begin, lines.indexOf("END:VEVENT") - begin + 1);
    const QList<QByteArray> expected{
        "BEGIN:VEVENT",
        "UID:session-12@binome",
        "DTSTAMP:20270105T083015Z",
        "DTSTART:20270115T100000",
        "DURATION:PT45M",
        QByteArray("SUMMARY:") + u"Binôme: Léa Petit / Jean Bon"_s.toUtf8(),
        "DESCRIPTION:Mode: Video",
        "END:VEVENT",
    };
    EXPECT_EQ(first, expected);
    EXPECT_TRUE(lines.contains("UID:session-13@binome"));
    EXPECT_TRUE(lines.contains("DTSTART:20270129T100000"));
    EXPECT_TRUE(lines.contains("DURATION:PT90M"));
}

TEST(CalendarFile, StampIsWrittenInUtc) {
    const QDateTime paris(QDate(2027, 7, 1), QTime(14, 0), QTimeZone(7200));
    const QList<QByteArray> lines =
        contentLines(calendarBytes({event(1, QDate(2027, 7, 2), 60, u"x"_s)}, paris));
    EXPECT_TRUE(lines.contains("DTSTAMP:20270701T120000Z"));
}

TEST(CalendarFile, EmptyCalendarIsStillAValidFile) {
    const QList<QByteArray> lines = contentLines(calendarBytes({}, Stamp));
    EXPECT_EQ(lines.first(), "BEGIN:VCALENDAR");
    EXPECT_EQ(lines.last(), "END:VCALENDAR");
    EXPECT_FALSE(lines.contains("BEGIN:VEVENT"));
}

TEST(CalendarFile, EscapesCommasSemicolonsBackslashesAndLineBreaks) {
    EXPECT_EQ(escapeCalendarText(u"a,b;c\\d"_s), "a\\,b\\;c\\\\d");
    EXPECT_EQ(escapeCalendarText(u"one\ntwo\r\nthree\rfour"_s), "one\\ntwo\\nthree\\nfour");
    EXPECT_EQ(escapeCalendarText(u"tab\there, bell\x07"_s), "tab\there\\, bell");
    EXPECT_EQ(escapeCalendarText(u"Café: «IA générative»"_s), u"Café: «IA générative»"_s.toUtf8());

    const QByteArray ics = calendarBytes(
        {event(5, QDate(2027, 3, 1), 60, u"Binôme: Anne, Marie / Jean; Paul"_s,
               u"Mode: Video\nSkills: Spreadsheets, Generative AI\nNotes: C:\\tmp"_s)},
        Stamp);
    const QList<QByteArray> lines = contentLines(ics);
    EXPECT_TRUE(lines.contains("SUMMARY:" + u"Binôme: Anne\\, Marie / Jean\\; Paul"_s.toUtf8()));
    EXPECT_TRUE(lines.contains("DESCRIPTION:Mode: Video\\nSkills: Spreadsheets\\, Generative "
                               "AI\\nNotes: C:\\\\tmp"));
}

TEST(CalendarFile, LongLinesAreFoldedAt75OctetsWithoutCuttingACharacter) {
    // 2-byte (é), 3-byte (€) and 4-byte (emoji) characters at every offset.
    QString text;
    for (int i = 0; i < 40; ++i)
        text += u"é€😀a"_s;
    const QByteArray folded = foldCalendarLine("DESCRIPTION:" + text.toUtf8());
    EXPECT_TRUE(folded.endsWith("\r\n"));
    const QList<QByteArray> lines = physicalLines(folded);
    ASSERT_GT(lines.size(), 3);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        EXPECT_LE(lines.at(i).size(), 75) << "line " << i;
        if (i > 0) {
            EXPECT_TRUE(lines.at(i).startsWith(' ')) << "line " << i;
        }
        // Each physical line is whole UTF-8 on its own: no character is split.
        EXPECT_TRUE(isValidUtf8(i == 0 ? lines.at(i) : lines.at(i).mid(1))) << "line " << i;
    }
    // Lines are filled: a fold leaves fewer than 4 octets (one character) unused.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        EXPECT_GE(lines.at(i).size(), 72) << "line " << i;
    // Unfolding gives the text back.
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    EXPECT_EQ(unfolded, "DESCRIPTION:" + text.toUtf8() + "\r\n");
}

TEST(CalendarFile, ALineOf75OctetsIsNotFolded) {
    const QByteArray exact(75, 'x');
    EXPECT_EQ(foldCalendarLine(exact), exact + "\r\n");
    const QByteArray longer(76, 'x');
    EXPECT_EQ(foldCalendarLine(longer), QByteArray(75, 'x') + "\r\n x\r\n");
    // 74 octets then a 2-byte character: the character goes whole to the next line.
    const QByteArray accent = QByteArray(74, 'x') + u"é"_s.toUtf8();
    EXPECT_EQ(foldCalendarLine(accent), QByteArray(74, 'x') + "\r\n " + u"é"_s.toUtf8() + "\r\n");
}

TEST(CalendarFile, EveryPhysicalLineOfAFileIsShortEnough) {
    const QString longName = u"Binôme: Marie-Françoise de La Rochefoucauld-Montbéliard / "
                             u"Jean-Éric Dupont-Aignan de Saint-Exupéry"_s;
    const QByteArray ics = calendarBytes(
        {event(1, QDate(2027, 2, 1), 60, longName, QString(300, u'ü'))}, Stamp, longName);
    for (const QByteArray& line : physicalLines(ics))
        EXPECT_LE(line.size(), 75) << line.toStdString();
    EXPECT_TRUE(isValidUtf8(ics));
    EXPECT_TRUE(contentLines(ics).contains("SUMMARY:" + longName.toUtf8()));
}

TEST(CalendarFile, WritesTheFileAtomicallyAndSaysWhenItCannot) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"sessions.ics"_s);
    const QList<CalendarEvent> events{event(3, QDate(2027, 4, 2), 30, u"Binôme: A / B"_s)};
    ASSERT_TRUE(writeCalendarFile(path, events, Stamp).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), calendarBytes(events, Stamp));

    const QString nowhere = dir.filePath(u"missing/dir/sessions.ics"_s);
    const Status status = writeCalendarFile(nowhere, events, Stamp);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().contains(u"sessions.ics"_s)) << status.error().toStdString();
}
