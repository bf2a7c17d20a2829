// binome-cli after pairing, run as a user runs it: binomes, sessions, export program and
// export calendar on a real database file prepared with the services.
#include "TestConfig.h"

#include "binome/services/BinomeService.h"
#include "binome/services/DebriefService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/storage/Database.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#ifdef BINOME_CLI_PATH

using namespace binome;
using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

const QString ProgramName = u"Cohorte 2020"_s;

/// Two binômes confirmed on 2020-01-06 in a program of the first half of 2020: whatever the day
/// the tests run, that program is over, so its flags do not change with the date.
class CliFollowUpTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = Database::open(db());
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        const Database& database = *opened.value();
        Program program;
        program.name = ProgramName;
        program.startDate = QDate(2020, 1, 6);
        program.endDate = QDate(2020, 6, 26);
        program.cadenceDays = 14;
        programId = ProgramService(database).save(program).value();
        add(database, Role::Junior, u"Ana"_s, u"Martin"_s, u"Finance"_s, {{u"genai"_s, 5, {}, {}}});
        add(database, Role::Junior, u"Bob"_s, u"Durand"_s, u"Finance"_s,
            {{u"linkedin"_s, 4, {}, {}}});
        const qint64 claire = add(database, Role::Senior, u"Claire"_s, u"Lefèvre"_s, u"Achats"_s,
                                  {{u"genai"_s, 0, 4, 3}});
        add(database, Role::Senior, u"Denis"_s, u"Moreau"_s, u"Achats"_s,
            {{u"linkedin"_s, 1, 4, 2}});
        PairingService pairing(database);
        const auto proposal = pairing.propose(programId);
        ASSERT_TRUE(proposal.ok()) << proposal.error().toStdString();
        ASSERT_EQ(proposal->binomes.size(), 2);
        ASSERT_TRUE(pairing.confirm(*proposal, u"test"_s, QDate(2020, 1, 6)).ok());
        const auto binomes = BinomeService(database).ofProgram(programId);
        ASSERT_TRUE(binomes.ok());
        ASSERT_EQ(binomes->size(), 2);
        for (const Binome& b : *binomes)
            (b.seniorId == claire ? anaClaire : bobDenis) = b.id;
        ASSERT_NE(anaClaire, 0);
        ASSERT_NE(bobDenis, 0);
    }

    qint64 add(const Database& database, Role role, const QString& first, const QString& last,
               const QString& department, QList<SkillAssessment> skills) {
        Participant p;
        p.role = role;
        p.firstName = first;
        p.lastName = last;
        p.email = first.toLower() + u"@example.org"_s;
        p.department = department;
        p.site = u"Paris"_s;
        p.languages = {u"fr"_s};
        p.skills = std::move(skills);
        const auto id = ParticipantService(database).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        if (!id.ok())
            return 0;
        EXPECT_TRUE(ProgramService(database).enrol(programId, {*id}).ok());
        return *id;
    }

    CliRun cli(QStringList arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        process.setProcessEnvironment(env);
        arguments.prepend(db());
        arguments.prepend(u"--db"_s);
        process.start(QStringLiteral(BINOME_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    json cliJson(const QStringList& arguments) {
        const CliRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return json::parse(run.out.toStdString(), nullptr, false);
    }

    /// Logs a session through the command line and returns its id.
    qint64 addSession(qint64 binome, QStringList options) {
        options.prepend(QString::number(binome));
        options.prepend(u"--binome"_s);
        options.prepend(u"add"_s);
        options.prepend(u"sessions"_s);
        const CliRun run = cli(options);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        bool ok = false;
        const qint64 id = run.out.trimmed().toLongLong(&ok);
        EXPECT_TRUE(ok) << run.out.toStdString();
        return id;
    }

    /// What the database holds about the program's follow-up, to show that nothing changed.
    QString snapshot() {
        auto opened = Database::open(db());
        EXPECT_TRUE(opened.ok());
        QSqlQuery query(opened.value()->connection());
        QStringList parts;
        for (const QString& sql :
             {u"SELECT count(*) FROM mentoring_session"_s, u"SELECT count(*) FROM session_skill"_s,
              u"SELECT count(*) FROM objective"_s, u"SELECT count(*) FROM debrief"_s,
              u"SELECT group_concat(id || ':' || status || ':' || coalesce(end_date, '') || ':' "
              u"|| coalesce(end_reason, '') || ':' || end_note, ',') FROM binome"_s}) {
            EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
            EXPECT_TRUE(query.next());
            parts << query.value(0).toString();
        }
        return parts.join(u" | "_s);
    }

    QString db() const { return m_dir.filePath(u"followup.sqlite"_s); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    qint64 programId = 0;
    qint64 anaClaire = 0;
    qint64 bobDenis = 0;
};

const json* binomeOf(const json& list, qint64 id) {
    for (const json& item : list)
        if (item.at("id").get<qint64>() == id)
            return &item;
    return nullptr;
}

bool hasToken(const json& array, const char* token) {
    for (const json& item : array)
        if (item.get<std::string>() == token)
            return true;
    return false;
}

QList<QByteArray> physicalLines(const QByteArray& bytes) {
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf("\r\n", start);
        EXPECT_NE(end, -1) << "the file does not end with CRLF";
        if (end == -1)
            break;
        lines << bytes.mid(start, end - start);
        start = end + 2;
    }
    return lines;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

} // namespace

TEST_F(CliFollowUpTest, SessionsAddPrintsTheIdAndListShowsIt) {
    const qint64 id = addSession(
        anaClaire, {u"--date"_s, u"2020-01-20"_s, u"--minutes"_s, u"90"_s, u"--mode"_s, u"video"_s,
                    u"--skills"_s, u"genai,LinkedIn"_s, u"--notes"_s, u"Prompts, first steps"_s,
                    u"--next-steps"_s, u"Try it on a real mail"_s, u"--mentee-rating"_s, u"4"_s,
                    u"--mentor-rating"_s, u"5"_s});
    ASSERT_GT(id, 0);

    const json listed =
        cliJson({u"sessions"_s, u"list"_s, u"--binome"_s, QString::number(anaClaire), u"--json"_s});
    ASSERT_TRUE(listed.is_object()) << listed.dump();
    ASSERT_EQ(listed.at("sessions").size(), 1u);
    const json& s = listed.at("sessions").at(0);
    EXPECT_EQ(s.at("id").get<qint64>(), id);
    EXPECT_EQ(s.at("date"), "2020-01-20");
    EXPECT_EQ(s.at("planned"), false);
    EXPECT_EQ(s.at("minutes"), 90);
    EXPECT_EQ(s.at("mode"), "video");
    EXPECT_TRUE(hasToken(s.at("skills"), "genai"));
    EXPECT_TRUE(hasToken(s.at("skills"), "linkedin"));
    EXPECT_EQ(s.at("notes"), "Prompts, first steps");
    EXPECT_EQ(s.at("next_steps"), "Try it on a real mail");
    EXPECT_EQ(s.at("mentee_rating"), 4);
    EXPECT_EQ(s.at("mentor_rating"), 5);

    const CliRun text = cli({u"sessions"_s, u"list"_s, u"--binome"_s, QString::number(anaClaire)});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(u"2020-01-20"_s)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(u"Video"_s));
    EXPECT_TRUE(text.out.contains(u"4/5"_s));

    const CliRun empty = cli({u"sessions"_s, u"list"_s, u"--binome"_s, QString::number(bobDenis)});
    EXPECT_EQ(empty.exitCode, 0);
    EXPECT_TRUE(empty.out.contains(u"No session"_s)) << empty.out.toStdString();
}

TEST_F(CliFollowUpTest, BinomesListGivesFiguresAndFlags) {
    addSession(anaClaire, {u"--date"_s, u"2020-01-20"_s, u"--minutes"_s, u"90"_s, u"--mode"_s,
                           u"in-person"_s, u"--mentee-rating"_s, u"2"_s});
    addSession(anaClaire,
               {u"--date"_s, u"2020-02-03"_s, u"--minutes"_s, u"45"_s, u"--mode"_s, u"phone"_s});
    addSession(anaClaire, {u"--date"_s, u"2020-02-17"_s, u"--minutes"_s, u"60"_s, u"--mode"_s,
                           u"video"_s, u"--planned"_s});

    const json listed =
        cliJson({u"binomes"_s, u"list"_s, u"--program"_s, ProgramName, u"--json"_s});
    ASSERT_TRUE(listed.contains("binomes")) << listed.dump();
    ASSERT_EQ(listed.at("binomes").size(), 2u);
    const json* a = binomeOf(listed.at("binomes"), anaClaire);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->at("junior"), "Ana Martin");
    EXPECT_EQ(a->at("senior"), "Claire Lefèvre");
    EXPECT_EQ(a->at("junior_email"), "ana@example.org");
    EXPECT_EQ(a->at("senior_email"), "claire@example.org");
    EXPECT_EQ(a->at("status"), "active");
    EXPECT_EQ(a->at("start"), "2020-01-06");
    EXPECT_TRUE(a->at("end").is_null());
    EXPECT_EQ(a->at("sessions_count"), 2);
    EXPECT_DOUBLE_EQ(a->at("hours").get<double>(), 2.25);
    EXPECT_EQ(a->at("last_session"), "2020-02-03");
    EXPECT_EQ(a->at("objectives_achieved"), 0);
    EXPECT_GE(a->at("objectives_total").get<int>(), 1); // suggested at confirmation
    // Over since June 2020: no session for months, its objectives overdue, its debriefs due,
    // and the latest rated session rated 2.
    const json& flags = a->at("flags");
    EXPECT_TRUE(hasToken(flags, "at-risk")) << flags.dump();
    EXPECT_TRUE(hasToken(flags, "objective-overdue")) << flags.dump();
    EXPECT_TRUE(hasToken(flags, "debrief-due")) << flags.dump();
    EXPECT_TRUE(hasToken(flags, "low-rating")) << flags.dump();
    const json* b = binomeOf(listed.at("binomes"), bobDenis);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->at("sessions_count"), 0);
    EXPECT_EQ(b->at("hours").get<double>(), 0.0);
    EXPECT_TRUE(b->at("last_session").is_null());
    EXPECT_FALSE(hasToken(b->at("flags"), "low-rating"));

    // The table: one header, a rule, a line per binôme, columns aligned.
    const CliRun text = cli({u"binomes"_s, u"list"_s, u"--program"_s, ProgramName});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << text.out.toStdString();
    const qsizetype juniorColumn = lines.at(0).indexOf(u"Junior"_s);
    const qsizetype seniorColumn = lines.at(0).indexOf(u"Senior"_s);
    const qsizetype flagsColumn = lines.at(0).indexOf(u"Flags"_s);
    ASSERT_GT(juniorColumn, 0);
    for (const QString& line : lines.mid(2)) {
        const bool ana = line.contains(u"Ana Martin"_s);
        EXPECT_EQ(line.indexOf(ana ? u"Ana Martin"_s : u"Bob Durand"_s), juniorColumn)
            << line.toStdString();
        EXPECT_EQ(line.indexOf(ana ? u"Claire Lefèvre"_s : u"Denis Moreau"_s), seniorColumn)
            << line.toStdString();
    }
    const QString anaLine = lines.at(2).contains(u"Ana"_s) ? lines.at(2) : lines.at(3);
    EXPECT_TRUE(anaLine.mid(flagsColumn).contains(u"Low rating"_s)) << anaLine.toStdString();
    EXPECT_TRUE(anaLine.contains(u"2.3"_s) || anaLine.contains(u"2.2"_s)) << anaLine.toStdString();
}

