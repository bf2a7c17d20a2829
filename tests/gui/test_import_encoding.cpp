// Issue #9, defect 7: the import previews say when a file is read as Windows-1252, and show
// the refusal of a file that mixes UTF-8 with another encoding.
#include "TempDatabase.h"
#include "TestConfig.h"

#include "ImportDialog.h"
#include "ImportSessionsDialog.h"
#include "Workspace.h"

#include "binome/services/ImportService.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

QString sample(const char* name) {
    return QDir(QStringLiteral(BINOME_SHARED_SAMPLES_DIR)).filePath(QString::fromLatin1(name));
}

class ImportEncodingTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok());
        workspace.setDatabase(std::move(opened).value());
    }

    /// Saves a picture of the dialog under $BINOME_SCREENSHOT_DIR, when set.
    static void shoot(QWidget* dialog, const QString& name) {
        const QString dir = qEnvironmentVariable("BINOME_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        dialog->show();
        QTest::qWait(50);
        EXPECT_TRUE(dialog->grab().save(QDir(dir).filePath(name + u".png"_s)));
    }

    Workspace workspace;
};

/// "Prénom" and "Inès" as French Excel saves "CSV (séparateur: point-virgule)": é = 0xE9.
const QByteArray AnsiPeople = "r\xF4le;pr\xE9nom;nom;courriel;poste\r\n"
                              "junior;In\xE8s;Boucher;ines@example.org;C\x9Cur de m\xE9tier\r\n"
                              "senior;G\xE9rard;Colin;gerard@example.org;Achats \x80\r\n";

} // namespace

TEST_F(ImportEncodingTest, ThePreviewSaysTheFileIsReadAsWindows1252) {
    const QString path = writeFile(u"ansi.csv"_s, AnsiPeople);
    ImportDialog dialog(workspace, path);
    const auto* note = dialog.findChild<QLabel*>(u"encodingLabel"_s);
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->text(), u"Note: read as Windows-1252 (the file is not UTF-8). Check that the "
                            "accents look right below."_s);
    EXPECT_EQ(note->textFormat(), Qt::PlainText);
    EXPECT_TRUE(dialog.findChild<QPushButton*>(u"importButton"_s)->isEnabled());
    // The preview shows the accents right.
    const QAbstractItemModel* preview = dialog.findChild<QTableView*>(u"previewView"_s)->model();
    QStringList cells;
    for (int row = 0; row < preview->rowCount(); ++row) {
        for (int column = 0; column < preview->columnCount(); ++column)
            cells << preview->index(row, column).data().toString();
    }
    EXPECT_TRUE(cells.join(u'|').contains(u"Inès"_s)) << cells.join(u'|').toStdString();
    EXPECT_TRUE(cells.join(u'|').contains(u"Gérard"_s)) << cells.join(u'|').toStdString();
    dialog.show();
    EXPECT_TRUE(note->isVisible());
    shoot(&dialog, u"import-windows-1252"_s);

    // A UTF-8 file has no note.
    ImportDialog utf8(workspace, sample("participants-sample.csv"));
    EXPECT_EQ(utf8.findChild<QLabel*>(u"encodingLabel"_s), nullptr);
}

TEST_F(ImportEncodingTest, AMixedFileIsRefusedWithItsLineAndOffset) {
    // UTF-8 "Théo" on line 2, then a lone Windows-1252 "é" (0xE9) on line 3.
    const QByteArray bytes = "role;first_name;last_name;email\n"
                             "junior;Th\xC3\xA9o;Marchand;theo@example.org\n"
                             "junior;Cl\xE9mence;Rey;clemence@example.org\n";
    const qsizetype offset = bytes.indexOf('\xE9');
    const QString path = writeFile(u"mixed.csv"_s, bytes);
    ImportDialog dialog(workspace, path);
    EXPECT_EQ(dialog.findChild<QLabel*>(u"encodingLabel"_s), nullptr);
    EXPECT_FALSE(dialog.findChild<QPushButton*>(u"importButton"_s)->isEnabled());
    const QString problems = dialog.findChild<QPlainTextEdit*>(u"problemsEdit"_s)->toPlainText();
    EXPECT_EQ(problems, path + u":3: byte 0xE9 at offset %1 is not valid UTF-8; save the file as "
                               "UTF-8 and import again"_s.arg(offset));
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"summaryLabel"_s)
                    ->text()
                    .contains(u"nothing will be imported"_s));
    EXPECT_EQ(dialog.findChild<QTableView*>(u"previewView"_s)->model()->rowCount(), 0);
    shoot(&dialog, u"import-mixed-encoding"_s);
}

TEST_F(ImportEncodingTest, TheSessionsPreviewSaysWindows1252Too) {
    ASSERT_TRUE(ImportService(db()).run(sample("participants-sample.csv")).written);
    QFile utf8(sample("sessions-sheet-fr.csv"));
    ASSERT_TRUE(utf8.open(QIODevice::ReadOnly));
    const QString path =
        writeFile(u"suivi.csv"_s, QString::fromUtf8(utf8.readAll().mid(3)).toLatin1());
    ImportSessionsDialog dialog(workspace, path);
    const auto* note = dialog.findChild<QLabel*>(u"encodingLabel"_s);
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(u"read as Windows-1252 (the file is not UTF-8)"_s));
    // Read right: every row is there (the binômes do not exist, hence problems), and the
    // French status "réalisée" was understood on each.
    const auto* view = dialog.findChild<QTableWidget*>(u"previewView"_s);
    ASSERT_EQ(view->rowCount(), 8);
    const QString problems = dialog.findChild<QPlainTextEdit*>(u"problemsEdit"_s)->toPlainText();
    EXPECT_FALSE(problems.contains(u"status"_s)) << problems.toStdString();
    EXPECT_FALSE(problems.contains(u"mode"_s)) << problems.toStdString();
    shoot(&dialog, u"import-sessions-windows-1252"_s);

    ImportSessionsDialog plain(workspace, sample("sessions-sheet-fr.csv"));
    EXPECT_EQ(plain.findChild<QLabel*>(u"encodingLabel"_s), nullptr);
}
