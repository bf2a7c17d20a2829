// Fuzz target: the CSV reader on any bytes, decoded as the importers decode files.
#include "FuzzEntryPoints.h"

#include "binome/exchange/Csv.h"
#include "binome/exchange/TextDecoding.h"

#include <QByteArray>

namespace binome::fuzz {

void csv(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const DecodedText decoded = decodeText(bytes);
    (void)textEncodingNote(bytes);
    (void)describeNonTextContent(bytes);
    const CsvDocument document = parseCsv(decoded.text);
    if (!document.records.isEmpty())
        for (int i = 0; i < document.records.constFirst().fields.size() + 1; ++i)
            (void)csvColumnName(document, i);
    // Every separator the readers may be told, whatever the header says.
    for (const QChar separator : {QChar(u';'), QChar(u','), QChar(u'\t')})
        (void)parseCsv(decoded.text, separator);
}

} // namespace binome::fuzz

BINOME_FUZZ_TARGET(csv)