TEST_F(CliFollowUpTest, BinomesEndKeepsTheBinomeAsEnded) {
    CliRun run =
        cli({u"binomes"_s, u"end"_s, QString::number(bobDenis), u"--reason"_s, u"mismatch"_s,
             u"--date"_s, u"2020-03-02"_s, u"--note"_s, u"Never found a slot"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Bob Durand / Denis Moreau"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"2020-03-02"_s));

    const json listed =
        cliJson({u"binomes"_s, u"list"_s, u"--program"_s, ProgramName, u"--json"_s});
    ASSERT_EQ(listed.at("binomes").size(), 2u);
    const json* b = binomeOf(listed.at("binomes"), bobDenis);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->at("status"), "ended");
    EXPECT_EQ(b->at("end"), "2020-03-02");
    EXPECT_EQ(b->at("end_reason"), "mismatch");
    EXPECT_TRUE(b->at("flags").empty()) << b->at("flags").dump();

    // Ending it again is refused, and so is a session for it.
    const QString before = snapshot();
    run = cli({u"binomes"_s, u"end"_s, QString::number(bobDenis), u"--reason"_s, u"completed"_s,
               u"--date"_s, u"2020-04-01"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
    run = cli({u"sessions"_s, u"add"_s, u"--binome"_s, QString::number(bobDenis), u"--date"_s,
               u"2020-03-10"_s, u"--minutes"_s, u"30"_s, u"--mode"_s, u"phone"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
    EXPECT_EQ(snapshot(), before);
}

TEST_F(CliFollowUpTest, BadArgumentsExitTwoWithOneLineAndChangeNothing) {
    addSession(anaClaire,
               {u"--date"_s, u"2020-01-20"_s, u"--minutes"_s, u"60"_s, u"--mode"_s, u"video"_s});
    const QString a = QString::number(anaClaire);
    // A good "sessions add" with one option changed: a new value, Drop to leave it out, Flag
    // for an option without value.
    const QString Drop = u"<drop>"_s;
    const QString Flag = u"<flag>"_s;
    auto session = [&](const QStringList& changes) {
        QStringList args{u"sessions"_s,   u"add"_s,       u"--binome"_s, a,           u"--date"_s,
                         u"2020-01-27"_s, u"--minutes"_s, u"60"_s,       u"--mode"_s, u"video"_s};
        for (qsizetype i = 0; i + 1 < changes.size(); i += 2) {
            const QString& option = changes.at(i);
            const QString& value = changes.at(i + 1);
            const qsizetype at = args.indexOf(option);
            if (value == Drop && at >= 0)
                args.remove(at, 2);
            else if (value == Flag)
                args << option;
            else if (at >= 0)
                args[at + 1] = value;
            else
                args << option << value;
        }
        return args;
    };
    const QList<QStringList> cases{
        session({u"--binome"_s, u"999"_s}),
        session({u"--binome"_s, u"abc"_s}),
        session({u"--date"_s, u"2026-02-30"_s}),
        session({u"--date"_s, u"27/01/2020"_s}),
        session({u"--minutes"_s, u"0"_s}),
        session({u"--minutes"_s, u"-5"_s}),
        session({u"--minutes"_s, u"1441"_s}),
        session({u"--minutes"_s, u"an hour"_s}),
        session({u"--mode"_s, u"carrier-pigeon"_s}),
        session({u"--mentee-rating"_s, u"7"_s}),
        session({u"--mentor-rating"_s, u"0"_s}),
        session({u"--skills"_s, u"genai,juggling"_s}),
        session({u"--planned"_s, Flag, u"--mentee-rating"_s, u"4"_s}),
        session({u"--date"_s, Drop}),
        session({u"--minutes"_s, Drop}),
        session({u"--mode"_s, Drop}),
        session({u"--binome"_s, Drop}),
        {u"sessions"_s, u"list"_s, u"--binome"_s, u"999"_s},
        {u"sessions"_s, u"list"_s},
        {u"sessions"_s, u"frobnicate"_s},
        {u"binomes"_s, u"list"_s, u"--program"_s, u"No such program"_s},
        {u"binomes"_s, u"list"_s},
        {u"binomes"_s, u"end"_s, a, u"--reason"_s, u"bored"_s},
        {u"binomes"_s, u"end"_s, a},
        {u"binomes"_s, u"end"_s, a, u"--reason"_s, u"other"_s},
        {u"binomes"_s, u"end"_s, a, u"--reason"_s, u"completed"_s, u"--date"_s, u"2020-02-30"_s},
        {u"binomes"_s, u"end"_s, a, u"--reason"_s, u"completed"_s, u"--date"_s, u"2019-12-31"_s},
        {u"binomes"_s, u"end"_s, u"999"_s, u"--reason"_s, u"completed"_s},
        {u"binomes"_s, u"end"_s, u"--reason"_s, u"completed"_s},
        {u"binomes"_s, u"pause"_s, a},
        {u"export"_s, u"program"_s, u"No such program"_s, path(u"out.json"_s)},
        {u"export"_s, u"program"_s, ProgramName},
        {u"export"_s, u"calendar"_s, u"--program"_s, u"No such program"_s, path(u"out.ics"_s)},
        {u"export"_s, u"calendar"_s, path(u"out.ics"_s)},
        {u"export"_s, u"calendar"_s, u"--binome"_s, u"999"_s, path(u"out.ics"_s)},
        {u"export"_s, u"calendar"_s, u"--binome"_s, u"x"_s, path(u"out.ics"_s)},
    };
    const QString before = snapshot();
    for (const QStringList& args : cases) {
        const CliRun run = cli(args);
        const std::string shown = args.join(u' ').toStdString();
        EXPECT_EQ(run.exitCode, 2) << shown << "\n" << run.err.toStdString();
        EXPECT_EQ(run.err.count(u'\n'), 1) << shown << "\n" << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith(u"binome-cli: "_s)) << shown << "\n"
                                                           << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << shown << "\n" << run.out.toStdString();
    }
    EXPECT_EQ(snapshot(), before);
    EXPECT_FALSE(QFile::exists(path(u"out.json"_s)));
    EXPECT_FALSE(QFile::exists(path(u"out.ics"_s)));
}

TEST_F(CliFollowUpTest, ExportProgramCarriesObjectivesSessionsAndDebriefs) {
    const qint64 held =
        addSession(anaClaire, {u"--date"_s, u"2020-01-20"_s, u"--minutes"_s, u"60"_s, u"--mode"_s,
                               u"video"_s, u"--skills"_s, u"genai"_s, u"--notes"_s,
                               u"Café, « IA » et \"ChatGPT\"\nC:\\temp\tfin 😀"_s,
                               u"--mentee-rating"_s, u"5"_s});
    const qint64 planned =
        addSession(anaClaire, {u"--date"_s, u"2020-02-03"_s, u"--minutes"_s, u"45"_s, u"--mode"_s,
                               u"phone"_s, u"--planned"_s});
    {
        auto opened = Database::open(db());
        ASSERT_TRUE(opened.ok());
        const DebriefService debriefs(*opened.value());
        auto debrief = debriefs.prepare(anaClaire, DebriefKind::Kickoff, QDate(2020, 1, 13));
        ASSERT_TRUE(debrief.ok()) << debrief.error().toStdString();
        Debrief kickoff = std::move(debrief).value();
        kickoff.menteeSatisfaction = 4;
        kickoff.comments = u"Off to a good start"_s;
        ASSERT_TRUE(debriefs.record(kickoff).ok());
    }
    ASSERT_EQ(cli({u"binomes"_s, u"end"_s, QString::number(bobDenis), u"--reason"_s, u"left"_s,
                   u"--date"_s, u"2020-02-28"_s})
                  .exitCode,
              0);

    const QString file = path(u"cohorte.json"_s);
    const CliRun run = cli({u"export"_s, u"program"_s, ProgramName, file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"2 binôme"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"2 session"_s)) << run.out.toStdString();

    const std::string text = readFile(file).toStdString();
    const json doc = json::parse(text, nullptr, false);
    ASSERT_TRUE(doc.is_object());
    // Laid out as any JSON tool indents it: two spaces, keys in a fixed order.
    EXPECT_EQ(nlohmann::ordered_json::parse(text).dump(2) + '\n', text);
    EXPECT_EQ(doc.at("name"), ProgramName.toStdString());
    EXPECT_EQ(doc.at("start"), "2020-01-06");
    EXPECT_EQ(doc.at("end"), "2020-06-26");
    EXPECT_EQ(doc.at("cadence_days"), 14);
    ASSERT_EQ(doc.at("binomes").size(), 2u);

    const json* a = binomeOf(doc.at("binomes"), anaClaire);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->at("junior"), "Ana Martin");
    EXPECT_EQ(a->at("junior_email"), "ana@example.org");
    EXPECT_EQ(a->at("senior"), "Claire Lefèvre");
    EXPECT_EQ(a->at("senior_email"), "claire@example.org");
    EXPECT_EQ(a->at("status"), "active");
    EXPECT_TRUE(a->at("flags").is_array());
    EXPECT_TRUE(hasToken(a->at("flags"), "objective-overdue"));
    ASSERT_FALSE(a->at("objectives").empty());
    EXPECT_EQ(a->at("objectives").at(0).at("skill"), "genai");
    EXPECT_EQ(a->at("objectives").at(0).at("learner"), "senior");
    EXPECT_EQ(a->at("objectives").at(0).at("due"), "2020-06-26");
    ASSERT_EQ(a->at("sessions").size(), 2u);
    bool sawHeld = false;
    bool sawPlanned = false;
    for (const json& s : a->at("sessions")) {
        if (s.at("id").get<qint64>() == held) {
            sawHeld = true;
            EXPECT_EQ(s.at("planned"), false);
            EXPECT_EQ(s.at("skills"), json::array({"genai"}));
            EXPECT_EQ(s.at("notes"), "Café, « IA » et \"ChatGPT\"\nC:\\temp\tfin 😀");
            EXPECT_EQ(s.at("mentee_rating"), 5);
            EXPECT_TRUE(s.at("mentor_rating").is_null());
        } else if (s.at("id").get<qint64>() == planned) {
            sawPlanned = true;
            EXPECT_EQ(s.at("planned"), true);
            EXPECT_EQ(s.at("mode"), "phone");
            EXPECT_EQ(s.at("minutes"), 45);
        }
    }
    EXPECT_TRUE(sawHeld);
    EXPECT_TRUE(sawPlanned);
    ASSERT_EQ(a->at("debriefs").size(), 1u);
    EXPECT_EQ(a->at("debriefs").at(0).at("kind"), "kickoff");
    EXPECT_EQ(a->at("debriefs").at(0).at("date"), "2020-01-13");
    EXPECT_EQ(a->at("debriefs").at(0).at("mentee_satisfaction"), 4);
    EXPECT_EQ(a->at("debriefs").at(0).at("comments"), "Off to a good start");

    const json* b = binomeOf(doc.at("binomes"), bobDenis);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->at("status"), "ended");
    EXPECT_EQ(b->at("end"), "2020-02-28");
    EXPECT_EQ(b->at("end_reason"), "left");
    EXPECT_TRUE(b->at("sessions").empty());
}

TEST_F(CliFollowUpTest, ExportCalendarWritesOneEventPerPlannedSession) {
    const QString a = QString::number(anaClaire);
    addSession(anaClaire,
               {u"--date"_s, u"2020-01-20"_s, u"--minutes"_s, u"60"_s, u"--mode"_s, u"video"_s});
    const qint64 first = addSession(
        anaClaire, {u"--date"_s, u"2020-02-03"_s, u"--minutes"_s, u"45"_s, u"--mode"_s, u"video"_s,
                    u"--planned"_s, u"--skills"_s, u"genai"_s, u"--notes"_s,
                    u"Rédiger un courriel avec l'IA générative; relire, corriger, puis envoyer "
                    u"à l'équipe \\ sans oublier la pièce jointe"_s});
    const qint64 second =
        addSession(anaClaire, {u"--date"_s, u"2020-02-17"_s, u"--minutes"_s, u"90"_s, u"--mode"_s,
                               u"in-person"_s, u"--planned"_s});
    const qint64 other = addSession(bobDenis, {u"--date"_s, u"2020-02-10"_s, u"--minutes"_s,
                                               u"30"_s, u"--mode"_s, u"phone"_s, u"--planned"_s});

    const QString file = path(u"cohorte.ics"_s);
    CliRun run = cli({u"export"_s, u"calendar"_s, u"--program"_s, ProgramName, file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"3 planned session"_s)) << run.out.toStdString();
    const QByteArray ics = readFile(file);
    const QList<QByteArray> physical = physicalLines(ics);
    for (const QByteArray& line : physical) {
        EXPECT_LE(line.size(), 75) << line.toStdString();
        EXPECT_FALSE(line.contains('\n') || line.contains('\r')) << line.toStdString();
    }
    QByteArray unfoldedBytes = ics;
    unfoldedBytes.replace("\r\n ", "");
    const QList<QByteArray> lines = physicalLines(unfoldedBytes);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.first(), "BEGIN:VCALENDAR");
    EXPECT_EQ(lines.last(), "END:VCALENDAR");
    EXPECT_TRUE(lines.contains("VERSION:2.0"));
    EXPECT_EQ(lines.count("BEGIN:VEVENT"), 3);
    for (const qint64 id : {first, second, other})
        EXPECT_TRUE(lines.contains("UID:session-" + QByteArray::number(id) + "@binome")) << id;
    EXPECT_TRUE(lines.contains("DTSTART:20200203T100000"));
    EXPECT_TRUE(lines.contains("DURATION:PT45M"));
    EXPECT_TRUE(lines.contains("DTSTART:20200217T100000"));
    EXPECT_TRUE(lines.contains("DURATION:PT90M"));
    EXPECT_TRUE(lines.contains("SUMMARY:" + u"Binôme: Ana Martin / Claire Lefèvre"_s.toUtf8()));
    EXPECT_TRUE(lines.contains("SUMMARY:" + u"Binôme: Bob Durand / Denis Moreau"_s.toUtf8()));
    bool described = false;
    for (const QByteArray& line : lines) {
        if (line.startsWith("DTSTAMP:")) {
            EXPECT_EQ(line.size(), 24) << line.toStdString(); // DTSTAMP:yyyymmddThhmmssZ
            EXPECT_TRUE(line.endsWith('Z'));
        }
        if (line.startsWith("DESCRIPTION:Mode: Video\\nSkills: Generative AI\\nNotes: ")) {
            described = true;
            EXPECT_TRUE(line.contains(u"l'IA générative\\; relire\\, corriger"_s.toUtf8()))
                << line.toStdString();
            EXPECT_TRUE(line.contains(u"équipe \\\\ sans"_s.toUtf8())) << line.toStdString();
        }
    }
    EXPECT_TRUE(described);

    // One binôme only; the same UIDs again, so a calendar updates rather than duplicates.
    const QString one = path(u"ana.ics"_s);
    run = cli({u"export"_s, u"calendar"_s, u"--binome"_s, a, one});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QByteArray oneBytes = readFile(one);
    oneBytes.replace("\r\n ", "");
    const QList<QByteArray> oneLines = physicalLines(oneBytes);
    EXPECT_EQ(oneLines.count("BEGIN:VEVENT"), 2);
    EXPECT_TRUE(oneLines.contains("UID:session-" + QByteArray::number(first) + "@binome"));
    EXPECT_FALSE(oneLines.contains("UID:session-" + QByteArray::number(other) + "@binome"));

    // An ended binôme meets no more: its planned session leaves the program's calendar.
    ASSERT_EQ(cli({u"binomes"_s, u"end"_s, QString::number(bobDenis), u"--reason"_s, u"completed"_s,
                   u"--date"_s, u"2020-02-07"_s})
                  .exitCode,
              0);
    run = cli({u"export"_s, u"calendar"_s, u"--program"_s, ProgramName, file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(readFile(file).count("BEGIN:VEVENT"), 2);
    // --program and --binome together must agree.
    run = cli({u"export"_s, u"calendar"_s, u"--program"_s, ProgramName, u"--binome"_s, a, one});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
}

TEST_F(CliFollowUpTest, EveryNewCommandHasHelp) {
    const QList<QStringList> commands{
        {u"binomes"_s}, {u"sessions"_s}, {u"export"_s, u"program"_s}, {u"export"_s, u"calendar"_s}};
    for (QStringList command : commands) {
        const QString usage = u"binome-cli "_s + command.join(u' ');
        command << u"--help"_s;
        const CliRun run = cli(command);
        EXPECT_EQ(run.exitCode, 0) << usage.toStdString();
        EXPECT_TRUE(run.out.contains(usage)) << run.out.toStdString();
    }
    const CliRun top = cli({u"--help"_s});
    EXPECT_TRUE(top.out.contains(u"binomes"_s));
    EXPECT_TRUE(top.out.contains(u"sessions"_s));
}

#endif

TEST_F(CliFollowUpTest, DebriefsAddRecordsOneAndRefusesWhatIsWrong) {
    const QString before = snapshot();
    // A kind that does not exist, a level on a skill without an objective: refused, one line.
    CliRun run = cli({u"debriefs"_s, u"add"_s, u"--binome"_s, QString::number(anaClaire),
                      u"--kind"_s, u"halfway"_s, u"--date"_s, u"2020-03-02"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
    run = cli({u"debriefs"_s, u"add"_s, u"--binome"_s, QString::number(anaClaire), u"--kind"_s,
               u"mid-term"_s, u"--date"_s, u"2020-03-02"_s, u"--level"_s, u"linkedin=3"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"no open objective"_s)) << run.err.toStdString();
    EXPECT_EQ(snapshot(), before);

    run = cli({u"debriefs"_s, u"add"_s, u"--binome"_s, QString::number(anaClaire), u"--kind"_s,
               u"mid-term"_s, u"--date"_s, u"2020-03-02"_s, u"--comments"_s, u"On track"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    bool ok = false;
    const qint64 id = run.out.trimmed().toLongLong(&ok);
    EXPECT_TRUE(ok && id > 0) << run.out.toStdString();
    auto opened = Database::open(db());
    ASSERT_TRUE(opened.ok());
    QSqlQuery query(opened.value()->connection());
    ASSERT_TRUE(query.exec(u"SELECT binome_id, kind, debrief_date, comments FROM debrief WHERE "
                           "id = %1"_s.arg(id)) &&
                query.next());
    EXPECT_EQ(query.value(0).toLongLong(), anaClaire);
    EXPECT_EQ(query.value(1).toString(), u"mid-term"_s);
    EXPECT_EQ(query.value(2).toString(), u"2020-03-02"_s);
    EXPECT_EQ(query.value(3).toString(), u"On track"_s);
    query.finish();
}
