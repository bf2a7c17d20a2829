// The PDF reports (binôme, program) and their engine, read back as a reader would: pdftotext
// for the words, pdfinfo for the pages, pdftoppm for rendering each page.
#include "TempDatabase.h"

#include "binome/reports/BinomeReport.h"
#include "binome/reports/ProgramReport.h"
#include "binome/reports/ReportDocument.h"
#include "binome/services/BinomeService.h"
#include "binome/services/DebriefService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/ReportService.h"
#include "binome/services/ScaleDemo.h"
#include "binome/services/SessionService.h"
#include "binome/services/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString& path, int page = 0) {
    QStringList arguments{u"-layout"_s, u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    arguments << path << u"-"_s;
    QProcess process;
    process.start(u"pdftotext"_s, arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& path) {
    QProcess process;
    process.start(u"pdfinfo"_s, {path});
    EXPECT_TRUE(process.waitForFinished(60000));
    for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n'))
        if (line.startsWith(u"Pages:"))
            return line.mid(6).trimmed().toInt();
    return 0;
}

/// Renders every page; returns the number of PNGs written (0 if pdftoppm failed).
int renderedPages(const QString& path) {
    QTemporaryDir dir;
    QProcess process;
    process.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"30"_s, path, dir.filePath(u"page"_s)});
    EXPECT_TRUE(process.waitForFinished(120000));
    if (process.exitCode() != 0)
        return 0;
    return static_cast<int>(QDir(dir.path()).entryList({u"*.png"_s}, QDir::Files).size());
}

/// pdftotext -layout puts runs of spaces between words of a line: one space is enough to
/// compare.
QString squeezed(const QString& text) {
    return QString(text).replace(QRegularExpression(u"[ \t\u00A0\u202F]+"_s), u" "_s);
}

struct EnglishAfterwards {
    ~EnglishAfterwards() { installTranslations(*qApp, u"en"_s); }
};

const QString Hostile = u"<b>x</b> & \"q\" \u200F"_s;

