#include "binome/exchange/Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

// Windows-1252 0x80..0x9F; the five unassigned bytes keep their C1 code point (as WHATWG does).
constexpr std::array<char16_t, 32> Cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool startsWith(const QByteArray& bytes, const char* prefix, qsizetype size) {
    return bytes.size() >= size && bytes.left(size) == QByteArray(prefix, size);
}

bool isLineBreak(QChar c) {
    return c == u'\n' || c == u'\r';
}

/// Skips one line break at `i` (CRLF, LF or CR) and counts it.
void skipLineBreak(QStringView text, qsizetype& i, int& line) {
    if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
        ++i;
    ++i;
    ++line;
}

/// "sep=X" on the first line, as Excel writes it: the separator, and where the data starts.
std::optional<QChar> sepDirective(QStringView text, qsizetype& dataStart) {
    if (text.size() < 5 || !text.startsWith(u"sep=", Qt::CaseInsensitive))
        return std::nullopt;
    const qsizetype end = 5;
    if (end < text.size() && !isLineBreak(text[end]))
        return std::nullopt;
    dataStart = end;
    return text[4];
}

} // namespace

QString decodeWindows1252(QByteArrayView bytes) {
    QString out;
    out.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        if (b >= 0x80 && b <= 0x9F)
            out.append(QChar(Cp1252High[b - 0x80]));
        else
            out.append(QChar(static_cast<char16_t>(b)));
    }
    return out;
}

DecodedText decodeText(const QByteArray& bytes) {
    if (startsWith(bytes, "\xFF\xFE", 2) || startsWith(bytes, "\xFE\xFF", 2)) {
        const bool little = bytes[0] == '\xFF';
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return {decoder.decode(QByteArrayView(bytes).sliced(2)),
                little ? u"UTF-16LE"_s : u"UTF-16BE"_s};
    }
    const QByteArrayView body = startsWith(bytes, "\xEF\xBB\xBF", 3)
                                    ? QByteArrayView(bytes).sliced(3)
                                    : QByteArrayView(bytes);
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError())
        return {text, u"UTF-8"_s};
    return {decodeWindows1252(body), u"windows-1252"_s};
}

std::optional<QString> describeNonTextContent(const QByteArray& bytes) {
    if (startsWith(bytes, "\x89PNG", 4))
        return QCoreApplication::translate("ParticipantFile", "a PNG image");
    if (startsWith(bytes, "\xFF\xD8\xFF", 3))
        return QCoreApplication::translate("ParticipantFile", "a JPEG image");
    if (startsWith(bytes, "GIF8", 4))
        return QCoreApplication::translate("ParticipantFile", "a GIF image");
    if (startsWith(bytes, "%PDF", 4))
        return QCoreApplication::translate("ParticipantFile", "a PDF document");
    if (startsWith(bytes, "PK\x03\x04", 4) || startsWith(bytes, "PK\x05\x06", 4))
        return QCoreApplication::translate(
            "ParticipantFile", "a spreadsheet workbook (.xlsx or .ods) or another ZIP archive");
    if (startsWith(bytes, "\xD0\xCF\x11\xE0", 4))
        return QCoreApplication::translate(
            "ParticipantFile", "an old Excel workbook (.xls) or another Office document");
    if (startsWith(bytes, "\xFF\xFE", 2) || startsWith(bytes, "\xFE\xFF", 2))
        return std::nullopt; // UTF-16 text: its ASCII characters have a zero byte
    if (bytes.contains('\0'))
        return QCoreApplication::translate("ParticipantFile", "binary data");
    return std::nullopt;
}

QChar detectCsvSeparator(QStringView text) {
    qsizetype start = 0;
    if (const std::optional<QChar> sep = sepDirective(text, start))
        return *sep;
    // The header is the first line with something on it.
    while (start < text.size() && (isLineBreak(text[start]) || text[start].isSpace()))
        ++start;
    int semicolons = 0;
    int tabs = 0;
    int commas = 0;
    bool quoted = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && isLineBreak(c))
            break;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
        else if (!quoted && c == u',')
            ++commas;
    }
    if (semicolons == 0 && tabs == 0 && commas == 0)
        return u';';
    if (semicolons >= tabs && semicolons >= commas)
        return u';';
    return tabs >= commas ? QChar(u'\t') : QChar(u',');
}

CsvDocument parseCsv(QStringView text, QChar separator) {
    CsvDocument doc;
    qsizetype i = 0;
    int line = 1;
    if (sepDirective(text, i)) {
        if (i < text.size())
            skipLineBreak(text, i, line);
    }
    doc.separator = separator.isNull() ? detectCsvSeparator(text) : separator;
    const QChar sep = doc.separator;
    const qsizetype n = text.size();

    while (i < n) {
        CsvRecord record;
        record.line = line;
        bool endOfRecord = false;
        while (!endOfRecord) {
            QString field;
            // Spaces before an opening quote are tolerated.
            qsizetype j = i;
            while (j < n && text[j] == u' ' && sep != u' ')
                ++j;
            if (j < n && text[j] == u'"') {
                const int quoteLine = line;
                i = j + 1;
                bool closed = false;
                while (i < n) {
                    const QChar c = text[i];
                    if (c == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            field.append(u'"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\n' || (c == u'\r' && (i + 1 >= n || text[i + 1] != u'\n')))
                        ++line;
                    field.append(c);
                    ++i;
                }
                if (!closed) {
                    doc.problems.append(
                        {quoteLine, static_cast<int>(record.fields.size()),
                         QCoreApplication::translate(
                             "ParticipantFile", "the quote opened on this line is never "
                                                "closed: the rest of the file is unreadable")});
                    record.fields.append(field);
                    doc.records.append(record);
                    return doc;
                }
                // Only white space may follow the closing quote.
                bool reported = false;
                while (i < n && text[i] != sep && !isLineBreak(text[i])) {
                    if (!text[i].isSpace() && !reported) {
                        doc.problems.append(
                            {line, static_cast<int>(record.fields.size()),
                             QCoreApplication::translate(
                                 "ParticipantFile",
                                 "text after a closing quote (a quote inside a quoted field must "
                                 "be doubled: \"\")")});
                        reported = true;
                    }
                    if (reported)
                        field.append(text[i]);
                    ++i;
                }
            } else {
                while (i < n && text[i] != sep && !isLineBreak(text[i])) {
                    field.append(text[i]);
                    ++i;
                }
            }
            record.fields.append(field);
            if (i >= n) {
                endOfRecord = true;
            } else if (text[i] == sep) {
                ++i;
            } else {
                skipLineBreak(text, i, line);
                endOfRecord = true;
            }
        }
        bool blank = true;
        for (const QString& f : std::as_const(record.fields))
            blank = blank && f.trimmed().isEmpty();
        if (!blank)
            doc.records.append(record);
    }
    return doc;
}

QString csvField(const QString& value, QChar separator) {
    const bool needsQuotes =
        value.contains(separator) || value.contains(u'"') || value.contains(u'\n') ||
        value.contains(u'\r') ||
        (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace binome
