// Issue #9, defect 7: the encoding of a file is decided per file, with evidence. One invalid
// byte in a UTF-8 file used to turn the whole file into Windows-1252, garbling every accent
// (and the import overwrote the good names). Defect 9: a NUL byte is reported with its line and
// column instead of "binary data".
#include "TempDatabase.h"
#include "TestConfig.h"

#include "binome/exchange/ParticipantFile.h"
#include "binome/exchange/ScoreMatrixFile.h"
#include "binome/exchange/SessionSheet.h"
#include "binome/exchange/TextDecoding.h"
#include "binome/services/ImportService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionImportService.h"
#include "binome/services/SkillCatalogService.h"
#include "binome/storage/Database.h"
#include "binome/storage/ParticipantRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

const QString Windows1252Note = u"read as Windows-1252 (the file is not UTF-8)"_s;

QString sample(const char* name) {
    return QDir(QStringLiteral(BINOME_SHARED_SAMPLES_DIR)).filePath(QString::fromLatin1(name));
}

QByteArray readBytes(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

/// Text as Windows-1252 bytes (what French Excel writes for "CSV (séparateur: point-virgule)").
QByteArray toWindows1252(const QString& text) {
    static const QHash<char16_t, char> high = {{u'€', '\x80'}, {u'‚', '\x82'}, {u'…', '\x85'},
                                               {u'Œ', '\x8C'}, {u'‘', '\x91'}, {u'’', '\x92'},
                                               {u'“', '\x93'}, {u'”', '\x94'}, {u'–', '\x96'},
                                               {u'—', '\x97'}, {u'œ', '\x9C'}, {u'Ÿ', '\x9F'}};
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF))
            bytes.append(static_cast<char>(u));
        else
            bytes.append(high.value(u, '?'));
    }
    return bytes;
}

