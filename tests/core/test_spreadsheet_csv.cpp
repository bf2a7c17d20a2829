// Spreadsheet exports as French Excel opens them: the writer's bytes, formula neutralisation and
// its undoing on import, files re-read with Python's csv module, and the program's tables built
// from data the test writes with the services.
#include "TempDatabase.h"

#include "binome/domain/Skill.h"
#include "binome/exchange/ParticipantFile.h"
#include "binome/exchange/SpreadsheetCsv.h"
#include "binome/services/DebriefService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionService.h"
#include "binome/services/SkillCatalogService.h"
#include "binome/services/TableExportService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

/// The file as Python's csv module reads it (delimiter ';', encoding utf-8-sig): what any
/// program that follows the CSV rules gets back. Empty with a failure when Python fails.
QList<QStringList> pythonCells(const QString& path) {
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
                 {u"-c"_s,
                  u"import csv, json, sys\n"
                  "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                  "    print(json.dumps(list(csv.reader(f, delimiter=';', strict=True))))\n"_s,
                  path});
    EXPECT_TRUE(python.waitForFinished(30000));
    EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QList<QStringList> cells;
    for (const QJsonValue& row : rows) {
        QStringList line;
        for (const QJsonValue& cell : row.toArray())
            line << cell.toString();
        cells << line;
    }
    return cells;
}

/// Readable and writable by its owner, by nobody else.
bool ownerOnly(const QString& path) {
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    return (permissions & others) == 0 && permissions.testFlag(QFileDevice::ReadOwner) &&
           permissions.testFlag(QFileDevice::WriteOwner);
}

/// The table as the file must hold it: every cell neutralised, header first.
QList<QStringList> expectedCells(const SpreadsheetTable& table) {
    QList<QStringList> cells;
    for (const QStringList& row : QList<QStringList>{table.header} + table.rows) {
        QStringList line;
        for (const QString& cell : row)
            line << neutralizeFormula(cell);
        cells << line;
    }
    return cells;
}

std::string show(const QList<QStringList>& cells) {
    QStringList lines;
    for (const QStringList& row : cells)
        lines << u"["_s + row.join(u" | "_s) + u"]"_s;
    return lines.join(u'\n').toStdString();
}

} // namespace

TEST(SpreadsheetCsv, WritesBomSemicolonsCrlfAndQuotesWhatNeedsIt) {
    SpreadsheetTable table;
    table.header = {u"Nom"_s, u"Note"_s};
    table.rows = {
        {u"Inès"_s, u"a;b"_s}, {u"say \"hi\""_s, u"line 1\nline 2"_s}, {u"cr\rhere"_s, QString()}};
    const QByteArray bytes = spreadsheetCsvBytes(table);
    EXPECT_EQ(bytes, QByteArray("\xEF\xBB\xBF"
                                "Nom;Note\r\n"
                                "In\xC3\xA8s;\"a;b\"\r\n"
                                "\"say \"\"hi\"\"\";\"line 1\nline 2\"\r\n"
                                "\"cr\rhere\";\r\n"));
}

TEST(SpreadsheetCsv, NeutralisesEveryFormulaTriggerWithAnApostrophe) {
    for (const QString& cell : {u"=1+1"_s, u"=HYPERLINK(\"http://x\",\"y\")"_s, u"+33 6 12 34 56"_s,
                                u"-2+3+cmd|' /C calc'!A0"_s, u"@SUM(A1:A2)"_s, u"\t=1"_s,
                                u"\rtext"_s, u"-"_s, u"+"_s, u"-1e3"_s}) {
        EXPECT_TRUE(isFormulaLike(cell)) << cell.toStdString();
        EXPECT_EQ(neutralizeFormula(cell), u'\'' + cell) << cell.toStdString();
        EXPECT_EQ(restoreNeutralizedFormula(neutralizeFormula(cell)), cell) << cell.toStdString();
    }
    // Plain numbers are read as numbers, never run: left as they are, so that a negative level
    // gain stays a number in Excel.
    for (const QString& cell : {u"-2"_s, u"+0,5"_s, u"-1.25"_s, u"42"_s}) {
        EXPECT_FALSE(isFormulaLike(cell)) << cell.toStdString();
        EXPECT_EQ(neutralizeFormula(cell), cell);
    }
    // Harmless text is untouched, apostrophes included.
    for (const QString& cell : {QString(), u"Inès"_s, u"l'équipe"_s, u"'quoted'"_s, u"a=b"_s,
                                u" =not first"_s, u"'-2"_s}) {
        EXPECT_EQ(neutralizeFormula(cell), cell) << cell.toStdString();
        EXPECT_EQ(restoreNeutralizedFormula(cell), cell) << cell.toStdString();
    }
    // A cell already written as "'=x" keeps its apostrophe through a round trip.
    EXPECT_EQ(neutralizeFormula(u"'=x"_s), u"''=x"_s);
    EXPECT_EQ(restoreNeutralizedFormula(u"''=x"_s), u"'=x"_s);
    EXPECT_EQ(restoreNeutralizedFormula(u"'@x"_s), u"@x"_s);
}

