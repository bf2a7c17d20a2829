#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace binome {

/// Text of a file whose encoding was guessed: UTF-8 (with or without BOM), UTF-16 with a BOM,
/// or Windows-1252 when the bytes are not valid UTF-8. The BOM is not part of `text`.
struct DecodedText {
    QString text;
    QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE" or "windows-1252"
};

DecodedText decodeText(const QByteArray& bytes);

/// Windows-1252 ("ANSI" on a French Windows): Latin-1 except 0x80-0x9F. Qt 6.4 only knows it
/// when built with ICU, so it is decoded here, the same on every platform.
QString decodeWindows1252(QByteArrayView bytes);

/// When the bytes are clearly not text (an image, a PDF, an Excel workbook, binary data), says
/// what they look like, translated, e.g. "an Excel workbook (.xlsx) or another ZIP archive".
std::optional<QString> describeNonTextContent(const QByteArray& bytes);

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

struct CsvDocument {
    QChar separator;
    QList<CsvRecord> records; ///< blank records (only empty fields) are left out
    QList<CsvSyntaxProblem> problems;
};

/// The separator used by a header line: the most frequent of ';', tab and ',' outside quotes
/// (';' when there is none). A first line "sep=X", as Excel writes it, names it outright.
QChar detectCsvSeparator(QStringView text);

/// RFC 4180 with the usual tolerances: CRLF, LF or CR line ends; quoted fields with separators,
/// doubled quotes and line breaks; a first line "sep=X" is skipped. `separator` null: detected.
CsvDocument parseCsv(QStringView text, QChar separator = QChar());

/// A field as written to a CSV file: quoted when it holds the separator, a quote, a line break
/// or white space at either end.
QString csvField(const QString& value, QChar separator);

} // namespace binome