QByteArray toUtf16(const QString& text, QStringConverter::Encoding encoding) {
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

/// 300 people with accented names; `jobTitle` lets a second file change every one of them.
QString peopleCsv(const QString& jobTitle) {
    static const QStringList firsts = {u"Inès"_s,  u"Théo"_s,     u"Gérard"_s, u"Zoé"_s,
                                       u"Noël"_s,  u"Léa"_s,      u"Hélène"_s, u"Jérôme"_s,
                                       u"Anaïs"_s, u"François"_s, u"Cécile"_s, u"Loïc"_s};
    static const QStringList lasts = {u"Lefèvre"_s, u"Bélanger"_s,     u"Dupré"_s,  u"Château"_s,
                                      u"Prévost"_s, u"Gaël-Rivière"_s, u"Œuvray"_s, u"Sérandour"_s};
    QString text = u"rôle;prénom;nom;courriel;service;poste\r\n"_s;
    for (int i = 0; i < 300; ++i) {
        const QString first = i == 40 ? u"Clémence"_s : firsts[i % firsts.size()];
        text += (i % 2 ? u"senior"_s : u"junior"_s) + u';' + first + u';' +
                lasts[(i * 5) % lasts.size()] + u';' + u"person%1@example.org"_s.arg(i) +
                u";Systèmes d'information;"_s + jobTitle + u"\r\n"_s;
    }
    return text;
}

/// Everything stored about every participant, as one hash.
QByteArray participantsHash(const Database& database) {
    const auto all = ParticipantRepository(database).all();
    EXPECT_TRUE(all.ok());
    if (!all.ok())
        return {};
    return QCryptographicHash::hash(participantsToCsv(*all, {}), QCryptographicHash::Sha256);
}

QString dump(const QList<ImportProblem>& problems) {
    QStringList lines;
    for (const ImportProblem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

class EncodingTest : public binome::test::TempDatabase {
protected:
    ImportReport importParticipants(const QString& name, const QByteArray& bytes) {
        return ImportService(db()).run(writeFile(name, bytes));
    }

    /// The six people of the samples and their three binômes, started on 5 January 2026.
    void pairTheSamplePeople() {
        ASSERT_TRUE(ImportService(db()).run(sample("participants-sample.csv")).written);
        Program program;
        program.name = u"Cohorte 2026"_s;
        program.startDate = QDate(2026, 1, 5);
        program.endDate = QDate(2026, 7, 3);
        const auto programId = ProgramService(db()).save(program);
        ASSERT_TRUE(programId.ok());
        ASSERT_TRUE(ProgramService(db()).enrolAll(*programId).ok());
        const ParticipantRepository people(db());
        auto id = [&](const char* name) {
            const auto found = people.findByEmail(QString::fromLatin1(name) + u"@example.org"_s);
            return found.ok() && found->has_value() ? (*found)->id : qint64(0);
        };
        const QList<PersonPair> pairs = {{id("ines.boucher"), id("martine.rey")},
                                         {id("theo.marchand"), id("bernard.lemoine")},
                                         {id("yasmine.haddad"), id("gerard.colin")}};
        const PairingService pairing(db());
        const auto proposal = pairing.propose(*programId, PairingSettings{}, pairs);
        ASSERT_TRUE(proposal.ok() && proposal->binomes.size() == 3);
        ASSERT_TRUE(pairing.confirm(*proposal, u"test"_s, QDate(2026, 1, 5)).ok());
    }

    int sessionCount() {
        QSqlQuery query(db().connection());
        query.exec(u"SELECT count(*) FROM mentoring_session"_s);
        query.next();
        return query.value(0).toInt();
    }
};

} // namespace

TEST_F(EncodingTest, OneInvalidByteInAUtf8FileIsRefusedWithLineAndOffsetAndNothingChanges) {
    ASSERT_TRUE(importParticipants(u"first.csv"_s, peopleCsv(u"Analyste"_s).toUtf8()).written);
    const QByteArray before = participantsHash(db());

    // The same 300 people with a new job title, saved as UTF-8, but line 42 was typed in an
    // editor that wrote "é" as the single Windows-1252 byte 0xE9.
    QByteArray bytes = peopleCsv(u"Chargée d'études"_s).toUtf8();
    const qsizetype line42 = [&] {
        qsizetype at = 0;
        for (int line = 1; line < 42; ++line)
            at = bytes.indexOf('\n', at) + 1;
        return at;
    }();
    const qsizetype e = bytes.indexOf("\xC3\xA9", line42); // the é of "Clémence"
    ASSERT_EQ(bytes.mid(line42, bytes.indexOf('\n', line42) - line42).count(';'), 5);
    bytes.replace(e, 2, "\xE9");
    const QString path = writeFile(u"people.csv"_s, bytes);

    const ImportReport report = ImportService(db()).run(path);
    EXPECT_FALSE(report.written);
    ASSERT_EQ(report.problems.size(), 1) << dump(report.problems).toStdString();
    EXPECT_EQ(report.problems[0].toString(),
              path + u":42: byte 0xE9 at offset %1 is not valid UTF-8; save the file as UTF-8 "
                     "and import again"_s.arg(e));
    EXPECT_TRUE(report.rows.isEmpty());
    EXPECT_EQ(participantsHash(db()), before); // byte for byte
    EXPECT_TRUE(fileEncodingNote(path).isEmpty());

    // The preview says the same and writes nothing either.
    const ImportReport preview = ImportService(db()).preview(path);
    ASSERT_EQ(preview.problems.size(), 1);
    EXPECT_EQ(preview.problems[0].line, 42);
    EXPECT_EQ(participantsHash(db()), before);
}

TEST_F(EncodingTest, TheSameNamesSavedAsWindows1252ImportWithTheirAccents) {
    ASSERT_TRUE(importParticipants(u"first.csv"_s, peopleCsv(u"Analyste"_s).toUtf8()).written);
    const QString text = peopleCsv(u"Cœur de métier – qualité €"_s);
    const QByteArray bytes = toWindows1252(text);
    ASSERT_FALSE(bytes.contains('?'));
    const QString path = writeFile(u"ansi.csv"_s, bytes);
    EXPECT_EQ(fileEncodingNote(path), Windows1252Note);
    EXPECT_EQ(decodeText(bytes).encoding, u"windows-1252"_s);
    EXPECT_TRUE(decodeText(bytes).isWindows1252());

    const ImportReport report = ImportService(db()).run(path);
    ASSERT_TRUE(report.written) << dump(report.problems).toStdString();
    EXPECT_EQ(report.count(ImportAction::Update), 300);
    const auto all = ParticipantRepository(db()).all();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 300);
    // Exactly what the UTF-8 file would have given.
    const ParticipantFileContents expected =
        readParticipantCsv(text.toUtf8(), u"utf8.csv"_s, SkillCodeMap{});
    ASSERT_TRUE(expected.problems.isEmpty());
    for (const ParsedParticipant& parsed : expected.participants) {
        const auto stored = ParticipantRepository(db()).findByEmail(parsed.participant.email);
        ASSERT_TRUE(stored.ok() && stored->has_value());
        EXPECT_EQ((*stored)->firstName, parsed.participant.firstName);
        EXPECT_EQ((*stored)->lastName, parsed.participant.lastName);
        EXPECT_EQ((*stored)->jobTitle, u"Cœur de métier – qualité €"_s);
    }
    const auto clemence = ParticipantRepository(db()).findByEmail(u"person40@example.org"_s);
    ASSERT_TRUE(clemence.ok() && clemence->has_value());
    EXPECT_EQ((*clemence)->firstName, u"Clémence"_s);
}

TEST_F(EncodingTest, Utf8WithABomImportsAndIsNotAWindows1252File) {
    const QString path =
        writeFile(u"bom.csv"_s, "\xEF\xBB\xBF" + peopleCsv(u"Analyste"_s).toUtf8());
    EXPECT_TRUE(fileEncodingNote(path).isEmpty());
    const ImportReport report = ImportService(db()).run(path);
    ASSERT_TRUE(report.written) << dump(report.problems).toStdString();
    EXPECT_EQ(report.rows.size(), 300);
    EXPECT_EQ(report.rows[1].participant.firstName, u"Théo"_s); // "rôle" read past the BOM

    // The BOM says UTF-8: a byte that is not is refused, even with no other multibyte sequence.
    const QByteArray bad = "\xEF\xBB\xBFr\xF4le;pr\xE9nom;nom;courriel\r\n";
    const DecodedText decoded = decodeText(bad);
    ASSERT_TRUE(decoded.problem);
    EXPECT_EQ(decoded.problem->line, 1);
    EXPECT_EQ(decoded.problem->offset, 4);
    EXPECT_EQ(decoded.problem->byte, 0xF4);
}

TEST_F(EncodingTest, ExcelUnicodeTextIsUtf16AndImports) {
    // Excel's "Unicode text": UTF-16 little-endian with a BOM, tab-separated.
    QString text = peopleCsv(u"Analyste"_s);
    text.replace(u';', u'\t');
    for (const auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        const QString path = writeFile(u"unicode.txt"_s, toUtf16(text, encoding));
        EXPECT_TRUE(fileEncodingNote(path).isEmpty());
        const ImportReport report = ImportService(db()).preview(path);
        ASSERT_TRUE(report.ok()) << dump(report.problems).toStdString();
        ASSERT_EQ(report.rows.size(), 300);
        EXPECT_EQ(report.rows[6].participant.firstName, u"Hélène"_s);
        EXPECT_EQ(report.rows[6].participant.department, u"Systèmes d'information"_s);
    }

    // A lone surrogate (or a last byte cut in half) is not UTF-16: refused, with its place.
    QByteArray broken = toUtf16(u"rôle\tprénom\tnom\tcourriel\r\n"
                                "junior\tInès\tBoucher\tines@example.org\r\n"
                                "junior\tX\tY\tz@example.org\r\n"_s,
                                QStringConverter::Utf16LE);
    const qsizetype x = broken.indexOf(QByteArray("X\0", 2));
    broken.replace(x, 2, QByteArray("\x00\xD8", 2)); // a high surrogate alone
    const ImportReport report = ImportService(db()).preview(writeFile(u"broken.txt"_s, broken));
    ASSERT_EQ(report.problems.size(), 1) << dump(report.problems).toStdString();
    EXPECT_EQ(report.problems[0].line, 3);
    EXPECT_TRUE(report.problems[0].message.contains(u"offset %1 is not valid UTF-16"_s.arg(x)))
        << report.problems[0].message.toStdString();
    const DecodedText odd = decodeText(QByteArray("\xFF\xFEr\0o\0x", 7));
    ASSERT_TRUE(odd.problem);
    EXPECT_EQ(odd.problem->offset, 6);
}

TEST(Encoding, EvidenceDecidesTheEncoding) {
    // Valid UTF-8: as such, accents right.
    EXPECT_EQ(decodeText("Pr\xC3\xA9nom").text, u"Prénom"_s);
    EXPECT_FALSE(decodeText("Pr\xC3\xA9nom").problem);
    // No valid multibyte sequence at all: Windows-1252.
    const DecodedText ansi = decodeText("Pr\xE9nom;C\x9Cur\r\n\x80");
    EXPECT_FALSE(ansi.problem);
    EXPECT_EQ(ansi.text, u"Prénom;Cœur\r\n€"_s);
    EXPECT_EQ(textEncodingNote("Pr\xE9nom"), Windows1252Note);
    EXPECT_TRUE(textEncodingNote("Pr\xC3\xA9nom").isEmpty());
    EXPECT_TRUE(textEncodingNote("plain ASCII").isEmpty());
    // The five bytes Windows-1252 leaves undefined: neither encoding.
    const DecodedText undefined = decodeText("Pr\xE9nom\n\x81");
    ASSERT_TRUE(undefined.problem);
    EXPECT_EQ(undefined.problem->line, 2);
    EXPECT_EQ(undefined.problem->message,
              u"byte 0x81 at offset 7 is neither UTF-8 nor Windows-1252; save the file as UTF-8 "
              "and import again"_s);
    EXPECT_TRUE(textEncodingNote("Pr\xE9nom\n\x81").isEmpty());
    // Forms that look like UTF-8 but are not count as bad bytes: overlong, surrogate, beyond
    // U+10FFFF, cut short at the end. Lines end with LF, CRLF or a lone CR.
    struct Case {
        QByteArray bytes;
        int line;
        qint64 offset;
    };
    const QList<Case> cases = {
        {QByteArray("\xC3\xA9\n\xC0\xAF"), 2, 3},
        {QByteArray("\xC3\xA9\r\n\xED\xA0\x80"), 2, 4},
        {QByteArray("\xC3\xA9\r\r\xF4\x90\x80\x80"), 3, 4},
        {QByteArray("\xC3\xA9\xF5"), 1, 2},
        {QByteArray("\xC3\xA9 \xE2\x82"), 1, 3},
        {QByteArray("\xC3\xA9\x80"), 1, 2},
    };
    for (const Case& c : cases) {
        const DecodedText decoded = decodeText(c.bytes);
        ASSERT_TRUE(decoded.problem) << c.bytes.toHex().toStdString();
        EXPECT_EQ(decoded.problem->line, c.line) << c.bytes.toHex().toStdString();
        EXPECT_EQ(decoded.problem->offset, c.offset) << c.bytes.toHex().toStdString();
        EXPECT_FALSE(decoded.text.isEmpty()); // a best effort, to sniff the format
    }
    EXPECT_FALSE(decodeText("\xF0\x9F\x98\x80 \xE2\x82\xAC").problem); // 😀 €
}

TEST_F(EncodingTest, ANulByteIsReportedWithItsLineAndColumn) {
    QByteArray bytes = "prénom;nom;courriel;rôle\r\n";
    for (int i = 2; i <= 10; ++i)
        bytes += "Léa;Dupont" + QByteArray::number(i) + ";lea" + QByteArray::number(i) +
                 "@example.org;junior\r\n";
    const qsizetype line7 = bytes.indexOf("Dupont7");
    bytes.insert(line7 + 3, '\0');               // "Dup\0ont7", line 7
    EXPECT_FALSE(describeNonTextContent(bytes)); // not "binary data": one stray NUL
    const ImportReport report = ImportService(db()).run(writeFile(u"nul.csv"_s, bytes));
    EXPECT_FALSE(report.written);
    ASSERT_EQ(report.problems.size(), 1) << dump(report.problems).toStdString();
    EXPECT_EQ(report.problems[0].line, 7);
    EXPECT_EQ(report.problems[0].field, u"nom"_s); // the column as the header names it
    EXPECT_EQ(report.problems[0].message,
              u"contains a NUL byte (0x00) at character 4: the file is damaged or was not saved "
              "as text; remove it and import again"_s);
    EXPECT_TRUE(ParticipantRepository(db()).all()->isEmpty());

    // In a quoted field over two lines, the line of the NUL itself.
    const ParticipantFileContents quoted =
        readParticipantCsv(QByteArray("role;first_name;last_name;email;job_title\n"
                                      "junior;Ana;Lima;ana@example.org;\"Two\nli") +
                               '\0' + "nes\"\n",
                           u"q.csv"_s, SkillCodeMap{});
    ASSERT_EQ(quoted.problems.size(), 1) << dump(quoted.problems).toStdString();
    EXPECT_EQ(quoted.problems[0].line, 3);
    EXPECT_EQ(quoted.problems[0].field, u"job_title"_s);
    EXPECT_TRUE(
        quoted.problems[0].message.startsWith(u"contains a NUL byte (0x00) at character 7"_s));

    // Many NULs, or two in a row: not text at all.
    EXPECT_TRUE(describeNonTextContent(QByteArray("role;nom\0\0x", 11)));
    EXPECT_EQ(describeNonTextContent(QByteArray("r\0o\0l\0e\0;\0n\0o\0m\0\r\0\n\0", 20)),
              u"UTF-16 text without a byte order mark"_s);
}

TEST_F(EncodingTest, ANulInASessionSheetOrAJsonFileIsPlacedToo) {
    const QList<Skill> catalog = *SkillCatalogService(db()).list();
    QByteArray sheet = "junior email,senior email,date,duration,mode,status,notes\n";
    for (int i = 2; i <= 8; ++i)
        sheet += "ana@example.org,claire@example.org,2026-01-0" + QByteArray::number(i) +
                 ",1h,video,held,Notes " + QByteArray::number(i) + "\n";
    sheet.insert(sheet.indexOf("Notes 7") + 5, '\0');
    const SessionSheetContents contents = readSessionSheet(sheet, u"s.csv"_s, catalog);
    ASSERT_EQ(contents.problems.size(), 1) << dump(contents.problems).toStdString();
    EXPECT_EQ(contents.problems[0].line, 7);
    EXPECT_EQ(contents.problems[0].field, u"notes"_s);
    EXPECT_TRUE(contents.problems[0].message.contains(u"NUL byte (0x00) at character 6"_s));

    // A raw NUL in JSON is a syntax error, on its line.
    const ParticipantFileContents json = readParticipantJson(
        QByteArray("[\n{\"role\": \"junior\",\n\"first_name\": \"A") + '\0' + "B\"}\n]",
        u"p.json"_s, SkillCodeMap{});
    ASSERT_FALSE(json.problems.isEmpty());
    EXPECT_EQ(json.problems[0].line, 3) << dump(json.problems).toStdString();
}

TEST_F(EncodingTest, AControlCharacterInANameIsRefusedByValidationWithItsField) {
    const ImportReport report = importParticipants(u"esc.csv"_s, "role;first_name;last_name;email\n"
                                                                 "junior;Ana;Lima;ana@example.org\n"
                                                                 "junior;Lé\x1B"
                                                                 "a;Petit;lea@example.org\n");
    EXPECT_FALSE(report.written);
    ASSERT_EQ(report.problems.size(), 1) << dump(report.problems).toStdString();
    EXPECT_EQ(report.problems[0].line, 3);
    EXPECT_FALSE(report.problems[0].field.isEmpty());
    EXPECT_TRUE(report.problems[0].message.contains(u"control character (U+001B)"_s));
}

TEST_F(EncodingTest, TheSampleFilesStillImport) {
    for (const char* name : {"participants-sample.csv", "participants-sample.json"}) {
        const ImportReport report = ImportService(db()).preview(sample(name));
        EXPECT_TRUE(report.ok()) << name << dump(report.problems).toStdString();
        EXPECT_FALSE(report.rows.isEmpty()) << name;
        EXPECT_TRUE(fileEncodingNote(sample(name)).isEmpty());
    }
    pairTheSamplePeople();
    const SessionImportService sessions(db());
    SessionImportReport fr = sessions.run(sample("sessions-sheet-fr.csv"));
    ASSERT_TRUE(fr.written) << dump(fr.problems).toStdString();
    EXPECT_EQ(fr.count(SessionImportAction::Add), 8);
    EXPECT_TRUE(fileEncodingNote(sample("sessions-sheet-fr.csv")).isEmpty());
    const SessionImportReport en = sessions.run(sample("sessions-sheet-en.csv"));
    ASSERT_TRUE(en.ok()) << dump(en.problems).toStdString();
    EXPECT_EQ(en.count(SessionImportAction::Unchanged), 4);
    EXPECT_EQ(sessionCount(), 8);

    // The French sheet as Windows-1252 and as UTF-16: the same sessions, already there.
    const QString text = QString::fromUtf8(readBytes(sample("sessions-sheet-fr.csv")).mid(3));
    const QString ansi = writeFile(u"fr-ansi.csv"_s, toWindows1252(text));
    EXPECT_EQ(fileEncodingNote(ansi), Windows1252Note);
    const QString utf16 = writeFile(u"fr-utf16.csv"_s, toUtf16(text, QStringConverter::Utf16LE));
    for (const QString& path : {ansi, utf16}) {
        const SessionImportReport again = sessions.preview(path);
        ASSERT_TRUE(again.ok()) << dump(again.problems).toStdString();
        EXPECT_EQ(again.count(SessionImportAction::Unchanged), 8);
    }
}

TEST_F(EncodingTest, AMixedSessionSheetIsRefusedAndNothingIsWritten) {
    pairTheSamplePeople();
    QByteArray bytes = readBytes(sample("sessions-sheet-fr.csv"));
    const qsizetype line3 = bytes.indexOf("\n", bytes.indexOf("\n") + 1) + 1;
    const qsizetype e = bytes.indexOf("\xC3\xA9", line3); // "réalisée" on line 3
    bytes.replace(e, 2, "\xE9");
    const QString path = writeFile(u"mixed.csv"_s, bytes);
    const SessionImportReport report = SessionImportService(db()).run(path);
    EXPECT_FALSE(report.written);
    ASSERT_EQ(report.problems.size(), 1) << dump(report.problems).toStdString();
    EXPECT_EQ(report.problems[0].toString(),
              path + u":3: byte 0xE9 at offset %1 is not valid UTF-8; save the file as UTF-8 and "
                     "import again"_s.arg(e));
    EXPECT_EQ(sessionCount(), 0);
}

TEST(Encoding, AUtf16ScoreFileIsRefusedClearly) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"scores.csv"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(toUtf16(u"1;2\n3;4\n"_s, QStringConverter::Utf16LE));
    file.close();
    const auto matrix = exchange::readCsvMatrix(path.toStdString());
    ASSERT_FALSE(matrix.ok());
    EXPECT_NE(matrix.error().find("UTF-16"), std::string::npos) << matrix.error();
}

