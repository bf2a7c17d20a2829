#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace binome {

/// Where the bytes of a file stop being text in the encoding it was found to use.
struct TextDecodingProblem {
    int line = 0;      ///< 1-based line of the bad byte (LF, CRLF or CR end a line)
    qint64 offset = 0; ///< the bad byte's offset from the start of the file, counted from 0
    unsigned char byte = 0;
    QString message; ///< translated: "byte 0xE9 at offset 1234 is not valid UTF-8; save ..."
};

/// The text of a file and the encoding it was read in, decided per file with evidence:
/// - a UTF-16 byte order mark: UTF-16 (Excel's "Unicode text"), which must be valid;
/// - bytes that are valid UTF-8, with or without a BOM: UTF-8;
/// - bytes that are not UTF-8 and hold no valid UTF-8 multibyte sequence at all (nor the five
///   bytes Windows-1252 leaves undefined): Windows-1252, as French Excel saves "CSV";
/// - anything else (valid UTF-8 sequences mixed with invalid bytes) is refused: `problem` names
///   the first bad byte. Decoding it either way would garble some of the names.
/// The BOM is not part of `text`.
struct DecodedText {
    QString text;     ///< when `problem` is set, a best effort (bad bytes as U+FFFD), to sniff only
    QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE" or "windows-1252"
    std::optional<TextDecodingProblem> problem;

    bool isWindows1252() const;
};

DecodedText decodeText(const QByteArray& bytes);

/// How decodeText reads these bytes, decided the same way but without decoding them: for the
/// readers that decode a large file piece by piece instead of holding all its text at once.
struct TextEncoding {
    QString encoding;      ///< as DecodedText::encoding
    qsizetype bomSize = 0; ///< the byte order mark's bytes, which are not text
    std::optional<TextDecodingProblem> problem;
};
TextEncoding detectTextEncoding(QByteArrayView bytes);

/// Decodes the bytes after the BOM piece by piece, in an encoding detectTextEncoding chose; a
/// character cut between two pieces comes out with the second.
class TextChunkDecoder {
public:
    explicit TextChunkDecoder(const QString& encoding);
    QString decode(QByteArrayView piece);

private:
    bool m_windows1252 = false;
    QStringDecoder m_decoder;
};

/// "read as Windows-1252 (the file is not UTF-8)" (translated) for that encoding; empty for any
/// other.
QString encodingNote(const QString& encoding);

/// "read as Windows-1252 (the file is not UTF-8)" (translated) when the bytes would be read as
/// Windows-1252; empty otherwise. Cheaper than decodeText: nothing is decoded.
QString textEncodingNote(QByteArrayView bytes);
/// The same for a file on disk; empty when it cannot be read.
QString fileEncodingNote(const QString& path);

/// Windows-1252 ("ANSI" on a French Windows): Latin-1 except 0x80-0x9F. Qt 6.4 only knows it
/// when built with ICU, so it is decoded here, the same on every platform.
QString decodeWindows1252(QByteArrayView bytes);

/// When the bytes are clearly not text (an image, a PDF, an Excel workbook, binary data), says
/// what they look like, translated, e.g. "an Excel workbook (.xlsx) or another ZIP archive".
/// A stray NUL byte in a text file is not enough: the readers report its line and column.
std::optional<QString> describeNonTextContent(const QByteArray& bytes);

/// "contains a NUL byte (0x00) at character N: ..." (translated), for the field that holds one.
QString nulByteMessage(qsizetype characterIndex);

} // namespace binome