/// One binôme confirmed on 2020-01-06 in a program of 2020 (over whatever the day the tests
/// run): a senior with a hostile first name, two objectives, three sessions (two held, one
/// planned), a kickoff and a mid-term debrief that re-assesses the first objective.
class BinomeReportTest : public test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        installTranslations(*qApp, u"en"_s);
        Program program;
        program.name = u"Cohorte 2020"_s;
        program.startDate = QDate(2020, 1, 6);
        program.endDate = QDate(2020, 6, 26);
        program.cadenceDays = 14;
        programId = ProgramService(db()).save(program).value();
        add(Role::Junior, u"Ana"_s, u"Martin"_s,
            {{u"genai"_s, 5, {}, {}}, {u"linkedin"_s, 4, {}, {}}});
        add(Role::Senior, Hostile, u"Lefèvre"_s, {{u"genai"_s, 0, 4, 3}, {u"linkedin"_s, 1, 4, 2}});
        PairingService pairing(db());
        const auto proposal = pairing.propose(programId);
        ASSERT_TRUE(proposal.ok()) << proposal.error().toStdString();
        ASSERT_EQ(proposal->binomes.size(), 1);
        ASSERT_TRUE(pairing.confirm(*proposal, u"test"_s, QDate(2020, 1, 6)).ok());
        binomeId = BinomeService(db()).ofProgram(programId).value().at(0).id;

        // The first objectives: those suggested at confirmation, else suggested now.
        const ObjectiveService objectives(db());
        if (objectives.ofBinome(binomeId).value().isEmpty()) {
            const QList<Objective> suggested = objectives.suggest(binomeId, 2).value();
            for (const Objective& objective : suggested)
                ASSERT_TRUE(objectives.save(objective).ok());
        }
        ASSERT_EQ(objectives.ofBinome(binomeId).value().size(), 2);

        const SessionService sessions(db());
        logSession(QDate(2020, 1, 13), 60, false, u"<i>Prompts</i> & co"_s, 4);
        logSession(QDate(2020, 1, 27), 90, false, u"LinkedIn profile"_s, 5);
        logSession(QDate(2020, 7, 1), 45, true, QString(), {});

        const DebriefService debriefs(db());
        Debrief kickoff =
            debriefs.prepare(binomeId, DebriefKind::Kickoff, QDate(2020, 1, 8)).value();
        kickoff.comments = u"Objectives agreed together."_s;
        kickoff.menteeSatisfaction = 4;
        kickoff.mentorSatisfaction = 5;
        ASSERT_TRUE(debriefs.record(kickoff).ok());
        Debrief midTerm =
            debriefs.prepare(binomeId, DebriefKind::MidTerm, QDate(2020, 3, 30)).value();
        midTerm.comments = u"Good pace; genai going well."_s;
        // The generative AI objective (the one that started at 0) reaches 3 and is achieved.
        for (ObjectiveReview& review : midTerm.reviews)
            if (objectives.find(review.objectiveId).value().startLevel == 0) {
                review.newLevel = 3;
                review.status = ObjectiveStatus::Achieved;
            }
        midTerm.menteeSatisfaction = 5;
        ASSERT_TRUE(debriefs.record(midTerm).ok());
    }

    qint64 add(Role role, const QString& first, const QString& last,
               QList<SkillAssessment> skills) {
        Participant p;
        p.role = role;
        p.firstName = first;
        p.lastName = last;
        p.email = last.toLower()
                      .normalized(QString::NormalizationForm_KD)
                      .remove(QRegularExpression(u"[^a-z]"_s)) +
                  u"@example.org"_s;
        p.department = role == Role::Junior ? u"Finance"_s : u"Achats"_s;
        p.site = u"Paris"_s;
        p.jobTitle = role == Role::Junior ? u"Analyste"_s : u"Acheteuse senior"_s;
        p.languages = {u"fr"_s};
        p.availability = HalfDays(0b11);
        p.skills = std::move(skills);
        const auto id = ParticipantService(db()).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        EXPECT_TRUE(ProgramService(db()).enrol(programId, {id.ok() ? *id : 0}).ok());
        return id.ok() ? *id : 0;
    }

    void logSession(const QDate& date, int minutes, bool planned, const QString& notes,
                    std::optional<int> rating) {
        Session session = SessionService(db()).defaults(binomeId, date).value();
        session.minutes = minutes;
        session.planned = planned;
        session.notes = notes;
        session.menteeRating = rating;
        const auto id = SessionService(db()).log(session);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
    }

    QString writeReport(const QString& name) {
        const auto data = ReportService(db()).binomeData(binomeId, QDate(2020, 4, 15));
        EXPECT_TRUE(data.ok()) << (data.ok() ? std::string() : data.error().toStdString());
        const QString out = file(name);
        const Status written = binomeReport(*data).writePdf(out);
        EXPECT_TRUE(written.ok()) << (written.ok() ? std::string() : written.error().toStdString());
        return out;
    }

    qint64 programId = 0;
    qint64 binomeId = 0;
};

} // namespace