TEST(SpreadsheetCsv, PythonCsvReadsBackEveryCell) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    SpreadsheetTable table;
    table.header = {u"Junior"_s, u"Notes"_s, u"Minutes"_s};
    table.rows = {
        {u"Inès Boucher-Lefèvre"_s, u"Premier point.\r\nDeuxième ligne; avec \"guillemets\""_s,
         u"60"_s},
        {u"=HYPERLINK(\"http://x\",\"y\")"_s, u"+33 6 12 34 56 78"_s, u"-5"_s},
        {u"@cmd"_s, u"\tindentée"_s, u"\rretour"_s},
        {u"-1+1"_s, u"multi\nligne\nnote"_s, QString()},
        {u" espaces "_s, u"‏عربي"_s, u"'déjà"_s},
    };
    const QString path = dir.filePath(u"table.csv"_s);
    const Status written = writeSpreadsheetCsv(path, table);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.endsWith("\r\n"));
    EXPECT_TRUE(
        bytes.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";'+33 6 12 34 56 78;-5"));

    const QList<QStringList> cells = pythonCells(path);
    EXPECT_EQ(cells, expectedCells(table)) << show(cells);
    ASSERT_EQ(cells.size(), 6);
    EXPECT_EQ(cells[1][1], u"Premier point.\r\nDeuxième ligne; avec \"guillemets\""_s);
    EXPECT_EQ(cells[2][0], u"'=HYPERLINK(\"http://x\",\"y\")"_s);
    EXPECT_EQ(cells[3][1], u"'\tindentée"_s);
    EXPECT_EQ(cells[3][2], u"'\rretour"_s);
    EXPECT_EQ(cells[4][1], u"multi\nligne\nnote"_s);
}

TEST(SpreadsheetCsv, FilesAreForTheirOwnerOnlyEvenWhenReplacingAnOpenFile) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"out.csv"_s);
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
    SpreadsheetTable table{{u"a"_s}, {{u"b"_s}}};
    ASSERT_TRUE(writeSpreadsheetCsv(path, table).ok());
    EXPECT_TRUE(ownerOnly(path)) << path.toStdString();
    const QString fresh = dir.filePath(u"fresh.csv"_s);
    ASSERT_TRUE(writeSpreadsheetCsv(fresh, table).ok());
    EXPECT_TRUE(ownerOnly(fresh)) << fresh.toStdString();
    // Readable again as the table.
    EXPECT_EQ(pythonCells(fresh), expectedCells(table));
}

TEST(SpreadsheetCsv, AFileThatCannotBeWrittenSaysWhichAndWhy) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"no such folder/out.csv"_s);
    const Status written = writeSpreadsheetCsv(path, {{u"a"_s}, {}});
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(u"no such folder"_s)) << written.error().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}

// The participant export neutralises formulas too, and its import undoes it: export -> import
// gives the same people back.
TEST(SpreadsheetCsv, ParticipantExportIsNeutralisedAndImportsBackAsTyped) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Participant p;
    p.role = Role::Senior;
    p.firstName = u"=HYPERLINK(\"http://x\",\"y\")"_s;
    p.lastName = u"@Rey"_s;
    p.email = u"martine.rey@example.org"_s;
    p.department = u"-Finance"_s;
    p.site = u"+33 6 12 34 56 78"_s;
    p.jobTitle = u"'=déjà cité"_s;
    p.languages = {u"fr"_s};
    p.skills = {{u"genai"_s, 1, 4, 3}};
    const QByteArray bytes = participantsToCsv({p}, {u"genai"_s});
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";'@Rey;"))
        << bytes.toStdString();
    EXPECT_TRUE(bytes.contains(";'-Finance;'+33 6 12 34 56 78;''=d"));
    EXPECT_FALSE(bytes.contains(";=") || bytes.contains(";+") || bytes.contains(";@") ||
                 bytes.contains(";-"));

    // Python sees the neutralised text, never a cell starting with '='.
    const QString path = dir.filePath(u"participants.csv"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const QList<QStringList> cells = pythonCells(path);
    ASSERT_EQ(cells.size(), 2);
    for (const QString& cell : cells[1])
        EXPECT_FALSE(isFormulaLike(cell)) << cell.toStdString();

    const ParticipantFileContents back =
        readParticipantCsv(bytes, u"participants.csv"_s, makeSkillCodeMap(builtInSkills()));
    ASSERT_TRUE(back.problems.isEmpty()) << back.problems.first().toString().toStdString();
    ASSERT_EQ(back.participants.size(), 1);
    const Participant& read = back.participants.first().participant;
    EXPECT_EQ(read.firstName, p.firstName);
    EXPECT_EQ(read.lastName, p.lastName);
    EXPECT_EQ(read.department, p.department);
    EXPECT_EQ(read.site, p.site);
    EXPECT_EQ(read.jobTitle, p.jobTitle);
    EXPECT_EQ(read.skills, p.skills);
}

