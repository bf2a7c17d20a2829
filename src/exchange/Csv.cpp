#include "binome/exchange/Csv.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

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

/// Keeps where the first NUL is, when `field` (starting on `fieldLine`) holds it.
void noteNul(std::optional<CsvNul>& nul, const QString& field, int fieldLine, int fieldIndex) {
    if (nul)
        return;
    const qsizetype at = field.indexOf(QChar(u'\0'));
    if (at < 0)
        return;
    int line = fieldLine;
    for (qsizetype k = 0; k < at; ++k) {
        if (field[k] == u'\n' ||
            (field[k] == u'\r' && (k + 1 >= field.size() || field[k + 1] != u'\n')))
            ++line;
    }
    nul = CsvNul{line, fieldIndex, at};
}

/// Whether `text` holds the whole header line (and a "sep=" line whole), so that the separator
/// found in it is the one the whole document would give.
bool headerLineComplete(QStringView text) {
    if (text.size() < 7 &&
        QStringView(u"sep=").startsWith(text.first(std::min<qsizetype>(text.size(), 4)),
                                        Qt::CaseInsensitive))
        return false; // perhaps a "sep=X" line: its line break is not there yet
    qsizetype start = 0;
    if (sepDirective(text, start))
        return start + 1 < text.size() || text[start] != u'\r';
    while (start < text.size() && (isLineBreak(text[start]) || text[start].isSpace()))
        ++start;
    bool quoted = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        if (text[i] == u'"')
            quoted = !quoted;
        else if (!quoted && isLineBreak(text[i]))
            return true;
    }
    return false;
}

QString neverClosedMessage() {
    return QCoreApplication::translate("ParticipantFile",
                                       "the quote opened on this line is never closed: the rest "
                                       "of the file is unreadable");
}

QString textAfterQuoteMessage() {
    return QCoreApplication::translate("ParticipantFile",
                                       "text after a closing quote (a quote inside a quoted field "
                                       "must be doubled: \"\")");
}

} // namespace

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

CsvReader::CsvReader(QChar separator)
    : m_separator(separator) {}

void CsvReader::append(QStringView text) {
    // What was read goes, once it is half the buffer: each character is moved once on average.
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(text);
}

void CsvReader::finish() {
    m_finished = true;
}

bool CsvReader::needsText() const {
    return !m_finished && !m_stopped && m_buffer.size() - m_pos < m_wanted;
}

bool CsvReader::atEnd() const {
    return m_stopped || (m_finished && m_started && m_pos >= m_buffer.size());
}

QList<CsvSyntaxProblem> CsvReader::takeProblems() {
    return std::exchange(m_problems, {});
}

bool CsvReader::start() {
    const QStringView text = QStringView(m_buffer).sliced(m_pos);
    if (!m_finished && !headerLineComplete(text))
        return false;
    if (m_separator.isNull())
        m_separator = detectCsvSeparator(text);
    qsizetype skip = 0;
    if (sepDirective(text, skip) && skip < text.size())
        skipLineBreak(text, skip, m_line);
    m_pos += skip;
    m_started = true;
    return true;
}

bool CsvReader::next(CsvRecord& record) {
    while (!m_stopped && !needsText()) {
        // An incomplete record is tried again only once the text after it has doubled, so that
        // a quote left open over the whole file is not read again for each piece.
        const qsizetype available = m_buffer.size() - m_pos;
        if (!m_started && !start()) {
            m_wanted = 2 * available + 1;
            return false;
        }
        switch (parseRecord(record)) {
        case Step::Record:
            m_wanted = 0;
            return true;
        case Step::Blank:
            m_wanted = 0;
            continue;
        case Step::NeedText:
            m_wanted = 2 * available + 1;
            return false;
        case Step::End:
            return false;
        }
    }
    return false;
}