TEST_F(BinomeReportTest, HoldsBothPeopleObjectivesSessionsAndDebriefs) {
    const QString pdf = writeReport(u"binome.pdf"_s);
    const QString text = squeezed(pdfText(pdf));
    // Both people, as typed: the hostile name is not interpreted as markup.
    EXPECT_TRUE(text.contains(Hostile.trimmed().left(8))) << text.toStdString();
    EXPECT_TRUE(text.contains(u"<b>x</b> & \"q\""_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Ana Martin"_s));
    EXPECT_TRUE(text.contains(u"martin@example.org"_s));
    EXPECT_TRUE(text.contains(u"Cohorte 2020"_s));
    // Objectives with starting, target and current level.
    EXPECT_TRUE(text.contains(u"Generative AI"_s));
    EXPECT_TRUE(text.contains(u"0/5 4/5 3/5"_s)) << text.toStdString();
    // Sessions and their notes, typed text as typed.
    EXPECT_TRUE(text.contains(u"<i>Prompts</i> & co"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(QLocale().toString(QDate(2020, 1, 27), QLocale::ShortFormat)));
    EXPECT_TRUE(text.contains(u"planned"_s));
    // Debriefs with comments and ratings.
    EXPECT_TRUE(text.contains(u"Objectives agreed together."_s));
    EXPECT_TRUE(text.contains(u"Good pace; genai going well."_s));
    EXPECT_TRUE(text.contains(u"Mid-term debrief"_s));
    // The chart of levels over time is titled.
    EXPECT_TRUE(text.contains(u"The learner's levels over time"_s));
    // Header and footer on each page.
    const int pages = pdfPages(pdf);
    ASSERT_GE(pages, 1);
    for (int page = 1; page <= pages; ++page) {
        const QString one = squeezed(pdfText(pdf, page));
        EXPECT_TRUE(one.contains(u"Cohorte 2020 — Binôme report"_s)) << page;
        EXPECT_TRUE(one.contains(u"Page %1 of %2"_s.arg(page).arg(pages))) << one.toStdString();
    }
    EXPECT_EQ(renderedPages(pdf), pages);
    EXPECT_EQ(QFileInfo(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);
}

TEST_F(BinomeReportTest, FollowsTheInterfaceLanguage) {
    EnglishAfterwards restore;
    ASSERT_EQ(installTranslations(*qApp, u"fr"_s), u"fr"_s);
    const QString pdf = writeReport(u"binome-fr.pdf"_s);
    const QString text = squeezed(pdfText(pdf));
    EXPECT_TRUE(text.contains(u"<b>x</b> & \"q\""_s));
    EXPECT_TRUE(text.contains(u"Ana Martin"_s));
    // Words of the domain and dates in French.
    EXPECT_TRUE(text.contains(objectiveStatusDisplayName(ObjectiveStatus::Achieved)));
    EXPECT_NE(objectiveStatusDisplayName(ObjectiveStatus::Achieved), u"Achieved"_s);
    EXPECT_TRUE(text.contains(roleDisplayName(Role::Senior)));
    EXPECT_TRUE(text.contains(QLocale().toString(QDate(2020, 4, 15), QLocale::LongFormat)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"mercredi 15 avril 2020"_s));
    EXPECT_EQ(renderedPages(pdf), pdfPages(pdf));
}

TEST_F(BinomeReportTest, WritesAtomicallyAndRefusesAMissingFolder) {
    const auto data = ReportService(db()).binomeData(binomeId, QDate(2020, 4, 15));
    ASSERT_TRUE(data.ok());
    const QString out = file(u"missing/binome.pdf"_s);
    const Status written = binomeReport(*data).writePdf(out);
    EXPECT_FALSE(written.ok());
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_TRUE(written.error().contains(u"binome.pdf"_s));
    // A report over an existing file replaces it whole.
    const QString existing = writeFile(u"old.pdf"_s, "old");
    ASSERT_TRUE(binomeReport(*data).writePdf(existing).ok());
    EXPECT_TRUE(pdfText(existing).contains(u"Ana Martin"_s));
    EXPECT_EQ(QDir(m_dir.path()).entryList({u"*.pdf*"_s}, QDir::Files).size(), 1);
}

TEST_F(BinomeReportTest, ProgramReportHoldsEveryBinomeAndTheFlags) {
    const auto data = ReportService(db()).programData(programId, QDate(2020, 4, 15));
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    const QString pdf = file(u"program.pdf"_s);
    ASSERT_TRUE(programReport(*data).writePdf(pdf).ok());
    const QString text = squeezed(pdfText(pdf));
    EXPECT_TRUE(text.contains(u"<b>x</b> & \"q\""_s));
    EXPECT_TRUE(text.contains(u"Ana Martin"_s));
    // As of 2020-04-15 the last held session was on 2020-01-27: at risk, with the reason.
    EXPECT_TRUE(text.contains(u"At risk"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Binômes that need attention"_s));
    EXPECT_EQ(renderedPages(pdf), pdfPages(pdf));
}

namespace {

/// A program of 60 binômes × about 20 sessions (ScaleDemo, 120 people, a fixed day).
class ProgramReportTest : public test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        installTranslations(*qApp, u"en"_s);
        const auto built = ScaleDemo(db()).build(120, Today);
        ASSERT_TRUE(built.ok()) << built.error().toStdString();
        summary = *built;
    }

    QString writeReport(const QString& name) {
        const auto data = ReportService(db()).programData(summary.programId, Today);
        EXPECT_TRUE(data.ok());
        const QString out = file(name);
        EXPECT_TRUE(programReport(*data).writePdf(out).ok());
        return out;
    }

    const QDate Today{2024, 6, 3};
    ScaleDemoSummary summary;
};

/// The figures computed here from what the services read back, not from the statistics.
struct Expected {
    int binomes = 0;
    int held = 0;
    int minutes = 0;
    int achieved = 0;
    int counted = 0;
    QStringList seniors;
};

Expected expectedFigures(const Database& database, qint64 programId) {
    Expected expected;
    const QList<Binome> binomes = BinomeService(database).ofProgram(programId).value();
    expected.binomes = static_cast<int>(binomes.size());
    const QList<Session> sessions = SessionService(database).ofProgram(programId).value();
    for (const Session& session : sessions)
        if (!session.planned) {
            ++expected.held;
            expected.minutes += session.minutes;
        }
    const QList<Objective> objectives = ObjectiveService(database).ofProgram(programId).value();
    for (const Objective& objective : objectives) {
        if (objective.status != ObjectiveStatus::Dropped)
            ++expected.counted;
        if (objective.status == ObjectiveStatus::Achieved)
            ++expected.achieved;
    }
    const QList<Participant> people = ParticipantService(database).list().value();
    for (const Binome& binome : binomes)
        for (const Participant& p : people)
            if (p.id == binome.seniorId)
                expected.seniors.append(p.fullName());
    return expected;
}

} // namespace

TEST_F(ProgramReportTest, KeyFiguresEqualThoseComputedFromTheData) {
    const QString pdf = writeReport(u"program.pdf"_s);
    const QString text = squeezed(pdfText(pdf));
    const Expected expected = expectedFigures(db(), summary.programId);
    ASSERT_EQ(expected.binomes, 60);
    const auto figure = [&text](int value) {
        return text.contains(QRegularExpression(u"(^|\\s)%1(\\s|$)"_s.arg(value)));
    };
    EXPECT_TRUE(figure(expected.binomes)) << text.left(2000).toStdString();
    EXPECT_TRUE(figure(expected.held)) << expected.held;
    EXPECT_TRUE(text.contains(QLocale().toString(expected.minutes / 60.0, 'f', 1)));
    EXPECT_TRUE(text.contains(u"%1 of %2"_s.arg(expected.achieved).arg(expected.counted)))
        << expected.achieved << " of " << expected.counted;
    EXPECT_TRUE(text.contains(u"Sessions held per month"_s));
    EXPECT_TRUE(text.contains(u"Levels at kickoff and latest, per skill"_s));
    EXPECT_TRUE(text.contains(u"Objectives by status"_s));
    for (const QString& senior : expected.seniors)
        EXPECT_TRUE(text.contains(senior)) << senior.toStdString();
}

TEST_F(ProgramReportTest, TheBinomesTableSplitsWithItsHeaderOnEachPage) {
    const QString pdf = writeReport(u"program.pdf"_s);
    const int pages = pdfPages(pdf);
    ASSERT_GE(pages, 3);
    EXPECT_EQ(renderedPages(pdf), pages);
    int first = 0;
    for (int page = 1; page <= pages && first == 0; ++page)
        if (pdfText(pdf, page).contains(u"Every binôme"_s))
            first = page;
    ASSERT_GT(first, 0);
    ASSERT_LT(first, pages) << "60 binômes take more than one page";
    const Expected expected = expectedFigures(db(), summary.programId);
    int rows = 0;
    for (int page = first; page <= pages; ++page) {
        const QString text = squeezed(pdfText(pdf, page));
        EXPECT_TRUE(text.contains(u"Mentee Mentor Status Sessions Hours Objectives Gain Flags"_s))
            << "page " << page << ": " << text.toStdString();
        for (const QString& senior : expected.seniors)
            rows += text.contains(senior + u' ') ? 1 : 0;
    }
    EXPECT_GE(rows, 60);
}

TEST_F(ProgramReportTest, InFrench) {
    EnglishAfterwards restore;
    ASSERT_EQ(installTranslations(*qApp, u"fr"_s), u"fr"_s);
    const QString pdf = writeReport(u"programme.pdf"_s);
    const QString text = squeezed(pdfText(pdf));
    const Expected expected = expectedFigures(db(), summary.programId);
    // French numbers (a decimal comma) and words of the domain.
    const QString hours = QLocale().toString(expected.minutes / 60.0, 'f', 1);
    EXPECT_TRUE(hours.contains(u','));
    EXPECT_TRUE(text.contains(squeezed(hours))) << hours.toStdString();
    EXPECT_TRUE(text.contains(binomeStatusDisplayName(BinomeStatus::Active)));
    for (const QString& senior : expected.seniors)
        EXPECT_TRUE(text.contains(senior)) << senior.toStdString();
    EXPECT_EQ(renderedPages(pdf), pdfPages(pdf));
}

TEST(ReportDocument, EscapesTextAndSaysWhenAChartIsEmpty) {
    QTemporaryDir dir;
    ReportDocument report(u"Report <title>"_s, Hostile);
    report.setPrintedOn(QDate(2024, 6, 3));
    report.addTitle(Hostile);
    report.addParagraph(u"a & b <br> c"_s);
    ReportBarChart empty;
    empty.title = u"Nothing here"_s;
    empty.emptyText = u"No data for this chart."_s;
    report.addBarChart(empty);
    ReportLineChart noLine;
    noLine.title = u"No levels"_s;
    report.addLineChart(noLine);
    const QString pdf = dir.filePath(u"r.pdf"_s);
    ASSERT_TRUE(report.writePdf(pdf).ok());
    const QString text = squeezed(pdfText(pdf));
    EXPECT_TRUE(text.contains(u"<b>x</b> & \"q\""_s));
    EXPECT_TRUE(text.contains(u"a & b <br> c"_s));
    EXPECT_TRUE(text.contains(u"Report <title>"_s));
    EXPECT_TRUE(text.contains(u"No data for this chart."_s));
    EXPECT_TRUE(text.contains(u"No data yet."_s));
    EXPECT_EQ(report.pageCount(), pdfPages(pdf));
}

TEST(ReportDocument, KeepsAHeadingWithWhatFollowsIt) {
    QTemporaryDir dir;
    ReportDocument report(u"Headings"_s);
    // Fill most of the first page, then a heading followed by a chart too tall for the rest.
    for (int i = 0; i < 44; ++i)
        report.addParagraph(u"Line %1"_s.arg(i));
    report.addHeading(u"The chart's heading"_s);
    ReportLineChart chart;
    chart.title = u"Levels"_s;
    chart.heightMm = 90;
    chart.series = {{u"Skill"_s, {{QDate(2024, 1, 1), 1}, {QDate(2024, 3, 1), 3}}}};
    report.addLineChart(chart);
    const QString pdf = dir.filePath(u"h.pdf"_s);
    ASSERT_TRUE(report.writePdf(pdf).ok());
    ASSERT_EQ(pdfPages(pdf), 2);
    EXPECT_FALSE(pdfText(pdf, 1).contains(u"The chart's heading"_s));
    EXPECT_TRUE(pdfText(pdf, 2).contains(u"The chart's heading"_s));
}
