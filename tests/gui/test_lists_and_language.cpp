// Lists and language (#10, items 3 and 4): names sort in the order of the interface's language
// wherever a list is sorted ("Émilie" with the E's, case ignored), the coverage column sorts the
// way its arrow says, an import preview flags a role it cannot read, messages name fields with
// the words of the forms, and decimals follow a language switch made at run time.
#include "TempDatabase.h"

#include "AtRiskTableModel.h"
#include "ChooseMentorDialog.h"
#include "DashboardKpis.h"
#include "DashboardPage.h"
#include "FollowUpFilterProxy.h"
#include "FollowUpPage.h"
#include "FollowUpTableModel.h"
#include "ImportPreviewModel.h"
#include "KpiTile.h"
#include "MainWindow.h"
#include "PairingModels.h"
#include "PairingPage.h"
#include "ParticipantDialog.h"
#include "ParticipantFilterProxy.h"
#include "ParticipantTableModel.h"
#include "ParticipantsPage.h"
#include "ProgramTableModel.h"
#include "ProgramsPage.h"
#include "RunBinomesDialog.h"
#include "SkillTableModel.h"
#include "SkillsPage.h"
#include "Workspace.h"

#include "binome/domain/TextKey.h"
#include "binome/services/DemoService.h"
#include "binome/services/ImportService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SkillCatalogService.h"
#include "binome/services/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

const QDate Start(2026, 1, 5);
const QDate Today(2026, 3, 20); // ten weeks without a session: every binôme is at risk

/// Puts the interface back in English whatever a test did.
struct EnglishAfterwards {
    ~EnglishAfterwards() { installTranslations(*qApp, u"en"_s); }
};

/// The texts of a column, in the order the model shows them.
QStringList column(const QAbstractItemModel* model, int column) {
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

/// Clicks a column's header as a person would, until it sorts in `order`; returns the order the
/// header's arrow shows.
Qt::SortOrder clickHeader(QTableView* view, int section, Qt::SortOrder order) {
    QHeaderView* header = view->horizontalHeader();
    for (int click = 0; click < 3; ++click) {
        const QPoint middle(header->sectionViewportPosition(section) +
                                header->sectionSize(section) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, middle);
        if (header->sortIndicatorSection() == section && header->sortIndicatorOrder() == order)
            break;
    }
    EXPECT_EQ(header->sortIndicatorSection(), section);
    return header->sortIndicatorOrder();
}

/// The seniors of the brief and juniors whose names put accents and case to the test, both by
/// first name (as shown) and by last name.
const QStringList Seniors = {u"Zoé Martin"_s, u"Émilie Durand"_s, u"Eva Petit"_s,
                             u"eliott Bernard"_s};
const QStringList SeniorsShown = {u"eliott Bernard"_s, u"Émilie Durand"_s, u"Eva Petit"_s,
                                  u"Zoé Martin"_s};
const QStringList SeniorsByLastName = {u"eliott Bernard"_s, u"Émilie Durand"_s, u"Zoé Martin"_s,
                                       u"Eva Petit"_s};
const QStringList Juniors = {u"Yanis Faure"_s, u"Enzo du Pont"_s, u"Élodie Rousseau"_s,
                             u"elsa Étienne"_s};
const QStringList JuniorsShown = {u"Élodie Rousseau"_s, u"elsa Étienne"_s, u"Enzo du Pont"_s,
                                  u"Yanis Faure"_s};
const QStringList EveryoneByLastName = {
    u"eliott Bernard"_s, u"Enzo du Pont"_s, u"Émilie Durand"_s, u"elsa Étienne"_s,
    u"Yanis Faure"_s,    u"Zoé Martin"_s,   u"Eva Petit"_s,     u"Élodie Rousseau"_s};

class ListsTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        Program program;
        program.name = u"Cohorte test"_s;
        program.startDate = Start;
        program.endDate = QDate(2026, 6, 26);
        program.cadenceDays = 14;
        programId = ProgramService(db()).save(program).value();
        for (const QString& name : Seniors)
            seniorIds << add(Role::Senior, name);
        for (const QString& name : Juniors)
            juniorIds << add(Role::Junior, name);
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok());
        workspace.setDatabase(std::move(opened).value());
    }

    qint64 add(Role role, const QString& name) {
        Participant p;
        p.role = role;
        p.firstName = name.section(u' ', 0, 0);
        p.lastName = name.section(u' ', 1);
        p.email = textKey(name).replace(u' ', u'.') + u"@example.org"_s;
        p.languages = {u"fr"_s};
        // Coverage by skill, all different: genai 100 %, linkedin a third, spreadsheets a
        // quarter, cms none.
        if (role == Role::Junior)
            p.skills = {{u"genai"_s, 4, {}, {}},
                        {u"linkedin"_s, 2, {}, {}},
                        {u"spreadsheets"_s, 1, {}, {}}};
        else
            p.skills = {{u"genai"_s, 0, 3, 2},
                        {u"linkedin"_s, 1, 4, 3},
                        {u"spreadsheets"_s, 0, 4, 1},
                        {u"cms"_s, 2, 3, 1}};
        const auto id = ParticipantService(db()).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        EXPECT_TRUE(ProgramService(db()).enrol(programId, {*id}).ok());
        return *id;
    }

    /// Confirms the binômes of the program: the follow-up, the dashboard and the run have rows.
    void confirmBinomes() {
        const PairingService pairing(workspace.database());
        const auto proposal = pairing.propose(programId);
        ASSERT_TRUE(proposal.ok()) << proposal.error().toStdString();
        ASSERT_EQ(proposal->binomes.size(), 4);
        ASSERT_TRUE(pairing.confirm(*proposal, u"hr"_s, Start).ok());
        workspace.notifyChanged(Workspace::Binomes | Workspace::FollowUp);
    }

    Workspace workspace;
    qint64 programId = 0;
    QList<qint64> seniorIds;
    QList<qint64> juniorIds;
};

} // namespace