namespace {

/// A program of the first half of 2020 with two binômes, sessions, objectives and a debrief,
/// written with the services.
class TableExportTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        Program program;
        program.name = u"Cohorte 2020"_s;
        program.startDate = QDate(2020, 1, 6);
        program.endDate = QDate(2020, 6, 26);
        program.cadenceDays = 14;
        programId = ProgramService(db()).save(program).value();
        ana = add(Role::Junior, u"Ana"_s, u"Martin"_s, {{u"genai"_s, 5, {}, {}}});
        bob = add(Role::Junior, u"=Bob"_s, u"Durand"_s, {{u"linkedin"_s, 4, {}, {}}});
        claire = add(Role::Senior, u"Claire"_s, u"Lefèvre"_s, {{u"genai"_s, 0, 4, 3}});
        denis = add(Role::Senior, u"Denis"_s, u"Moreau"_s, {{u"linkedin"_s, 1, 4, 2}});
        const PairingService pairing(db());
        const auto proposal = pairing.propose(programId);
        ASSERT_TRUE(proposal.ok()) << proposal.error().toStdString();
        ASSERT_TRUE(pairing.confirm(*proposal, u"hr"_s, QDate(2020, 1, 6)).ok());
        const QList<Binome> binomes = pairing.binomes(programId).value();
        for (const Binome& b : binomes)
            (b.seniorId == claire ? anaClaire : bobDenis) = b.id;
        ASSERT_NE(anaClaire, 0);
        ASSERT_NE(bobDenis, 0);

        const SessionService sessions(db());
        Session later = session(anaClaire, QDate(2020, 2, 3), 45);
        later.notes = u"Deuxième séance;\nprompts \"avancés\""_s;
        later.nextSteps = u"=cmd|' /C calc'!A0"_s;
        later.menteeRating = 4;
        later.mentorRating = 5;
        later.skillIds = {skillId(u"genai"_s)};
        ASSERT_TRUE(sessions.log(later).ok());
        ASSERT_TRUE(sessions.log(session(anaClaire, QDate(2020, 1, 20), 90)).ok());
        Session planned = session(anaClaire, QDate(2020, 6, 15), 60);
        planned.planned = true;
        planned.mode = SessionMode::Phone;
        ASSERT_TRUE(sessions.log(planned).ok());

        // Claire's genai objective re-assessed at 2 in a mid-term debrief.
        const DebriefService debriefs(db());
        Debrief mid = debriefs.prepare(anaClaire, DebriefKind::MidTerm, QDate(2020, 3, 30)).value();
        const QList<Objective> objectives = ObjectiveService(db()).ofBinome(anaClaire).value();
        ASSERT_EQ(objectives.size(), 1);
        for (ObjectiveReview& r : mid.reviews) {
            r.newLevel = 2;
            r.status = ObjectiveStatus::InProgress;
        }
        ASSERT_TRUE(debriefs.record(mid).ok());
        // Then HR records her at 3: her latest level, whatever the dates.
        const QList<Participant> people = ParticipantService(db()).list().value();
        for (Participant p : people) {
            if (p.id != claire)
                continue;
            p.skills = {{u"genai"_s, 3, 4, 3}};
            ASSERT_TRUE(ParticipantService(db()).save(p).ok());
        }
    }

    qint64 add(Role role, const QString& first, const QString& last,
               QList<SkillAssessment> skills) {
        Participant p;
        p.role = role;
        p.firstName = first;
        p.lastName = last;
        p.email = last.toLower().replace(u"è"_s, u"e"_s) + u"@example.org"_s;
        p.department = role == Role::Junior ? u"Digital"_s : u"Achats"_s;
        p.site = u"Paris"_s;
        p.jobTitle = u"Chargé(e)"_s;
        p.languages = {u"fr"_s, u"en"_s};
        p.skills = std::move(skills);
        const auto id = ParticipantService(db()).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        EXPECT_TRUE(ProgramService(db()).enrol(programId, {*id}).ok());
        return *id;
    }

    Session session(qint64 binome, const QDate& date, int minutes) {
        Session s;
        s.binomeId = binome;
        s.date = date;
        s.minutes = minutes;
        s.mode = SessionMode::Video;
        return s;
    }

    qint64 skillId(const QString& code) {
        const QList<Skill> skills = SkillCatalogService(db()).list().value();
        for (const Skill& s : skills)
            if (s.code == code)
                return s.id;
        return 0;
    }

    QString skillName(const QString& code) {
        const QList<Skill> skills = SkillCatalogService(db()).list().value();
        for (const Skill& s : skills)
            if (s.code == code)
                return s.displayName();
        return {};
    }

    /// The row whose first cell is `first` (and second `second` when given).
    static QStringList rowOf(const SpreadsheetTable& table, const QString& first,
                             const QString& second = {}) {
        for (const QStringList& row : table.rows)
            if (row.value(0) == first && (second.isEmpty() || row.value(1) == second))
                return row;
        return {};
    }

    qint64 programId = 0;
    qint64 ana = 0, bob = 0, claire = 0, denis = 0;
    qint64 anaClaire = 0, bobDenis = 0;
};