CsvReader::Step CsvReader::parseRecord(CsvRecord& record) {
    const QStringView text(m_buffer);
    const qsizetype n = text.size();
    const bool more = !m_finished; // more text may come: reaching the end is not the end
    qsizetype i = m_pos;
    if (i >= n)
        return more ? Step::NeedText : Step::End;
    const QChar sep = m_separator;
    int line = m_line;
    QList<CsvSyntaxProblem> problems; // this record's, kept once it is complete
    std::optional<CsvNul> nul = m_firstNul;
    record.line = line;
    record.fields.clear();
    for (;;) {
        const int fieldIndex = static_cast<int>(record.fields.size());
        const int fieldLine = line;
        QString field;
        // Spaces before an opening quote are tolerated.
        qsizetype j = i;
        while (j < n && text[j] == u' ' && sep != u' ')
            ++j;
        if (j >= n && more)
            return Step::NeedText;
        if (j < n && text[j] == u'"') {
            const int quoteLine = line;
            i = j + 1;
            qsizetype from = i;
            bool closed = false;
            while (i < n) {
                const QChar c = text[i];
                if (c == u'"') {
                    if (i + 1 >= n && more)
                        return Step::NeedText; // perhaps a doubled quote
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field.append(text.sliced(from, i + 1 - from));
                        i += 2;
                        from = i;
                        continue;
                    }
                    field.append(text.sliced(from, i - from));
                    ++i;
                    closed = true;
                    break;
                }
                if (c == u'\n') {
                    ++line;
                } else if (c == u'\r') {
                    if (i + 1 >= n && more)
                        return Step::NeedText; // perhaps CRLF
                    if (i + 1 >= n || text[i + 1] != u'\n')
                        ++line;
                }
                ++i;
            }
            if (!closed) {
                if (more)
                    return Step::NeedText;
                field.append(text.sliced(from));
                noteNul(nul, field, fieldLine, fieldIndex);
                problems.append({quoteLine, fieldIndex, neverClosedMessage()});
                record.fields.append(field);
                m_pos = n;
                m_line = line;
                m_stopped = true;
                m_problems << problems;
                m_firstNul = nul;
                return Step::Record;
            }
            // Only white space may follow the closing quote.
            bool reported = false;
            while (i < n && text[i] != sep && !isLineBreak(text[i])) {
                if (!text[i].isSpace() && !reported) {
                    problems.append({line, fieldIndex, textAfterQuoteMessage()});
                    reported = true;
                }
                if (reported)
                    field.append(text[i]);
                ++i;
            }
            if (i >= n && more)
                return Step::NeedText;
        } else {
            const qsizetype from = i;
            while (i < n && text[i] != sep && !isLineBreak(text[i]))
                ++i;
            if (i >= n && more)
                return Step::NeedText;
            if (i > from)
                field = text.sliced(from, i - from).toString();
        }
        noteNul(nul, field, fieldLine, fieldIndex);
        record.fields.append(field);
        if (i >= n)
            break;
        if (text[i] == sep) {
            ++i;
            continue;
        }
        if (text[i] == u'\r' && i + 1 >= n && more)
            return Step::NeedText; // perhaps CRLF
        skipLineBreak(text, i, line);
        break;
    }
    m_pos = i;
    m_line = line;
    m_problems << problems;
    m_firstNul = nul;
    for (const QString& f : std::as_const(record.fields)) {
        if (!QStringView(f).trimmed().isEmpty())
            return Step::Record;
    }
    return Step::Blank;
}

CsvDocument parseCsv(QStringView text, QChar separator) {
    CsvReader reader(separator);
    reader.append(text);
    reader.finish();
    CsvDocument doc;
    CsvRecord record;
    while (reader.next(record))
        doc.records.append(record);
    doc.separator = reader.separator();
    doc.problems = reader.takeProblems();
    doc.firstNul = reader.firstNul();
    return doc;
}

CsvFileReader::CsvFileReader(QByteArrayView bytes, const TextEncoding& encoding)
    : m_bytes(bytes)
    , m_at(std::min<qint64>(encoding.bomSize, bytes.size()))
    , m_decoder(encoding.encoding) {}

bool CsvFileReader::next(CsvRecord& record) {
    constexpr qsizetype Piece = 64 * 1024;
    while (!m_reader.next(record)) {
        if (m_reader.atEnd())
            return false;
        if (m_at >= m_bytes.size()) {
            if (m_finished)
                return false;
            m_reader.finish();
            m_finished = true;
            continue;
        }
        const qsizetype size = std::min<qsizetype>(Piece, m_bytes.size() - m_at);
        m_reader.append(m_decoder.decode(m_bytes.sliced(m_at, size)));
        m_at += size;
    }
    return true;
}

QString csvColumnName(const CsvDocument& document, int fieldIndex) {
    return csvColumnName(document.records.isEmpty() ? CsvRecord() : document.records.first(),
                         fieldIndex);
}

QString csvColumnName(const CsvRecord& header, int fieldIndex) {
    const QString name = header.fields.value(fieldIndex).trimmed();
    if (name.isEmpty() || name.contains(QChar(u'\0')))
        return QCoreApplication::translate("TextDecoding", "column %1").arg(fieldIndex + 1);
    return name;
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