TEST_F(ListsTest, TheParticipantsTableSortsByLastNameInTheLanguagesOrder) {
    EnglishAfterwards restore;
    for (const QString& language : {u"en"_s, u"fr"_s}) {
        SCOPED_TRACE(language.toStdString());
        installTranslations(*qApp, language);
        ParticipantsPage page(workspace);
        page.resize(1200, 700);
        page.show();
        page.reload();
        QAbstractItemModelTester tester(page.proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto* view = page.findChild<QTableView*>(u"tableView"_s);
        ASSERT_NE(view, nullptr);
        EXPECT_EQ(clickHeader(view, ParticipantTableModel::NameColumn, Qt::DescendingOrder),
                  Qt::DescendingOrder);
        QStringList reversed = EveryoneByLastName;
        std::reverse(reversed.begin(), reversed.end());
        EXPECT_EQ(column(page.proxy(), ParticipantTableModel::NameColumn), reversed);
        EXPECT_EQ(clickHeader(view, ParticipantTableModel::NameColumn, Qt::AscendingOrder),
                  Qt::AscendingOrder);
        // By last name, as HR reads a list of people: "du Pont" with the D's, "Étienne" with the
        // E's (byte order put them after "Rousseau"). The lists that show names as they read,
        // first name first, sort that way (eliott, Émilie, Eva, Zoé: the follow-up below).
        EXPECT_EQ(column(page.proxy(), ParticipantTableModel::NameColumn), EveryoneByLastName);
        page.proxy()->setRoleFilter(Role::Senior);
        EXPECT_EQ(column(page.proxy(), ParticipantTableModel::NameColumn), SeniorsByLastName);
    }
}

TEST_F(ListsTest, TheFollowUpSortsNamesAndFillsTheMentorsInTheLanguagesOrder) {
    EnglishAfterwards restore;
    confirmBinomes();
    for (const QString& language : {u"en"_s, u"fr"_s}) {
        SCOPED_TRACE(language.toStdString());
        installTranslations(*qApp, language);
        FollowUpPage page(workspace);
        page.resize(1280, 720);
        page.setToday(Today);
        page.reloadPrograms();
        page.selectProgram(programId);
        page.show();
        auto* view = page.findChild<QTableView*>(u"tableView"_s);
        ASSERT_NE(view, nullptr);
        EXPECT_EQ(clickHeader(view, FollowUpTableModel::SeniorColumn, Qt::AscendingOrder),
                  Qt::AscendingOrder);
        EXPECT_EQ(column(page.proxy(), FollowUpTableModel::SeniorColumn), SeniorsShown);
        clickHeader(view, FollowUpTableModel::JuniorColumn, Qt::AscendingOrder);
        EXPECT_EQ(column(page.proxy(), FollowUpTableModel::JuniorColumn), JuniorsShown);
        auto* mentors = page.findChild<QComboBox*>(u"mentorCombo"_s);
        ASSERT_NE(mentors, nullptr);
        QStringList names;
        for (int i = 1; i < mentors->count(); ++i) // after "All mentors"
            names << mentors->itemText(i);
        EXPECT_EQ(names, JuniorsShown);
    }
}

TEST_F(ListsTest, TheDashboardsAtRiskTableSortsNamesInTheLanguagesOrder) {
    EnglishAfterwards restore;
    confirmBinomes();
    for (const QString& language : {u"en"_s, u"fr"_s}) {
        SCOPED_TRACE(language.toStdString());
        installTranslations(*qApp, language);
        DashboardPage page(workspace);
        page.resize(1280, 720);
        page.setToday(Today);
        page.reloadPrograms();
        page.selectProgram(programId);
        page.show();
        ASSERT_EQ(page.atRiskProxy()->rowCount(), 4);
        auto* view = page.findChild<QTableView*>(u"atRiskView"_s);
        ASSERT_NE(view, nullptr);
        clickHeader(view, AtRiskTableModel::SeniorColumn, Qt::AscendingOrder);
        EXPECT_EQ(column(page.atRiskProxy(), AtRiskTableModel::SeniorColumn), SeniorsShown);
        clickHeader(view, AtRiskTableModel::JuniorColumn, Qt::AscendingOrder);
        EXPECT_EQ(column(page.atRiskProxy(), AtRiskTableModel::JuniorColumn), JuniorsShown);
        // Numbers stay numbers: the days sort by value.
        clickHeader(view, AtRiskTableModel::DaysColumn, Qt::AscendingOrder);
        EXPECT_EQ(page.atRiskProxy()->rowCount(), 4);
    }
}

TEST_F(ListsTest, PairingRunAndChooseMentorSortNamesInTheLanguagesOrder) {
    EnglishAfterwards restore;
    confirmBinomes();
    for (const QString& language : {u"en"_s, u"fr"_s}) {
        SCOPED_TRACE(language.toStdString());
        installTranslations(*qApp, language);
        PairingPage page(workspace);
        page.resize(1280, 800);
        page.show();
        page.reloadPrograms();
        page.selectProgram(programId);
        ASSERT_TRUE(page.proposal().has_value());
        auto* proposals = page.findChild<QTableView*>(u"proposalsView"_s);
        ASSERT_NE(proposals, nullptr);
        clickHeader(proposals, ProposalTableModel::SeniorColumn, Qt::AscendingOrder);
        // The seniors by last name, as on the participants page.
        EXPECT_EQ(column(proposals->model(), ProposalTableModel::SeniorColumn), SeniorsByLastName);

        // The binômes a run created, by the names shown.
        const auto runs = PairingService(workspace.database()).runs(programId);
        ASSERT_TRUE(runs.ok() && runs->size() == 1);
        RunBinomesDialog run(workspace, runs->first());
        run.show();
        auto* binomes = run.findChild<QTableView*>(u"binomesView"_s);
        ASSERT_NE(binomes, nullptr);
        clickHeader(binomes, RunBinomeTableModel::SeniorColumn, Qt::AscendingOrder);
        EXPECT_EQ(column(run.proxy(), RunBinomeTableModel::SeniorColumn), SeniorsShown);
        clickHeader(binomes, RunBinomeTableModel::JuniorColumn, Qt::AscendingOrder);
        EXPECT_EQ(column(run.proxy(), RunBinomeTableModel::JuniorColumn), JuniorsShown);

        // Choosing a mentor by hand: the candidates by name.
        const auto candidates = PairingService(workspace.database())
                                    .candidates(programId, PairingSettings{}, seniorIds.first());
        ASSERT_TRUE(candidates.ok()) << candidates.error().toStdString();
        Participant senior;
        senior.firstName = u"Zoé"_s;
        senior.lastName = u"Martin"_s;
        ChooseMentorDialog choose(senior, *candidates);
        choose.show();
        auto* candidatesView = choose.findChild<QTableView*>(u"candidatesView"_s);
        ASSERT_NE(candidatesView, nullptr);
        clickHeader(candidatesView, MentorCandidateModel::JuniorColumn, Qt::AscendingOrder);
        EXPECT_EQ(column(candidatesView->model(), MentorCandidateModel::JuniorColumn),
                  JuniorsShown);
    }
}

TEST_F(ListsTest, ProgramsAndSkillsSortTheirNamesInTheLanguagesOrder) {
    EnglishAfterwards restore;
    for (const QString& name : {u"Zèbre"_s, u"école"_s, u"Cohorte 10"_s, u"Cohorte 2"_s}) {
        Program program;
        program.name = name;
        program.startDate = Start;
        program.endDate = QDate(2026, 6, 26);
        ASSERT_TRUE(ProgramService(workspace.database()).save(program).ok());
    }
    Skill ethics;
    ethics.code = u"data-ethics"_s;
    ethics.area = 4;
    ethics.nameEn = u"Éthique of data"_s;
    ethics.nameFr = u"éthique des données"_s;
    ASSERT_TRUE(SkillCatalogService(workspace.database()).add(ethics).ok());
    for (const QString& language : {u"en"_s, u"fr"_s}) {
        SCOPED_TRACE(language.toStdString());
        installTranslations(*qApp, language);
        ProgramsPage programs(workspace);
        programs.resize(1200, 700);
        programs.show();
        programs.reload();
        auto* view = programs.findChild<QTableView*>(u"tableView"_s);
        ASSERT_NE(view, nullptr);
        clickHeader(view, ProgramTableModel::NameColumn, Qt::AscendingOrder);
        // Numbers by value, "école" with the E's.
        EXPECT_EQ(column(view->model(), ProgramTableModel::NameColumn),
                  (QStringList{u"Cohorte 2"_s, u"Cohorte 10"_s, u"Cohorte test"_s, u"école"_s,
                               u"Zèbre"_s}));

        SkillsPage skills(workspace);
        skills.resize(1200, 700);
        skills.show();
        skills.reload();
        auto* skillsView = skills.findChild<QTableView*>(u"tableView"_s);
        ASSERT_NE(skillsView, nullptr);
        for (const int nameColumn :
             {int(SkillTableModel::NameEnColumn), int(SkillTableModel::NameFrColumn)}) {
            clickHeader(skillsView, nameColumn, Qt::AscendingOrder);
            const QStringList names = column(skillsView->model(), nameColumn);
            ASSERT_GT(names.size(), 20);
            // Each name's first letter (accent and case aside) comes after the previous one's:
            // "Éthique" and "éthique" among the E's, not after the Z's.
            for (int i = 1; i < names.size(); ++i)
                EXPECT_LE(textKey(names[i - 1]).left(1), textKey(names[i]).left(1))
                    << names[i - 1].toStdString() << " / " << names[i].toStdString();
        }
    }
}

// The coverage column sorts the way its arrow points: ascending, the least covered skill first
// (the one to recruit mentors for), the arrow saying ascending; descending, the best covered.
TEST_F(ListsTest, TheCoverageColumnSortsTheWayItsArrowSays) {
    PairingPage page(workspace);
    page.resize(1280, 800);
    page.show();
    page.reloadPrograms();
    page.selectProgram(programId);
    ASSERT_TRUE(page.proposal().has_value());
    auto* view = page.findChild<QTableView*>(u"coverageView"_s);
    ASSERT_NE(view, nullptr);
    ASSERT_EQ(page.coverage()->rowCount(), 4);
    QAbstractItemModel* shown = view->model();
    const auto share = [shown](int row) {
        return shown->index(row, CoverageTableModel::CoverableColumn)
            .data(CoverageTableModel::BarRole)
            .toDouble();
    };
    // As it opens: the least covered first, and the arrow on the coverage column says so.
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorSection(),
              CoverageTableModel::CoverableColumn);
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    EXPECT_DOUBLE_EQ(share(0), 0.0);

    EXPECT_EQ(clickHeader(view, CoverageTableModel::CoverableColumn, Qt::DescendingOrder),
              Qt::DescendingOrder);
    EXPECT_DOUBLE_EQ(share(0), 1.0);
    EXPECT_EQ(shown->index(0, CoverageTableModel::CoverableColumn).data().toString(), u"100%"_s);
    EXPECT_EQ(clickHeader(view, CoverageTableModel::CoverableColumn, Qt::AscendingOrder),
              Qt::AscendingOrder);
    EXPECT_DOUBLE_EQ(share(0), 0.0);
    EXPECT_EQ(shown->index(0, CoverageTableModel::CoverableColumn).data().toString(), u"0%"_s);
    for (int row = 1; row < shown->rowCount(); ++row)
        EXPECT_LE(share(row - 1), share(row));
}

