#include "binome/exchange/TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
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

bool startsWith(QByteArrayView bytes, const char* prefix, qsizetype size) {
    return bytes.size() >= size && bytes.first(size) == QByteArrayView(prefix, size);
}

bool hasUtf16Bom(QByteArrayView bytes) {
    return startsWith(bytes, "\xFF\xFE", 2) || startsWith(bytes, "\xFE\xFF", 2);
}

bool isUndefinedIn1252(unsigned char b) {
    return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
}

/// The length of the valid UTF-8 sequence at `at` (1 for ASCII), 0 when it is not one: a stray
/// continuation byte, an overlong form, a surrogate, beyond U+10FFFF or cut short.
int utf8SequenceLength(QByteArrayView bytes, qsizetype at) {
    const auto byte = [&](qsizetype i) { return static_cast<unsigned char>(bytes[at + i]); };
    const auto continuation = [&](qsizetype i, unsigned char low = 0x80,
                                  unsigned char high = 0xBF) {
        return at + i < bytes.size() && byte(i) >= low && byte(i) <= high;
    };
    const unsigned char b = byte(0);
    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF)
        return continuation(1) ? 2 : 0;
    if (b == 0xE0)
        return continuation(1, 0xA0) && continuation(2) ? 3 : 0;
    if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF)
        return continuation(1) && continuation(2) ? 3 : 0;
    if (b == 0xED)
        return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0;
    if (b == 0xF0)
        return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0;
    if (b >= 0xF1 && b <= 0xF3)
        return continuation(1) && continuation(2) && continuation(3) ? 4 : 0;
    if (b == 0xF4)
        return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0;
    return 0;
}

/// What the bytes hold, as evidence for their encoding.
struct Utf8Evidence {
    qsizetype firstInvalid = -1;  ///< the first byte that is not part of valid UTF-8
    qsizetype multibyteCount = 0; ///< valid sequences of two bytes or more (a BOM included)
};

Utf8Evidence scanUtf8(QByteArrayView bytes) {
    Utf8Evidence evidence;
    qsizetype at = 0;
    while (at < bytes.size()) {
        const int length = utf8SequenceLength(bytes, at);
        if (length == 0) {
            if (evidence.firstInvalid < 0)
                evidence.firstInvalid = at;
            ++at;
            continue;
        }
        if (length > 1)
            ++evidence.multibyteCount;
        at += length;
    }
    return evidence;
}

qsizetype firstUndefinedIn1252(QByteArrayView bytes) {
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (isUndefinedIn1252(static_cast<unsigned char>(bytes[i])))
            return i;
    }
    return -1;
}