/// Sets the default locale for one test, then puts the tests' own back.
class LocaleScope {
public:
    explicit LocaleScope(const QLocale& locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};

} // namespace

TEST_F(TableExportTest, BinomesTableHoldsTheFollowUpFiguresWithIsoDatesAndWordedFlags) {
    const auto table = TableExportService(db()).binomes(programId, QDate(2020, 7, 1));
    ASSERT_TRUE(table.ok()) << table.error().toStdString();
    EXPECT_EQ(table->header,
              (QStringList{u"Junior (mentor)"_s, u"Senior (mentee)"_s, u"Status"_s, u"Start"_s,
                           u"End"_s, u"Sessions held"_s, u"Hours"_s, u"Last session"_s,
                           u"Next session"_s, u"Objectives achieved"_s,
                           u"Objectives (not dropped)"_s, u"Average level gain"_s, u"Flags"_s}));
    ASSERT_EQ(table->rows.size(), 2);
    const QStringList first = rowOf(*table, u"Ana Martin"_s);
    EXPECT_EQ(first,
              (QStringList{u"Ana Martin"_s, u"Claire Lefèvre"_s, u"Active"_s, u"2020-01-06"_s,
                           QString(), u"2"_s, u"2.25"_s, u"2020-02-03"_s, QString(), u"0"_s, u"1"_s,
                           u"3.00"_s, u"At risk, Objective overdue, Debrief due"_s}));
    const QStringList second = rowOf(*table, u"=Bob Durand"_s);
    ASSERT_FALSE(second.isEmpty());
    EXPECT_EQ(second[5], u"0"_s);
    EXPECT_EQ(second[6], u"0.00"_s);

    // In French, hours take the decimal comma that French Excel reads as a number.
    const LocaleScope french(QLocale(QLocale::French, QLocale::France));
    const auto inFrench = TableExportService(db()).binomes(programId, QDate(2020, 7, 1));
    ASSERT_TRUE(inFrench.ok());
    EXPECT_EQ(rowOf(*inFrench, u"Ana Martin"_s).value(6), u"2,25"_s);
    EXPECT_EQ(rowOf(*inFrench, u"Ana Martin"_s).value(11), u"3,00"_s);
}

TEST_F(TableExportTest, SessionsTableListsEachBinomesSessionsOldestFirstWithSkillsByName) {
    const auto table = TableExportService(db()).sessions(programId);
    ASSERT_TRUE(table.ok()) << table.error().toStdString();
    EXPECT_EQ(table->header,
              (QStringList{u"Junior (mentor)"_s, u"Senior (mentee)"_s, u"Date"_s,
                           u"Held or planned"_s, u"Minutes"_s, u"Mode"_s, u"Skills"_s, u"Notes"_s,
                           u"Next steps"_s, u"Mentee rating"_s, u"Mentor rating"_s}));
    ASSERT_EQ(table->rows.size(), 3);
    EXPECT_EQ(table->rows[0], (QStringList{u"Ana Martin"_s, u"Claire Lefèvre"_s, u"2020-01-20"_s,
                                           u"Held"_s, u"90"_s, u"Video"_s, QString(), QString(),
                                           QString(), QString(), QString()}));
    EXPECT_EQ(table->rows[1], (QStringList{u"Ana Martin"_s, u"Claire Lefèvre"_s, u"2020-02-03"_s,
                                           u"Held"_s, u"45"_s, u"Video"_s, skillName(u"genai"_s),
                                           u"Deuxième séance;\nprompts \"avancés\""_s,
                                           u"=cmd|' /C calc'!A0"_s, u"4"_s, u"5"_s}));
    EXPECT_EQ(table->rows[2].mid(2, 4),
              (QStringList{u"2020-06-15"_s, u"Planned"_s, u"60"_s, u"Phone"_s}));
}

