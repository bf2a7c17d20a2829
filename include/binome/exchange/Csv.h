#pragma once

#include "binome/exchange/TextDecoding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace binome {

/// One record of a CSV file and the 1-based physical line where it starts.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

/// A syntax problem: where, which field of the record (0-based), and what.
struct CsvSyntaxProblem {
    int line = 0;
    int fieldIndex = 0;
    QString message; ///< translated
};

/// Where the first NUL character of a document is.
struct CsvNul {
    int line = 0;            ///< the physical line that holds it
    int fieldIndex = 0;      ///< 0-based, in its record
    qsizetype character = 0; ///< 0-based, in its field
};

struct CsvDocument {
    QChar separator;
    QList<CsvRecord> records; ///< blank records (only empty fields) are left out
    QList<CsvSyntaxProblem> problems;
    std::optional<CsvNul> firstNul; ///< a NUL is never text: the readers refuse the file
};

/// The name of column `fieldIndex` as the header (the first record) writes it, trimmed, or
/// "column N" (translated) when it has none.
QString csvColumnName(const CsvDocument& document, int fieldIndex);
/// The same from the header record itself.
QString csvColumnName(const CsvRecord& header, int fieldIndex);

/// The separator used by a header line: the most frequent of ';', tab and ',' outside quotes
/// (';' when there is none). A first line "sep=X", as Excel writes it, names it outright.
QChar detectCsvSeparator(QStringView text);

/// RFC 4180 with the usual tolerances: CRLF, LF or CR line ends; quoted fields with separators,
/// doubled quotes and line breaks; a first line "sep=X" is skipped. `separator` null: detected.
/// Holds every record: for a file, prefer CsvFileReader, which holds one at a time.
CsvDocument parseCsv(QStringView text, QChar separator = QChar());

/// parseCsv one record at a time, on text given piece by piece: only the record being read is
/// held. A piece may end anywhere, even inside a record or between CR and LF.
class CsvReader {
public:
    /// `separator` null: detected from the header line once it is complete.
    explicit CsvReader(QChar separator = QChar());

    /// Adds the next piece of text.
    void append(QStringView text);
    /// No more text will come.
    void finish();
    /// Whether next() needs more text (or finish()) before it can say anything new.
    bool needsText() const;
    /// The next record that is not blank (only empty fields). False when more text is needed
    /// first, or at the end (atEnd()).
    bool next(CsvRecord& record);
    /// All text read: no record will come any more (after an unclosed quote, the rest is lost).
    bool atEnd() const;

    /// Known once the first record is read.
    QChar separator() const { return m_separator; }
    /// The syntax problems met so far, in the order met, taken out of the reader.
    QList<CsvSyntaxProblem> takeProblems();
    const std::optional<CsvNul>& firstNul() const { return m_firstNul; }

private:
    enum class Step { Record, Blank, NeedText, End };
    Step parseRecord(CsvRecord& record);
    bool start();

    QString m_buffer;
    qsizetype m_pos = 0;     ///< where the next record starts in m_buffer
    qsizetype m_wanted = 0;  ///< text needed after m_pos before trying again
    int m_line = 1;          ///< the physical line at m_pos
    bool m_finished = false; ///< no more text will come
    bool m_stopped = false;  ///< a quote was never closed: nothing more is read
    bool m_started = false;  ///< the separator is known and "sep=" skipped
    QChar m_separator;
    QList<CsvSyntaxProblem> m_problems;
    std::optional<CsvNul> m_firstNul;
};

/// Reads the records of a file's bytes one at a time: decoded piece by piece in the encoding
/// detectTextEncoding() chose (the bytes must have no problem), then parsed by a CsvReader.
class CsvFileReader {
public:
    CsvFileReader(QByteArrayView bytes, const TextEncoding& encoding);

    /// The next record that is not blank; false at the end.
    bool next(CsvRecord& record);
    /// How many of the bytes were read so far.
    qint64 bytesRead() const { return m_at; }
    CsvReader& csv() { return m_reader; }

private:
    QByteArrayView m_bytes;
    qint64 m_at = 0;
    bool m_finished = false;
    TextChunkDecoder m_decoder;
    CsvReader m_reader;
};

/// A field as written to a CSV file: quoted when it holds the separator, a quote, a line break
/// or white space at either end.
QString csvField(const QString& value, QChar separator);

} // namespace binome
