// Issue #9, defect 6: what people type is shown as typed, never as HTML. A participant named
// <b>x</b> used to appear in bold in the erase confirmation; notes in tooltips likewise.
#include "TempDatabase.h"

#include "BinomeDetailDialog.h"
#include "FollowUpTableModel.h"
#include "ParticipantsPage.h"
#include "Workspace.h"

#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionService.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

const QString Markup = u"<b>x</b>"_s;
const QDate Start(2026, 1, 5);

/// The text a person sees for `text` shown in `format`: Qt renders AutoText as HTML when it
/// looks like HTML (Qt::mightBeRichText), as QLabel and QToolTip do.
QString seen(const QString& text, Qt::TextFormat format = Qt::AutoText) {
    const bool rich = format == Qt::RichText ||
                      (format == Qt::AutoText && Qt::mightBeRichText(text)) ||
                      format == Qt::MarkdownText;
    if (!rich)
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QString seen(const QLabel* label) {
    return seen(label->text(), label->textFormat());
}

class PlainTextTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok());
        workspace.setDatabase(std::move(opened).value());
    }

    qint64 add(Role role, const QString& first, const QString& email, bool archived = false) {
        Participant p;
        p.role = role;
        p.firstName = first;
        p.lastName = u"Rey"_s;
        p.email = email;
        p.languages = {u"fr"_s};
        p.archived = archived;
        if (role == Role::Junior)
            p.skills = {{u"genai"_s, 4, {}, {}}};
        else
            p.skills = {{u"genai"_s, 0, 3, 2}};
        const auto id = ParticipantService(db()).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? *id : 0;
    }

    /// A binôme of a junior named <b>x</b>, with one session whose notes are markup.
    qint64 binomeWithMarkup() {
        Program program;
        program.name = u"<i>Cohort</i>"_s;
        program.startDate = Start;
        program.endDate = QDate(2026, 6, 26);
        const auto programId = ProgramService(db()).save(program);
        EXPECT_TRUE(programId.ok());
        const qint64 junior = add(Role::Junior, Markup, u"x.rey@example.org"_s);
        const qint64 senior = add(Role::Senior, u"Martine"_s, u"martine.rey@example.org"_s);
        EXPECT_TRUE(ProgramService(db()).enrol(*programId, {junior, senior}).ok());
        const PairingService pairing(db());
        const auto proposal = pairing.propose(*programId, PairingSettings{}, {{junior, senior}});
        EXPECT_TRUE(proposal.ok());
        EXPECT_TRUE(pairing.confirm(*proposal, u"hr"_s, Start).ok());
        const QList<Binome> binomes = pairing.binomes(*programId).value();
        EXPECT_EQ(binomes.size(), 1);
        Session session;
        session.binomeId = binomes.value(0).id;
        session.date = QDate(2026, 1, 12);
        session.notes = u"<b>bold?</b>\n<a href=\"https://example.org\">link</a>"_s;
        EXPECT_TRUE(SessionService(db()).log(session).ok());
        return session.binomeId;
    }

    Workspace workspace;
};

} // namespace

TEST_F(PlainTextTest, EraseConfirmationShowsTheNameAsTyped) {
    add(Role::Junior, Markup, u"x.rey@example.org"_s, true);
    ParticipantsPage page(workspace);
    page.reload();
    page.resize(1000, 600);
    page.show();
    page.findChild<QCheckBox*>(u"showArchivedCheck"_s)->setChecked(true);
    page.findChild<QTableView*>(u"tableView"_s)->selectRow(0);

    QString shown;
    QTimer::singleShot(0, &page, [&shown] {
        const QPointer<QWidget> modal = QApplication::activeModalWidget();
        QTimer::singleShot(5000, qApp, [modal] {
            if (modal)
                modal->close(); // a failing test must not hang
        });
        auto* box = qobject_cast<QMessageBox*>(modal.data());
        ASSERT_NE(box, nullptr);
        const auto* label = box->findChild<QLabel*>(u"qt_msgbox_label"_s);
        ASSERT_NE(label, nullptr);
        shown = seen(label);
        if (const QString shots = qEnvironmentVariable("BINOME_SCREENSHOT_DIR"); !shots.isEmpty())
            box->grab().save(shots + u"/erase-confirmation.png"_s);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    EXPECT_FALSE(page.eraseSelected(true)); // cancelled
    EXPECT_TRUE(shown.contains(u"Erase <b>x</b> Rey and everything"_s)) << shown.toStdString();
    EXPECT_EQ(ParticipantService(db()).list().value().size(), 1);
}

TEST_F(PlainTextTest, BinomeDetailHeaderAndNotesTooltipShowTheTextAsTyped) {
    const qint64 binomeId = binomeWithMarkup();
    BinomeDetailDialog dialog(workspace, binomeId);
    dialog.setToday(QDate(2026, 2, 1));
    dialog.show();
    const auto* junior = dialog.findChild<QLabel*>(u"juniorLabel"_s);
    ASSERT_NE(junior, nullptr);
    EXPECT_TRUE(seen(junior).contains(Markup)) << seen(junior).toStdString();
    const auto* title = dialog.findChild<QLabel*>(u"titleLabel"_s);
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(seen(title).contains(Markup)) << seen(title).toStdString();

    auto* sessions = dialog.findChild<QTableWidget*>(u"sessionsTable"_s);
    ASSERT_NE(sessions, nullptr);
    ASSERT_EQ(sessions->rowCount(), 1);
    const QString notesTip = seen(sessions->item(0, 6)->toolTip());
    EXPECT_TRUE(notesTip.contains(u"<b>bold?</b>"_s)) << notesTip.toStdString();
    EXPECT_TRUE(notesTip.contains(u"<a href=\"https://example.org\">link</a>"_s))
        << notesTip.toStdString();
}

TEST_F(PlainTextTest, FollowUpTableTooltipsAreShownAsText) {
    const qint64 binomeId = binomeWithMarkup();
    FollowUpTableModel model;
    FollowUpRow row;
    row.binome.id = binomeId;
    row.binome.status = BinomeStatus::Active;
    row.binome.startDate = Start;
    row.juniorName = Markup + u" Rey"_s;
    row.juniorEmail = u"<b>not@an.email</b>"_s; // as a file could hold it
    model.setRows(Program{}, {row});
    const QString tip =
        model.index(0, FollowUpTableModel::JuniorColumn).data(Qt::ToolTipRole).toString();
    EXPECT_EQ(seen(tip).trimmed(), u"<b>not@an.email</b>"_s) << tip.toStdString();
}