#ifdef BINOME_CLI_PATH

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class CliEncodingTest : public EncodingTest {
protected:
    /// binome-cli on this test's database (closed meanwhile), in English.
    CliRun cli(QStringList arguments) {
        m_db.reset();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"XDG_DATA_HOME"_s, file(u"xdg"_s));
        process.setProcessEnvironment(env);
        arguments = QStringList{u"--db"_s, path()} + arguments;
        process.start(QStringLiteral(BINOME_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        auto opened = Database::open(path());
        EXPECT_TRUE(opened.ok());
        m_db = std::move(opened).value();
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
};

} // namespace

TEST_F(CliEncodingTest, ImportSaysWindows1252AndRefusesAMixedFile) {
    const QString ansi =
        writeFile(u"ansi.csv"_s, toWindows1252(peopleCsv(u"Cœur de métier – qualité €"_s)));
    CliRun run = cli({u"import"_s, u"participants"_s, ansi, u"--dry-run"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(ansi + u": "_s + Windows1252Note)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"Dry run, nothing written: 300 new"_s)) << run.out.toStdString();

    run = cli({u"import"_s, u"participants"_s, ansi});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(ansi + u": "_s + Windows1252Note)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"Imported 300 participants"_s)) << run.out.toStdString();
    const auto clemence = ParticipantRepository(db()).findByEmail(u"person40@example.org"_s);
    ASSERT_TRUE(clemence.ok() && clemence->has_value());
    EXPECT_EQ((*clemence)->firstName, u"Clémence"_s);
    EXPECT_EQ((*clemence)->jobTitle, u"Cœur de métier – qualité €"_s);
    const QByteArray before = participantsHash(db());

    QByteArray bytes = peopleCsv(u"Analyste"_s).toUtf8();
    const qsizetype e = bytes.indexOf("Cl\xC3\xA9mence") + 2;
    bytes.replace(e, 2, "\xE9");
    const QString mixed = writeFile(u"mixed.csv"_s, bytes);
    for (const bool dryRun : {true, false}) {
        QStringList arguments = {u"import"_s, u"participants"_s, mixed};
        if (dryRun)
            arguments << u"--dry-run"_s;
        run = cli(arguments);
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_TRUE(
            run.err.contains(mixed + u":42: byte 0xE9 at offset %1 is not valid UTF-8; save the "
                                     "file as UTF-8 and import again\n"_s.arg(e)))
            << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(u"nothing was imported"_s));
        EXPECT_FALSE(run.out.contains(u"Windows-1252"_s));
        EXPECT_EQ(participantsHash(db()), before);
    }

    QByteArray nul = "prénom;nom;courriel;rôle\n";
    for (int i = 2; i <= 8; ++i)
        nul += "Léa;Dupont;lea" + QByteArray::number(i) + "@example.org;junior\n";
    nul.insert(nul.indexOf("lea7@"), '\0');
    const QString nulFile = writeFile(u"nul.csv"_s, nul);
    run = cli({u"import"_s, u"participants"_s, nulFile});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(nulFile + u":7: courriel: contains a NUL byte (0x00) at "
                                           "character 1"_s))
        << run.err.toStdString();
}

TEST_F(CliEncodingTest, ImportSessionsSaysWindows1252) {
    pairTheSamplePeople();
    const QString text = QString::fromUtf8(readBytes(sample("sessions-sheet-fr.csv")).mid(3));
    const QString ansi = writeFile(u"suivi.csv"_s, toWindows1252(text));
    CliRun run = cli({u"import"_s, u"sessions"_s, ansi, u"--dry-run"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(ansi + u": "_s + Windows1252Note)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"8 new, 0 unchanged"_s)) << run.out.toStdString();
    EXPECT_EQ(sessionCount(), 0);

    run = cli({u"import"_s, u"sessions"_s, ansi});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(ansi + u": "_s + Windows1252Note)) << run.out.toStdString();
    EXPECT_EQ(sessionCount(), 8);

    // The UTF-8 sample: no note.
    run = cli({u"import"_s, u"sessions"_s, sample("sessions-sheet-fr.csv"), u"--dry-run"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(u"Windows-1252"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"0 new, 8 unchanged"_s)) << run.out.toStdString();
}

#endif