TEST_F(TableExportTest, ObjectivesTableGivesTheLearnersCurrentLevel) {
    const auto table = TableExportService(db()).objectives(programId);
    ASSERT_TRUE(table.ok()) << table.error().toStdString();
    EXPECT_EQ(table->header,
              (QStringList{u"Junior (mentor)"_s, u"Senior (mentee)"_s, u"Learner"_s, u"Skill"_s,
                           u"Starting level"_s, u"Target level"_s, u"Current level"_s, u"Due"_s,
                           u"Status"_s, u"Description"_s}));
    ASSERT_EQ(table->rows.size(), 2); // one suggested objective per binôme
    const QStringList claires = rowOf(*table, u"Ana Martin"_s);
    ASSERT_EQ(claires.size(), 10);
    EXPECT_EQ(claires[1], u"Claire Lefèvre"_s);
    EXPECT_EQ(claires[2], u"Senior (mentee)"_s);
    EXPECT_EQ(claires[3], skillName(u"genai"_s));
    EXPECT_EQ(claires.mid(4, 5),
              (QStringList{u"0"_s, u"4"_s, u"3"_s, u"2020-06-26"_s, u"In progress"_s}));
    const QStringList denis = rowOf(*table, u"=Bob Durand"_s);
    ASSERT_EQ(denis.size(), 10);
    EXPECT_EQ(denis[3], skillName(u"linkedin"_s));
    EXPECT_EQ(denis.mid(4, 3), (QStringList{u"1"_s, u"4"_s, u"1"_s}));
}

TEST_F(TableExportTest, ParticipantsTableHasTheParticipantsPageColumns) {
    const auto table = TableExportService(db()).participants();
    ASSERT_TRUE(table.ok()) << table.error().toStdString();
    EXPECT_EQ(table->header,
              (QStringList{u"Name"_s, u"Role"_s, u"Department"_s, u"Site"_s, u"Skills and gaps"_s,
                           u"E-mail"_s, u"Job title"_s, u"Languages"_s, u"Status"_s}));
    ASSERT_EQ(table->rows.size(), 4);
    const QStringList claires = rowOf(*table, u"Claire Lefèvre"_s);
    // Claire's genai level is 3 since HR's edit: her gap is 3 -> 4.
    EXPECT_EQ(claires, (QStringList{u"Claire Lefèvre"_s, u"Senior (mentee)"_s, u"Achats"_s,
                                    u"Paris"_s, u"genai 3→4"_s, u"lefevre@example.org"_s,
                                    u"Chargé(e)"_s, u"fr, en"_s, u"Active"_s}));
    EXPECT_EQ(rowOf(*table, u"Ana Martin"_s).value(4), u"genai 5"_s);
}

TEST_F(TableExportTest, EveryTableWrittenReadsBackInPythonCellForCell) {
    const TableExportService service(db());
    for (const SpreadsheetKind kind : {SpreadsheetKind::Participants, SpreadsheetKind::Binomes,
                                       SpreadsheetKind::Sessions, SpreadsheetKind::Objectives}) {
        const QString path = file(u"table-%1.csv"_s.arg(static_cast<int>(kind)));
        const auto table = service.table(kind, programId, QDate(2020, 7, 1));
        ASSERT_TRUE(table.ok()) << table.error().toStdString();
        const auto written = service.exportTable(kind, programId, path, QDate(2020, 7, 1));
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
        EXPECT_EQ(*written, table->rows.size());
        const QList<QStringList> cells = pythonCells(path);
        EXPECT_EQ(cells, expectedCells(*table)) << show(cells);
        EXPECT_TRUE(ownerOnly(path)) << path.toStdString();
    }
    // The hostile name and next step reach the file inert.
    const QList<QStringList> binomes = pythonCells(file(u"table-1.csv"_s));
    EXPECT_TRUE(std::any_of(binomes.begin(), binomes.end(), [](const QStringList& row) {
        return row.value(0) == u"'=Bob Durand"_s;
    }));
    const QList<QStringList> sessions = pythonCells(file(u"table-2.csv"_s));
    ASSERT_GE(sessions.size(), 3);
    EXPECT_EQ(sessions[2][8], u"'=cmd|' /C calc'!A0"_s);
}
