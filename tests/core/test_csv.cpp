#include "binome/exchange/Csv.h"

#include <gtest/gtest.h>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

QStringList fields(const CsvDocument& doc, qsizetype record) {
    return record < doc.records.size() ? doc.records[record].fields : QStringList();
}

} // namespace

TEST(Csv, SeparatorIsDetectedFromTheHeaderOutsideQuotes) {
    EXPECT_EQ(detectCsvSeparator(u"role;first_name;last_name\r\njunior,a,b"_s), u';');
    EXPECT_EQ(detectCsvSeparator(u"role,first_name,last_name\nx;y;z;w"_s), u',');
    EXPECT_EQ(detectCsvSeparator(u"role\tfirst_name\tlast_name\n"_s), u'\t');
    // The ';' inside quotes do not count: this header is separated by commas.
    EXPECT_EQ(detectCsvSeparator(u"\"a;b;c;d\",e,f"_s), u',');
    // Leading blank lines are skipped; Excel's "sep=" line names it.
    EXPECT_EQ(detectCsvSeparator(u"\r\n\r\nrole,email"_s), u',');
    EXPECT_EQ(detectCsvSeparator(u"sep=,\r\nrole;x,y"_s), u',');
    EXPECT_EQ(detectCsvSeparator(u"role"_s), u';');
}

TEST(Csv, QuotedFieldsHoldSeparatorsQuotesAndLineBreaks) {
    const CsvDocument doc =
        parseCsv(u"a;b;c\r\n\"x;y\";\"Analyste \"\"data\"\"\";\"two\r\nlines\"\r\nlast;;\r\n"_s);
    EXPECT_TRUE(doc.problems.isEmpty());
    EXPECT_EQ(doc.separator, u';');
    ASSERT_EQ(doc.records.size(), 3);
    EXPECT_EQ(fields(doc, 1), (QStringList{u"x;y"_s, u"Analyste \"data\""_s, u"two\r\nlines"_s}));
    EXPECT_EQ(fields(doc, 2), (QStringList{u"last"_s, QString(), QString()}));
}

TEST(Csv, EachRecordKnowsThePhysicalLineItStartsOn) {
    for (const QString& eol : {u"\n"_s, u"\r\n"_s, u"\r"_s}) {
        QString text = u"h1;h2"_s + eol;                                    // line 1
        text += u"a;\"multi"_s + eol + u"line"_s + eol + u"cell\""_s + eol; // lines 2-4
        text += eol;                                                        // line 5, blank
        text += u"b;c"_s + eol;                                             // line 6
        text += u";"_s + eol; // line 7, only separators
        text += u"d;e"_s;     // line 8, no final EOL
        const CsvDocument doc = parseCsv(text);
        ASSERT_EQ(doc.records.size(), 4);
        EXPECT_EQ(doc.records[0].line, 1);
        EXPECT_EQ(doc.records[1].line, 2);
        EXPECT_EQ(doc.records[1].fields[1], u"multi"_s + eol + u"line"_s + eol + u"cell"_s);
        EXPECT_EQ(doc.records[2].line, 6);
        EXPECT_EQ(doc.records[3].line, 8);
        EXPECT_EQ(fields(doc, 3), (QStringList{u"d"_s, u"e"_s}));
    }
}

TEST(Csv, AnUnterminatedQuoteIsReportedWhereItOpens) {
    const CsvDocument doc = parseCsv(u"a;b\nx;y\nz;\"never closed\nmore;text\n"_s);
    ASSERT_EQ(doc.problems.size(), 1);
    EXPECT_EQ(doc.problems[0].line, 3);
    EXPECT_EQ(doc.problems[0].fieldIndex, 1);
    EXPECT_TRUE(doc.problems[0].message.contains(u"never closed"_s));
}

TEST(Csv, TextAfterAClosingQuoteIsReported) {
    const CsvDocument doc = parseCsv(u"a;b\nx;\"Analyste \"data\"\"\n"_s);
    ASSERT_EQ(doc.problems.size(), 1);
    EXPECT_EQ(doc.problems[0].line, 2);
    EXPECT_EQ(doc.problems[0].fieldIndex, 1);
}

TEST(Csv, SepDirectiveLineIsNotARecord) {
    const CsvDocument doc = parseCsv(u"sep=,\r\nrole,email\r\njunior,a@b.fr\r\n"_s);
    EXPECT_EQ(doc.separator, u',');
    ASSERT_EQ(doc.records.size(), 2);
    EXPECT_EQ(doc.records[0].line, 2);
    EXPECT_EQ(fields(doc, 0), (QStringList{u"role"_s, u"email"_s}));
}

TEST(Csv, Utf8WithOrWithoutBomAndWindows1252AreDecoded) {
    const DecodedText bom = decodeText(QByteArray("\xEF\xBB\xBFpr\xC3\xA9nom"));
    EXPECT_EQ(bom.text, u"prénom"_s);
    EXPECT_EQ(bom.encoding, u"UTF-8"_s);
    const DecodedText plain = decodeText(QByteArray("pr\xC3\xA9nom"));
    EXPECT_EQ(plain.text, u"prénom"_s);
    // 0xE9 alone is not UTF-8: Windows-1252, as Excel saves "CSV (séparateur: point-virgule)".
    const DecodedText ansi = decodeText(QByteArray("pr\xE9nom;c\x9Cur;\x80;\x92"));
    EXPECT_EQ(ansi.encoding, u"windows-1252"_s);
    EXPECT_EQ(ansi.text, u"prénom;cœur;€;’"_s);
    EXPECT_FALSE(ansi.text.contains(u"Ã"_s));
    const DecodedText utf16 = decodeText(QByteArray("\xFF\xFEr\0\xE9\0", 6));
    EXPECT_EQ(utf16.text, u"ré"_s);
}

TEST(Csv, BinaryFilesAreRecognised) {
    EXPECT_TRUE(describeNonTextContent(QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)));
    EXPECT_TRUE(
        describeNonTextContent(QByteArray("PK\x03\x04\x14\0\x06\0", 8))->contains(u"xlsx"_s));
    EXPECT_TRUE(
        describeNonTextContent(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))->contains(u"xls"_s));
    EXPECT_TRUE(describeNonTextContent(QByteArray("%PDF-1.7")));
    EXPECT_TRUE(describeNonTextContent(QByteArray("role;nom\0\0x", 11)));
    EXPECT_FALSE(describeNonTextContent(QByteArray("role;nom\r\njunior;Inès")));
    EXPECT_FALSE(describeNonTextContent(QByteArray("\xFF\xFEr\0", 4)));
}

TEST(Csv, FieldsAreQuotedOnlyWhenNeeded) {
    EXPECT_EQ(csvField(u"Inès"_s, u';'), u"Inès"_s);
    EXPECT_EQ(csvField(u"fr,en"_s, u';'), u"fr,en"_s);
    EXPECT_EQ(csvField(u"a;b"_s, u';'), u"\"a;b\""_s);
    EXPECT_EQ(csvField(u"Analyste \"data\""_s, u';'), u"\"Analyste \"\"data\"\"\""_s);
    EXPECT_EQ(csvField(u"two\nlines"_s, u';'), u"\"two\nlines\""_s);
    EXPECT_EQ(csvField(u" padded"_s, u';'), u"\" padded\""_s);
    EXPECT_EQ(csvField(QString(), u';'), QString());
}