// A role the file gets wrong is shown as written, in red, its problem in the tooltip; it counts
// as a problem and nothing can be imported.
TEST_F(ListsTest, TheImportPreviewFlagsARoleItCannotRead) {
    const QString csv = writeFile(u"people.csv"_s, "role;first_name;last_name;email\n"
                                                   "senior;Anne;Morel;anne.morel@example.org\n"
                                                   "Directeur;Paul;Girard;paul.girard@example.org\n"
                                                   "junior;Lina;Haddad;lina.haddad@example.org\n");
    const ImportReport report = ImportService(workspace.database()).preview(csv);
    ASSERT_FALSE(report.ok());
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.first().line, 3);
    EXPECT_EQ(report.problems.first().field, u"role"_s);
    EXPECT_EQ(report.problems.first().value, u"Directeur"_s);

    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setReport(report);
    ASSERT_EQ(model.rowCount(), 3);
    int paul = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ImportPreviewModel::LineColumn).data().toInt() == 3)
            paul = row;
    }
    ASSERT_GE(paul, 0);
    const QModelIndex role = model.index(paul, ImportPreviewModel::RoleColumn);
    EXPECT_EQ(role.data().toString(), u"Directeur"_s) << "never shown as Junior";
    EXPECT_EQ(role.data(Qt::ForegroundRole).value<QColor>(), QColor(0xb0, 0x00, 0x20));
    const QString tip = role.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(u"Line 3"_s)) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u"Role"_s)) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u"\"Directeur\" is not a role"_s)) << tip.toStdString();
    EXPECT_EQ(model.index(paul, ImportPreviewModel::ActionColumn).data().toString(), u"Problem"_s);
    // The other rows read as they are, without a tooltip.
    const int anne = paul == 0 ? 1 : 0;
    EXPECT_EQ(model.index(anne, ImportPreviewModel::RoleColumn).data().toString(),
              roleDisplayName(Role::Senior));
    EXPECT_FALSE(model.index(anne, ImportPreviewModel::RoleColumn).data(Qt::ToolTipRole).isValid());
    EXPECT_FALSE(
        model.index(anne, ImportPreviewModel::RoleColumn).data(Qt::ForegroundRole).isValid());

    // The same from a JSON file.
    const QString json = writeFile(
        u"people.json"_s, "[{\"role\": \"senior\", \"first_name\": \"Anne\", \"last_name\": "
                          "\"Morel\", \"email\": \"anne.morel@example.org\"},\n"
                          " {\"role\": \"Directeur\", \"first_name\": \"Paul\", "
                          "\"last_name\": \"Girard\", \"email\": \"paul.girard@example.org\"}]\n");
    const ImportReport fromJson = ImportService(workspace.database()).preview(json);
    ASSERT_EQ(fromJson.problems.size(), 1);
    model.setReport(fromJson);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(1, ImportPreviewModel::RoleColumn).data().toString(), u"Directeur"_s);
    EXPECT_TRUE(model.index(1, ImportPreviewModel::RoleColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Line 2, Role: "_s));
}

// "Last name", "Nom": the words of the form, never "last_name", with the line, in the import's
// list of problems and in a form's errors.
TEST_F(ListsTest, MessagesNameFieldsWithTheLabelsOfTheForms) {
    EnglishAfterwards restore;
    const QString csv = writeFile(u"nameless.csv"_s, "role;first_name;last_name;email\n"
                                                     "senior;Anne;Morel;anne.morel@example.org\n"
                                                     "junior;Paul;;paul.girard@example.org\n");
    const QList<std::pair<QString, QString>> expected = {{u"en"_s, u"Last name"_s},
                                                         {u"fr"_s, u"Nom"_s}};
    for (const auto& [language, label] : expected) {
        SCOPED_TRACE(language.toStdString());
        installTranslations(*qApp, language);
        const ImportReport report = ImportService(workspace.database()).preview(csv);
        ASSERT_EQ(report.problems.size(), 1);
        const QString message = report.problems.first().toString();
        EXPECT_TRUE(message.startsWith(csv + u":3: "_s + label + u": "_s)) << message.toStdString();
        EXPECT_FALSE(message.contains(u"last_name"_s)) << message.toStdString();

        // The form says it with its own words too.
        ParticipantDialog dialog(SkillCatalogService(workspace.database()).list().value(),
                                 [this](const Participant& p) {
                                     return ParticipantService(workspace.database()).check(p);
                                 });
        dialog.show();
        dialog.findChild<QLineEdit*>(u"firstNameEdit"_s)->setText(u"Anne"_s);
        dialog.findChild<QLineEdit*>(u"emailEdit"_s)->setText(u"anne.x@example.org"_s);
        dialog.findChild<QLineEdit*>(u"languagesEdit"_s)->setText(u"fr"_s);
        QTest::mouseClick(
            dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        const QString errors = dialog.findChild<QLabel*>(u"errorLabel"_s)->text();
        EXPECT_TRUE(errors.contains(u"• "_s + label + u": "_s)) << errors.toStdString();
        EXPECT_FALSE(errors.contains(u"last_name"_s)) << errors.toStdString();
        dialog.reject();

        // A service's refusal, as a message box shows it.
        Participant nameless;
        nameless.role = Role::Senior;
        nameless.firstName = u"Anne"_s;
        nameless.email = u"anne.y@example.org"_s;
        const auto saved = ParticipantService(workspace.database()).save(nameless);
        ASSERT_FALSE(saved.ok());
        EXPECT_TRUE(saved.error().startsWith(label + u": "_s)) << saved.error().toStdString();
    }
}

// Switching English → French in the running window: every decimal the pages show has a comma.
TEST(ListsAndLanguage, DecimalsFollowALanguageSwitchMadeAtRunTime) {
    EnglishAfterwards restore;
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(*qApp, u"en"_s);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"demo.sqlite"_s);
    {
        auto database = Database::open(path);
        ASSERT_TRUE(database.ok());
        ASSERT_TRUE(DemoService(**database).install(QDate(2026, 12, 1)).ok());
    }
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    window.resize(1280, 720);
    window.show();

    const auto decimals = [&window](const QString& what) {
        QStringList texts;
        // Pairing: the proposed binômes' scores.
        PairingPage* pairing = window.pairingPage();
        const QAbstractItemModel* proposals = pairing->proposals();
        for (int row = 0; row < std::min(3, proposals->rowCount()); ++row)
            texts << proposals->index(row, ProposalTableModel::ScoreColumn).data().toString();
        // Follow-up: hours and the average level gain.
        FollowUpPage* followUp = window.followUpPage();
        const QAbstractItemModel* rows = followUp->model();
        for (int row = 0; row < std::min(3, rows->rowCount()); ++row)
            texts << rows->index(row, FollowUpTableModel::HoursColumn).data().toString();
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QString gain = rows->index(row, FollowUpTableModel::GainColumn).data().toString();
            if (!gain.isEmpty()) {
                texts << gain;
                break;
            }
        }
        // Dashboard: the average level gain tile.
        texts << window.dashboardPage()->tile(Kpi::AverageGain)->value();
        EXPECT_GE(texts.size(), 6) << what.toStdString();
        return texts;
    };

    for (int page = 0; page < 6; ++page) // every page loaded, as the user would see them
        window.showPage(page);
    ASSERT_TRUE(window.pairingPage()->proposal().has_value());
    for (const QString& text : decimals(u"English"_s)) {
        EXPECT_TRUE(text.contains(u'.')) << text.toStdString();
        EXPECT_FALSE(text.contains(u',')) << text.toStdString();
    }

    window.findChild<QAction*>(u"actionFrench"_s)->trigger();
    for (int page = 0; page < 6; ++page)
        window.showPage(page);
    ASSERT_TRUE(window.pairingPage()->proposal().has_value());
    for (const QString& text : decimals(u"French"_s)) {
        EXPECT_TRUE(text.contains(u','))
            << text.toStdString() << ": a decimal comma after the switch";
        EXPECT_FALSE(text.contains(u'.')) << text.toStdString();
    }
    // The coverage in French typography, and the weights of a confirmed run.
    const QString coverage = window.pairingPage()
                                 ->coverage()
                                 ->index(0, CoverageTableModel::CoverableColumn)
                                 .data()
                                 .toString();
    EXPECT_TRUE(coverage.endsWith(u" %"_s) || coverage.endsWith(u"\u202f%"_s) ||
                coverage.endsWith(u"\u00a0%"_s))
        << coverage.toStdString();
    const QString weights = RunTableModel::describeSettings(PairingSettings{});
    EXPECT_TRUE(weights.contains(u"0,"_s)) << weights.toStdString();

    window.findChild<QAction*>(u"actionEnglish"_s)->trigger();
}
