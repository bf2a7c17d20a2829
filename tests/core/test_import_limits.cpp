// Issue #9, defect 12: imports refuse a file beyond their caps (bytes before it is read, rows as
// they are counted), read one row at a time, tell their progress and can be cancelled, leaving
// the database exactly as it was; the command line shows the progress on a terminal and stops
// cleanly on Ctrl+C.
#include "TempDatabase.h"

#include "binome/exchange/Csv.h"
#include "binome/exchange/ImportLimits.h"
#include "binome/services/ImportService.h"
#include "binome/services/ScaleDemo.h"
#include "binome/services/SessionImportService.h"
#include "binome/storage/ParticipantRepository.h"

// Private to the exchange layer: the streaming JSON reader against the whole-document one.
#include "../../src/exchange/JsonRecordStream.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>
#include <utility>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

/// Sets (or unsets) an environment variable for the life of the object.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char* name, std::optional<QByteArray> value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name)) {
        if (value)
            qputenv(name, *value);
        else
            qunsetenv(name);
    }
    ~ScopedEnvironment() {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

/// `count` participants as French Excel saves them, numbered from `first`.
QByteArray participantsCsv(int count, int first = 0, const QByteArray& department = "Achats") {
    QByteArray text = "r\xC3\xB4le;pr\xC3\xA9nom;nom;courriel;service;comp\xC3\xA9tence:genai;"
                      "cible:genai;priorit\xC3\xA9:genai\r\n";
    text.reserve(count * 90);
    for (int i = first; i < first + count; ++i) {
        const bool senior = i % 2 == 1;
        const QByteArray n = QByteArray::number(i);
        text += (senior ? "senior;L\xC3\xA9"
                          "a;Senior"
                        : "junior;In\xC3\xA8s;Junior") +
                n + ";person" + n + "@example.org;" + department +
                (senior ? ";1;4;3\r\n" : ";4;;\r\n");
    }
    return text;
}

/// The same people as JSON.
QByteArray participantsJson(int count) {
    QByteArray text = "{\"participants\": [\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        text += "  {\"role\": \"junior\", \"first_name\": \"In\xC3\xA8s\", \"last_name\": \"J" + n +
                "\", \"email\": \"person" + n + "@example.org\"}" + (i + 1 < count ? ",\n" : "\n");
    }
    return text + "]}\n";
}

/// Every row of the tables an import writes, hashed: equal hashes, nothing changed.
QByteArray databaseHash(const Database& database) {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString& table : {u"participant"_s, u"participant_skill"_s, u"level_history"_s,
                                 u"mentoring_session"_s, u"session_skill"_s}) {
        QSqlQuery query(database.connection());
        EXPECT_TRUE(query.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s));
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column)
                hash.addData(query.value(column).toString().toUtf8() + '\x1f');
            hash.addData("\n");
        }
    }
    return hash.result();
}

int countOf(const Database& database, const QString& table) {
    QSqlQuery query(database.connection());
    EXPECT_TRUE(query.exec(u"SELECT count(*) FROM "_s + table) && query.next());
    return query.value(0).toInt();
}

QString traditionalSize(qint64 bytes, int precision) {
    return QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeTraditionalFormat);
}

std::string dump(const QList<ImportProblem>& problems) {
    QStringList lines;
    for (const ImportProblem& p : problems)
        lines << p.toString();
    return lines.join(u'\n').toStdString();
}

using Calls = QList<std::pair<qint64, qint64>>;

/// The calls go up (never down), each with the same total, and end at that total.
void expectUpToTotal(const Calls& calls, qint64 total) {
    ASSERT_FALSE(calls.isEmpty());
    EXPECT_EQ(calls.first().first, 0);
    for (qsizetype i = 0; i < calls.size(); ++i) {
        EXPECT_EQ(calls[i].second, total) << i;
        if (i > 0) {
            EXPECT_GE(calls[i].first, calls[i - 1].first) << i;
        }
    }
    EXPECT_EQ(calls.last().first, total);
}

class ImportLimitsTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        // The caps of the tests are those of the program, whatever the environment says.
        m_rows.emplace(ImportMaxRowsVariable, std::nullopt);
        m_bytes.emplace(ImportMaxBytesVariable, std::nullopt);
    }
    void TearDown() override {
        m_bytes.reset();
        m_rows.reset();
    }

    /// 40 people already there, so that "nothing changed" means something.
    void seed() {
        const ImportReport seeded =
            ImportService(db()).run(writeFile(u"seed.csv"_s, participantsCsv(40)));
        ASSERT_TRUE(seeded.written) << dump(seeded.problems);
    }

    std::optional<ScopedEnvironment> m_rows;
    std::optional<ScopedEnvironment> m_bytes;
};

} // namespace

TEST(ImportLimitsConfig, TheCapsAreTheConstantsUnlessTheEnvironmentReplacesThem) {
    {
        const ScopedEnvironment rows(ImportMaxRowsVariable, std::nullopt);
        const ScopedEnvironment bytes(ImportMaxBytesVariable, std::nullopt);
        EXPECT_EQ(participantFileLimits().maxRows, 100'000);
        EXPECT_EQ(participantFileLimits().maxBytes, ParticipantFileLimits.maxBytes);
        EXPECT_EQ(sessionSheetLimits().maxRows, 200'000);
        EXPECT_EQ(sessionSheetLimits().maxBytes, SessionSheetLimits.maxBytes);
    }
    {
        const ScopedEnvironment rows(ImportMaxRowsVariable, "250");
        const ScopedEnvironment bytes(ImportMaxBytesVariable, " 4096 ");
        for (const ImportLimits& limits : {participantFileLimits(), sessionSheetLimits()}) {
            EXPECT_EQ(limits.maxRows, 250);
            EXPECT_EQ(limits.maxBytes, 4096);
        }
    }
    for (const QByteArray& wrong : {QByteArray("many"), QByteArray("0"), QByteArray("-3")}) {
        const ScopedEnvironment rows(ImportMaxRowsVariable, wrong);
        EXPECT_EQ(participantFileLimits().maxRows, ParticipantFileLimits.maxRows);
    }
}

// A 10 GB file (sparse: it takes no room) is refused at once: reading it would take minutes
// and more memory than the machine has.
TEST_F(ImportLimitsTest, AParticipantFileOverTheByteCapIsRefusedBeforeItIsRead) {
    seed();
    const QByteArray before = databaseHash(db());
    const QString path = writeFile(u"huge.csv"_s, participantsCsv(3));
    const qint64 size = qint64(10) * 1024 * 1024 * 1024;
    ASSERT_TRUE(QFile::resize(path, size));

    for (const bool write : {false, true}) {
        const ImportReport report =
            write ? ImportService(db()).run(path) : ImportService(db()).preview(path);
        ASSERT_EQ(report.problems.size(), 1) << dump(report.problems);
        const QString text = report.problems.first().toString();
        EXPECT_TRUE(text.startsWith(path + u": the file is "_s + traditionalSize(size, 1)))
            << text.toStdString();
        EXPECT_TRUE(
            text.contains(u"more than the "_s + traditionalSize(ParticipantFileLimits.maxBytes, 0)))
            << text.toStdString();
        EXPECT_FALSE(report.written);
        EXPECT_TRUE(report.rows.isEmpty());
    }
    EXPECT_EQ(ParticipantRepository(db()).count().value(), 40);
    EXPECT_EQ(databaseHash(db()), before);
}

TEST_F(ImportLimitsTest, ASessionSheetOverTheByteCapIsRefusedBeforeItIsRead) {
    const QString path =
        writeFile(u"huge-sheet.csv"_s, "junior;senior;date;minutes;mode;status\r\n");
    const qint64 size = qint64(3) * 1024 * 1024 * 1024;
    ASSERT_TRUE(QFile::resize(path, size));
    const QByteArray before = databaseHash(db());
    const SessionImportReport report = SessionImportService(db()).run(path);
    ASSERT_EQ(report.problems.size(), 1) << dump(report.problems);
    const QString text = report.problems.first().toString();
    EXPECT_TRUE(text.startsWith(path + u": the file is "_s + traditionalSize(size, 1)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(traditionalSize(SessionSheetLimits.maxBytes, 0)))
        << text.toStdString();
    EXPECT_FALSE(report.written);
    EXPECT_EQ(databaseHash(db()), before);
}

TEST_F(ImportLimitsTest, AByteCapFromTheEnvironmentIsTheOneNamed) {
    const ScopedEnvironment bytes(ImportMaxBytesVariable, "2048");
    const QString path = writeFile(u"people.csv"_s, participantsCsv(100));
    const ImportReport report = ImportService(db()).run(path);
    ASSERT_EQ(report.problems.size(), 1) << dump(report.problems);
    EXPECT_TRUE(
        report.problems.first().message.contains(u"more than the "_s + traditionalSize(2048, 0)))
        << dump(report.problems);
    EXPECT_EQ(ParticipantRepository(db()).count().value(), 0);
}

TEST_F(ImportLimitsTest, AParticipantFileOverTheRowCapIsRefusedWithItsCount) {
    seed();
    const QByteArray before = databaseHash(db());
    const ScopedEnvironment rows(ImportMaxRowsVariable, "100");
    // Blank lines are not rows; the count is of them all, not where the cap stopped.
    QByteArray csv = participantsCsv(250, 1000);
    csv.insert(csv.indexOf("\r\n") + 2, ";;;;\r\n\r\n");
    for (const auto& [name, bytes] :
         {std::pair{u"many.csv"_s, csv}, std::pair{u"many.json"_s, participantsJson(250)}}) {
        const QString path = writeFile(name, bytes);
        const ImportReport report = ImportService(db()).run(path);
        ASSERT_EQ(report.problems.size(), 1) << dump(report.problems);
        const ImportProblem& problem = report.problems.first();
        EXPECT_EQ(problem.file, path);
        EXPECT_EQ(problem.line, 0);
        EXPECT_TRUE(problem.message.startsWith(u"the file has 250 participant"_s))
            << problem.message.toStdString();
        EXPECT_TRUE(problem.message.contains(u"more than the 100 an import reads"_s))
            << problem.message.toStdString();
        EXPECT_TRUE(report.rows.isEmpty());
        EXPECT_FALSE(report.written);
    }
    EXPECT_EQ(databaseHash(db()), before);

    // The cap itself is allowed.
    const ImportReport atTheCap =
        ImportService(db()).run(writeFile(u"hundred.csv"_s, participantsCsv(100, 1000)));
    EXPECT_TRUE(atTheCap.written) << dump(atTheCap.problems);
    EXPECT_EQ(ParticipantRepository(db()).count().value(), 140);
}

TEST_F(ImportLimitsTest, ASessionSheetOverTheRowCapIsRefusedWithItsCount) {
    const ScopedEnvironment rows(ImportMaxRowsVariable, "20");
    QByteArray sheet = "courriel junior;courriel senior;date;dur\xC3\xA9"
                       "e;mode;statut\r\n";
    for (int i = 0; i < 45; ++i)
        sheet += "nobody" + QByteArray::number(i) +
                 "@example.org;else@example.org;02/03/2026;"
                 "1h;visio;r\xC3\xA9"
                 "alis\xC3\xA9"
                 "e\r\n";
    const QString path = writeFile(u"sessions.csv"_s, sheet);
    const SessionImportReport report = SessionImportService(db()).run(path);
    // Refused as a whole: the unknown people of its rows are not even looked for.
    ASSERT_EQ(report.problems.size(), 1) << dump(report.problems);
    EXPECT_TRUE(report.problems.first().message.startsWith(u"the file has 45 session"_s))
        << dump(report.problems);
    EXPECT_TRUE(report.problems.first().message.contains(u"more than the 20 an import reads"_s))
        << dump(report.problems);
    EXPECT_FALSE(report.written);
}

TEST_F(ImportLimitsTest, TheProgressOfReadingAndWritingGoesUpToItsTotal) {
    const QByteArray csv = participantsCsv(2500);
    const QString path = writeFile(u"people.csv"_s, csv);
    Calls reading;
    Calls writing;
    ImportProgress progress;
    progress.reading = [&](qint64 done, qint64 total) {
        reading.append({done, total});
        return true;
    };
    progress.writing = [&](qint64 done, qint64 total) {
        writing.append({done, total});
        return true;
    };
    const ImportReport report = ImportService(db()).run(path, progress);
    ASSERT_TRUE(report.written) << dump(report.problems);
    EXPECT_EQ(ParticipantRepository(db()).count().value(), 2500);
    // Every thousand rows or so while reading (in bytes), every few hundred while writing.
    EXPECT_GE(reading.size(), 3);
    expectUpToTotal(reading, csv.size());
    EXPECT_GE(writing.size(), 10);
    expectUpToTotal(writing, 2500);

    // The same from JSON, and for a preview (no writing).
    const QByteArray json = participantsJson(2500);
    reading.clear();
    writing.clear();
    const ImportReport preview =
        ImportService(db()).preview(writeFile(u"people.json"_s, json), progress);
    EXPECT_TRUE(preview.ok()) << dump(preview.problems);
    EXPECT_GE(reading.size(), 3);
    expectUpToTotal(reading, json.size());
    EXPECT_TRUE(writing.isEmpty());
}

TEST_F(ImportLimitsTest, CancellingWhileReadingWritesNothing) {
    seed();
    const QByteArray before = databaseHash(db());
    const QString path = writeFile(u"people.csv"_s, participantsCsv(5000, 20, "Finance"));
    int calls = 0;
    bool wrote = false;
    ImportProgress progress;
    progress.reading = [&](qint64, qint64) { return ++calls < 3; };
    progress.writing = [&](qint64, qint64) {
        wrote = true;
        return true;
    };
    const ImportReport report = ImportService(db()).run(path, progress);
    EXPECT_TRUE(report.cancelled);
    EXPECT_FALSE(report.written);
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(report.problems.isEmpty()) << dump(report.problems);
    EXPECT_EQ(calls, 3); // no call after the one that cancelled
    EXPECT_FALSE(wrote);
    EXPECT_EQ(ParticipantRepository(db()).count().value(), 40);
    EXPECT_EQ(databaseHash(db()), before);
}

TEST_F(ImportLimitsTest, CancellingWhileWritingWritesNothing) {
    seed();
    const QByteArray before = databaseHash(db());
    // 20 of the 40 change department, 2980 are new.
    const QString path = writeFile(u"people.csv"_s, participantsCsv(3000, 20, "Finance"));
    qint64 cancelledAt = 0;
    ImportProgress progress;
    progress.writing = [&](qint64 done, qint64) {
        if (done < 1500)
            return true;
        cancelledAt = done;
        return false;
    };
    const ImportReport report = ImportService(db()).run(path, progress);
    EXPECT_TRUE(report.cancelled);
    EXPECT_FALSE(report.written);
    EXPECT_TRUE(report.problems.isEmpty()) << dump(report.problems);
    EXPECT_GE(cancelledAt, 1500); // half of it was written when it was cancelled
    EXPECT_EQ(ParticipantRepository(db()).count().value(), 40);
    EXPECT_EQ(databaseHash(db()), before);

    // Not cancelled, the same file lands whole.
    const ImportReport again = ImportService(db()).run(path);
    ASSERT_TRUE(again.written) << dump(again.problems);
    EXPECT_EQ(again.count(ImportAction::Update), 20);
    EXPECT_EQ(ParticipantRepository(db()).count().value(), 3020);
}

TEST_F(ImportLimitsTest, CancellingASessionImportWritesNothing) {
    const auto demo = ScaleDemo(db()).build(60, QDate(2026, 6, 1));
    ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
    QSqlQuery query(db().connection());
    ASSERT_TRUE(query.exec(u"SELECT j.email, s.email FROM binome b "
                           "JOIN participant j ON j.id = b.junior_id "
                           "JOIN participant s ON s.id = b.senior_id WHERE b.status = 'active'"_s));
    QList<std::pair<QByteArray, QByteArray>> pairs;
    while (query.next())
        pairs.append({query.value(0).toString().toUtf8(), query.value(1).toString().toUtf8()});
    ASSERT_GE(pairs.size(), 10);
    QByteArray sheet = "courriel junior;courriel senior;date;dur\xC3\xA9"
                       "e;mode;statut\r\n";
    for (int i = 0; i < 1500; ++i) {
        const auto& [junior, senior] = pairs[i % pairs.size()];
        const QDate date = QDate(2026, 3, 1).addDays(i / pairs.size());
        sheet += junior + ';' + senior + ';' + date.toString(Qt::ISODate).toUtf8() + ";" +
                 QByteArray::number(37 + i % 7) +
                 ";visio;r\xC3\xA9"
                 "alis\xC3\xA9"
                 "e\r\n";
    }
    const QString path = writeFile(u"sessions.csv"_s, sheet);
    const int sessions = countOf(db(), u"mentoring_session"_s);
    const QByteArray before = databaseHash(db());

    Calls reading;
    Calls writing;
    ImportProgress progress;
    progress.reading = [&](qint64 done, qint64 total) {
        reading.append({done, total});
        return true;
    };
    progress.writing = [&](qint64 done, qint64 total) {
        writing.append({done, total});
        return done < 1000;
    };
    const SessionImportReport report = SessionImportService(db()).run(path, progress);
    EXPECT_TRUE(report.cancelled);
    EXPECT_FALSE(report.written);
    EXPECT_TRUE(report.problems.isEmpty()) << dump(report.problems);
    expectUpToTotal(reading, sheet.size());
    ASSERT_FALSE(writing.isEmpty());
    EXPECT_EQ(writing.last().first, 1000);
    EXPECT_EQ(countOf(db(), u"mentoring_session"_s), sessions);
    EXPECT_EQ(databaseHash(db()), before);

    writing.clear();
    progress.writing = [&](qint64 done, qint64 total) {
        writing.append({done, total});
        return true;
    };
    const SessionImportReport again = SessionImportService(db()).run(path, progress);
    ASSERT_TRUE(again.written) << dump(again.problems);
    expectUpToTotal(writing, 1500);
    EXPECT_EQ(countOf(db(), u"mentoring_session"_s), sessions + 1500);
}

// The reader decodes and parses a file piece by piece: whatever the pieces, the records, lines,
// problems and separator are those of the whole text at once.
TEST(CsvStreaming, PiecesOfAnySizeReadAsTheWholeText) {
    const QList<QString> texts = {
        u"a;b;c\r\n\"x;y\";\"Analyste \"\"data\"\"\";\"two\r\nlines\"\r\nlast;;\r\n"_s,
        u"sep=,\r\nrole;x,y\r\n1,2\r\n"_s,
        u"SEP=;"_s,
        u"h1,h2\n\n;\n  \"q\" ,x\n\"never closed\nmore,lines\n"_s,
        u"h\r\r\nx\ry\r"_s,
        u"a\tb\n1\t2"_s,
        u"h;g\n\"x\"junk;y\n  \"a\";\"b\"\n"_s,
        u"a;b\nc;d"_s + QChar(u'\0') + u"e\n"_s,
        QString(),
        u"\r\n\r\n"_s,
        u"\"a\"\"\";b\r\n\"\"\"\"\r"_s,
    };
    for (const QString& text : texts) {
        const CsvDocument whole = parseCsv(text);
        for (const qsizetype piece : {1, 2, 3, 5, 7, 64}) {
            CsvReader reader;
            QList<CsvRecord> records;
            CsvRecord record;
            for (qsizetype at = 0; at < text.size(); at += piece) {
                reader.append(QStringView(text).sliced(at, std::min(piece, text.size() - at)));
                while (reader.next(record))
                    records.append(record);
            }
            reader.finish();
            while (reader.next(record))
                records.append(record);
            const std::string where = text.toStdString() + " in pieces of " + std::to_string(piece);
            EXPECT_TRUE(reader.atEnd()) << where;
            ASSERT_EQ(records.size(), whole.records.size()) << where;
            for (qsizetype r = 0; r < records.size(); ++r) {
                EXPECT_EQ(records[r].line, whole.records[r].line) << where;
                EXPECT_EQ(records[r].fields, whole.records[r].fields) << where;
            }
            const QList<CsvSyntaxProblem> problems = reader.takeProblems();
            ASSERT_EQ(problems.size(), whole.problems.size()) << where;
            for (qsizetype p = 0; p < problems.size(); ++p) {
                EXPECT_EQ(problems[p].line, whole.problems[p].line) << where;
                EXPECT_EQ(problems[p].fieldIndex, whole.problems[p].fieldIndex) << where;
            }
            EXPECT_EQ(reader.separator(), whole.separator) << where;
            EXPECT_EQ(reader.firstNul().has_value(), whole.firstNul.has_value()) << where;
            if (reader.firstNul() && whole.firstNul) {
                EXPECT_EQ(reader.firstNul()->line, whole.firstNul->line) << where;
                EXPECT_EQ(reader.firstNul()->character, whole.firstNul->character) << where;
            }
        }
    }
}

// The JSON reader builds one participant at a time, yet refuses a document exactly as the
// parser that builds it whole does: the same first problem, at the same place, with the same
// words; and it hands over the same participants.
TEST(JsonStreaming, TheSameProblemsAndRecordsAsTheWholeDocument) {
    const QList<std::string> documents = {
        "[1e400]",
        "{\"participants\": [{\"a\": 1, \"a\": 2}]}",
        "{\"participants\": [], \"participants\": []}",
        "[{\"role\": \"junior\"},\n {\"x\": [1, 2, {\"y\": 1, \"y\": 2}]}]",
        "{\"meta\": {\"k\": 1, \"k\": 2}, \"participants\": []}",
        "[\n {\"role\": \"junior\",\n  \"skills\": {\"genai\": }}]",
        "[1, 2,]",
        "{\"participants\": [1, 2]} trailing",
        "{\"participants\": [{\"a\": [[[]]]}, {\"b\": 1e999}]}",
        "[{\"a\": \"\\ud800\"}]",
        "{\"participants\": [{\"a\": 1}], \"other\": {\"b\": {\"b\": 1, \"b\": 2}}}",
        "[{\"a\": 1, \"b\": [true, null, \"x\"], \"c\": {\"d\": 2.5}}, 42, \"text\", []]",
        "{\"participants\": [{\"role\": \"senior\"}], \"version\": 2}",
        "{\"participants\": {\"role\": \"senior\"}}",
        "\"only text\"",
        "[",
        "",
    };
    for (const std::string& text : documents) {
        nlohmann::json whole;
        const std::optional<strictjson::JsonProblem> expected =
            strictjson::parseStrictJson(text, whole);
        QList<nlohmann::json> records;
        const strictjson::JsonRecordStreamResult streamed = strictjson::streamJsonRecords(
            text, "participants", [&](nlohmann::json& record, int, std::size_t) {
                records.append(record);
                return true;
            });
        ASSERT_EQ(streamed.problem.has_value(), expected.has_value()) << text;
        if (expected) {
            EXPECT_EQ(streamed.problem->offset, expected->offset) << text;
            EXPECT_EQ(streamed.problem->path, expected->path) << text;
            EXPECT_EQ(streamed.problem->message, expected->message) << text;
            EXPECT_EQ(streamed.problemLine, strictjson::lineOfOffset(text, expected->offset))
                << text;
            continue;
        }
        const nlohmann::json* list = whole.is_array() ? &whole
                                     : whole.is_object() && whole.contains("participants")
                                         ? &whole["participants"]
                                         : nullptr;
        EXPECT_EQ(streamed.found, list && list->is_array()) << text;
        EXPECT_EQ(streamed.keyNotAList, list && !list->is_array()) << text;
        if (list && list->is_array()) {
            ASSERT_EQ(records.size(), static_cast<qsizetype>(list->size())) << text;
            for (qsizetype i = 0; i < records.size(); ++i)
                EXPECT_EQ(records[i], (*list)[static_cast<std::size_t>(i)]) << text;
        }
    }
}

#ifdef BINOME_CLI_PATH

namespace {

class CliImportLimitsTest : public ImportLimitsTest {
protected:
    /// Runs the import with stderr on a terminal (a pseudo-terminal this test reads), presses
    /// Ctrl+C once `trigger` shows on it, and returns what the terminal showed.
    QByteArray interruptOnTerminal(const QString& file, const QByteArray& trigger, int& exitCode) {
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        EXPECT_GE(master, 0);
        EXPECT_EQ(::grantpt(master), 0);
        EXPECT_EQ(::unlockpt(master), 0);
        const int terminal = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
        EXPECT_GE(terminal, 0);
        QProcess process;
        process.setChildProcessModifier([terminal] { ::dup2(terminal, STDERR_FILENO); });
        process.start(QStringLiteral(BINOME_CLI_PATH),
                      {u"--db"_s, path(), u"import"_s, u"participants"_s, file});
        EXPECT_TRUE(process.waitForStarted());
        ::close(terminal);
        QByteArray shown;
        char buffer[4096];
        const auto readTerminal = [&](int timeout) {
            pollfd fd{master, POLLIN, 0};
            if (::poll(&fd, 1, timeout) > 0 && (fd.revents & POLLIN)) {
                const ssize_t got = ::read(master, buffer, sizeof buffer);
                if (got > 0)
                    shown.append(buffer, got);
                return got > 0;
            }
            return false;
        };
        QElapsedTimer clock;
        clock.start();
        bool interrupted = false;
        while (clock.elapsed() < 60'000 && process.state() == QProcess::Running) {
            readTerminal(20);
            if (shown.contains(trigger)) {
                ::kill(static_cast<pid_t>(process.processId()), SIGINT);
                interrupted = true;
                break;
            }
            process.waitForFinished(0);
        }
        EXPECT_TRUE(interrupted) << shown.toStdString();
        EXPECT_TRUE(process.waitForFinished(60'000));
        while (readTerminal(50)) {
        }
        ::close(master);
        exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return shown;
    }
};

} // namespace

TEST_F(CliImportLimitsTest, CtrlCWhileImportingWritesNothingAndExits130) {
    seed();
    const QByteArray before = databaseHash(db());
    const QString file = writeFile(u"people.csv"_s, participantsCsv(30000, 20, "Finance"));
    int exitCode = 0;
    const QByteArray shown = interruptOnTerminal(file, "Importing\xE2\x80\xA6 ", exitCode);
    EXPECT_EQ(exitCode, 130) << shown.toStdString();
    EXPECT_TRUE(shown.contains("\rReading\xE2\x80\xA6 ")) << shown.toStdString();
    EXPECT_TRUE(shown.contains(" of 30")) << shown.toStdString();
    EXPECT_TRUE(shown.contains("Cancelled: nothing was imported.")) << shown.toStdString();
    EXPECT_EQ(ParticipantRepository(db()).count().value(), 40);
    EXPECT_EQ(databaseHash(db()), before);
}

TEST_F(CliImportLimitsTest, CtrlCWhileReadingWritesNothingAndExits130) {
    seed();
    const QByteArray before = databaseHash(db());
    const QString file = writeFile(u"people.csv"_s, participantsCsv(30000, 20, "Finance"));
    int exitCode = 0;
    const QByteArray shown = interruptOnTerminal(file, "Reading\xE2\x80\xA6 ", exitCode);
    EXPECT_EQ(exitCode, 130) << shown.toStdString();
    EXPECT_FALSE(shown.contains("Importing")) << shown.toStdString();
    EXPECT_TRUE(shown.contains("Cancelled: nothing was imported.")) << shown.toStdString();
    EXPECT_EQ(databaseHash(db()), before);
}

TEST_F(CliImportLimitsTest, NoProgressLineWhenStderrIsNotATerminal) {
    const QString file = writeFile(u"people.csv"_s, participantsCsv(3000));
    QProcess process;
    process.start(QStringLiteral(BINOME_CLI_PATH),
                  {u"--db"_s, path(), u"import"_s, u"participants"_s, file});
    ASSERT_TRUE(process.waitForFinished(120'000));
    const QByteArray err = process.readAllStandardError();
    EXPECT_EQ(process.exitCode(), 0) << err.toStdString();
    EXPECT_FALSE(err.contains("Reading")) << err.toStdString();
    EXPECT_FALSE(err.contains('\r')) << err.toStdString();
    EXPECT_TRUE(process.readAllStandardOutput().contains("Imported 3000 participants"));
    EXPECT_EQ(ParticipantRepository(db()).count().value(), 3000);
}

TEST_F(CliImportLimitsTest, AFileOverTheCapIsRefusedWithTheCapNamed) {
    const QString file = writeFile(u"people.csv"_s, participantsCsv(120));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ImportMaxRowsVariable), u"100"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BINOME_CLI_PATH),
                  {u"--db"_s, path(), u"import"_s, u"participants"_s, file, u"--dry-run"_s});
    ASSERT_TRUE(process.waitForFinished(60'000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(err.startsWith(file + u": the file has 120 participant"_s)) << err.toStdString();
    EXPECT_TRUE(err.contains(u"more than the 100 an import reads"_s)) << err.toStdString();
}

#endif