/// The 1-based line of byte `offset`: LF, CRLF and a lone CR each end a line.
int lineOfByte(QByteArrayView bytes, qsizetype offset) {
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n' ||
            (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

QString hexByte(unsigned char byte) {
    return u"0x"_s + QString::number(byte, 16).toUpper().rightJustified(2, u'0');
}

TextDecodingProblem problemAt(QByteArrayView bytes, qsizetype offset, const char* text) {
    TextDecodingProblem problem;
    problem.line = lineOfByte(bytes, offset);
    problem.offset = offset;
    problem.byte = static_cast<unsigned char>(bytes[offset]);
    problem.message =
        QCoreApplication::translate("TextDecoding", text).arg(hexByte(problem.byte)).arg(offset);
    return problem;
}

/// How the bytes will be read, without decoding them.
enum class Verdict { Utf16, Utf8, Windows1252, Mixed, Undefined1252 };

Verdict verdictOf(QByteArrayView bytes, Utf8Evidence& evidence, qsizetype& undefinedAt) {
    if (hasUtf16Bom(bytes))
        return Verdict::Utf16;
    evidence = scanUtf8(bytes);
    if (evidence.firstInvalid < 0)
        return Verdict::Utf8;
    if (evidence.multibyteCount > 0)
        return Verdict::Mixed;
    undefinedAt = firstUndefinedIn1252(bytes);
    return undefinedAt < 0 ? Verdict::Windows1252 : Verdict::Undefined1252;
}

/// UTF-16 after its BOM: a lone surrogate or an odd last byte is refused.
std::optional<TextDecodingProblem> utf16Problem(QByteArrayView bytes) {
    const bool little = bytes[0] == '\xFF';
    const QByteArrayView body = bytes.sliced(2);
    const auto unitAt = [&](qsizetype i) {
        const auto first = static_cast<unsigned char>(body[i]);
        const auto second = static_cast<unsigned char>(body[i + 1]);
        return static_cast<char16_t>(little ? first | (second << 8) : (first << 8) | second);
    };
    int line = 1;
    qsizetype bad = -1;
    for (qsizetype i = 0; i < body.size(); i += 2) {
        if (i + 1 >= body.size()) {
            bad = i;
            break;
        }
        const char16_t unit = unitAt(i);
        if (QChar::isHighSurrogate(unit)) {
            if (i + 3 < body.size() && QChar::isLowSurrogate(unitAt(i + 2))) {
                i += 2;
                continue;
            }
            bad = i;
            break;
        }
        if (QChar::isLowSurrogate(unit)) {
            bad = i;
            break;
        }
        if (unit == u'\n' || (unit == u'\r' && (i + 3 >= body.size() || unitAt(i + 2) != u'\n')))
            ++line;
    }
    if (bad < 0)
        return std::nullopt;
    TextDecodingProblem problem;
    problem.line = line;
    problem.offset = bad + 2;
    problem.byte = static_cast<unsigned char>(body[bad]);
    problem.message =
        QCoreApplication::translate(
            "TextDecoding",
            "the text at offset %1 is not valid UTF-16 (the file starts as UTF-16 text); save "
            "the file as UTF-8 and import again")
            .arg(problem.offset);
    return problem;
}

bool isLittleEndianUtf16(QByteArrayView bytes) {
    return bytes[0] == '\xFF';
}

DecodedText decodeUtf16(const QByteArray& bytes) {
    const bool little = isLittleEndianUtf16(bytes);
    DecodedText decoded;
    decoded.encoding = little ? u"UTF-16LE"_s : u"UTF-16BE"_s;
    QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
    decoded.text = decoder.decode(QByteArrayView(bytes).sliced(2));
    decoded.problem = utf16Problem(bytes);
    return decoded;
}

/// Many NUL bytes, or two in a row: not text. A stray NUL is left for the readers to place.
bool looksBinary(QByteArrayView bytes, qsizetype& nulCount) {
    nulCount = bytes.count('\0');
    if (nulCount == 0)
        return false;
    return bytes.contains(QByteArrayView("\0\0", 2)) ||
           (nulCount >= 2 && nulCount * 100 > bytes.size());
}

/// UTF-16 without a BOM: a zero byte in most characters (ASCII ones), nearly all on one side.
bool looksLikeUtf16WithoutBom(QByteArrayView bytes, qsizetype nulCount) {
    if (nulCount * 4 < bytes.size())
        return false;
    qsizetype even = 0;
    for (qsizetype i = 0; i < bytes.size(); i += 2)
        even += bytes[i] == '\0' ? 1 : 0;
    const qsizetype odd = nulCount - even;
    return even * 10 <= nulCount || odd * 10 <= nulCount;
}

} // namespace

bool DecodedText::isWindows1252() const {
    return !problem && encoding == u"windows-1252";
}

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

namespace {

bool hasUtf8Bom(QByteArrayView bytes) {
    return startsWith(bytes, "\xEF\xBB\xBF", 3);
}

/// Why bytes of this verdict are refused, if they are.
std::optional<TextDecodingProblem> verdictProblem(QByteArrayView bytes, Verdict verdict,
                                                  const Utf8Evidence& evidence,
                                                  qsizetype undefinedAt) {
    if (verdict == Verdict::Mixed)
        return problemAt(bytes, evidence.firstInvalid,
                         QT_TRANSLATE_NOOP("TextDecoding",
                                           "byte %1 at offset %2 is not valid UTF-8; save the "
                                           "file as UTF-8 and import again"));
    if (verdict == Verdict::Undefined1252)
        return problemAt(
            bytes, undefinedAt,
            QT_TRANSLATE_NOOP("TextDecoding",
                              "byte %1 at offset %2 is neither UTF-8 nor "
                              "Windows-1252; save the file as UTF-8 and import again"));
    return std::nullopt;
}

} // namespace

DecodedText decodeText(const QByteArray& bytes) {
    Utf8Evidence evidence;
    qsizetype undefinedAt = -1;
    const Verdict verdict = verdictOf(bytes, evidence, undefinedAt);
    if (verdict == Verdict::Utf16)
        return decodeUtf16(bytes);
    const QByteArrayView body =
        hasUtf8Bom(bytes) ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
    if (verdict == Verdict::Windows1252)
        return {decodeWindows1252(body), u"windows-1252"_s, std::nullopt};
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    return {utf8.decode(body), u"UTF-8"_s, verdictProblem(bytes, verdict, evidence, undefinedAt)};
}

TextEncoding detectTextEncoding(QByteArrayView bytes) {
    Utf8Evidence evidence;
    qsizetype undefinedAt = -1;
    const Verdict verdict = verdictOf(bytes, evidence, undefinedAt);
    if (verdict == Verdict::Utf16)
        return {isLittleEndianUtf16(bytes) ? u"UTF-16LE"_s : u"UTF-16BE"_s, 2, utf16Problem(bytes)};
    if (verdict == Verdict::Windows1252)
        return {u"windows-1252"_s, 0, std::nullopt};
    return {u"UTF-8"_s, hasUtf8Bom(bytes) ? 3 : 0,
            verdictProblem(bytes, verdict, evidence, undefinedAt)};
}

TextChunkDecoder::TextChunkDecoder(const QString& encoding)
    : m_windows1252(encoding == u"windows-1252")
    , m_decoder(encoding == u"UTF-16LE"   ? QStringConverter::Utf16LE
                : encoding == u"UTF-16BE" ? QStringConverter::Utf16BE
                                          : QStringConverter::Utf8) {}

QString TextChunkDecoder::decode(QByteArrayView piece) {
    return m_windows1252 ? decodeWindows1252(piece) : m_decoder.decode(piece);
}

QString encodingNote(const QString& encoding) {
    if (encoding != u"windows-1252")
        return {};
    return QCoreApplication::translate("TextDecoding",
                                       "read as Windows-1252 (the file is not UTF-8)");
}

QString textEncodingNote(QByteArrayView bytes) {
    Utf8Evidence evidence;
    qsizetype undefinedAt = -1;
    if (verdictOf(bytes, evidence, undefinedAt) != Verdict::Windows1252)
        return {};
    return encodingNote(u"windows-1252"_s);
}

QString fileEncodingNote(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return textEncodingNote(file.readAll());
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
    if (hasUtf16Bom(bytes))
        return std::nullopt; // UTF-16 text: its ASCII characters have a zero byte
    qsizetype nulCount = 0;
    if (!looksBinary(bytes, nulCount))
        return std::nullopt;
    if (looksLikeUtf16WithoutBom(bytes, nulCount))
        return QCoreApplication::translate("TextDecoding", "UTF-16 text without a byte order mark");
    return QCoreApplication::translate("ParticipantFile", "binary data");
}

QString nulByteMessage(qsizetype characterIndex) {
    return QCoreApplication::translate("TextDecoding",
                                       "contains a NUL byte (0x00) at character %1: the file is "
                                       "damaged or was not saved as text; remove it and import "
                                       "again")
        .arg(characterIndex + 1);
}

} // namespace binome
