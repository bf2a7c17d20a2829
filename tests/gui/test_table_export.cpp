// Exporting what a table view shows to a spreadsheet: the header labels, the rows in the
// proxy's order and filter, the columns the view shows; the file re-read with Python's csv.
#include "ParticipantFilterProxy.h"
#include "ParticipantTableModel.h"
#include "TableExport.h"

#include <QApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

/// The file as Python's csv module reads it (delimiter ';', encoding utf-8-sig).
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
    QList<QStringList> cells;
    for (const QJsonValue& row : QJsonDocument::fromJson(python.readAllStandardOutput()).array()) {
        QStringList line;
        for (const QJsonValue& cell : row.toArray())
            line << cell.toString();
        cells << line;
    }
    return cells;
}

Participant person(Role role, const QString& first, const QString& last, const QString& site) {
    static int count = 0;
    Participant p;
    p.id = ++count;
    p.role = role;
    p.firstName = first;
    p.lastName = last;
    p.email = u"p%1@example.org"_s.arg(count);
    p.department = u"Finance; Achats"_s;
    p.site = site;
    p.jobTitle = u"Line 1\nLine 2"_s;
    p.languages = {u"fr"_s};
    return p;
}

/// A participants table as the Participants page has it: model, filter proxy, view.
class TableExportGuiTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        model.setParticipants({person(Role::Junior, u"Zoé"_s, u"Arnaud"_s, u"Lyon"_s),
                               person(Role::Senior, u"=HYPERLINK(\"http://x\",\"y\")"_s, u"Blanc"_s,
                                      u"+33 6 12 34 56 78"_s),
                               person(Role::Senior, u"Marc"_s, u"Corre"_s, u"@Paris"_s),
                               person(Role::Junior, u"Inès"_s, u"Durand"_s, u"Lille"_s)});
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.resize(900, 400);
    }

    QTemporaryDir dir;
    ParticipantTableModel model;
    ParticipantFilterProxy proxy;
    QTableView view;
};

} // namespace

TEST_F(TableExportGuiTest, WritesTheHeaderAndTheRowsInTheProxysOrderAndFilter) {
    proxy.setRoleFilter(Role::Senior);
    proxy.sort(ParticipantTableModel::NameColumn, Qt::DescendingOrder);
    const QString path = dir.filePath(u"seniors.csv"_s);
    const Status written = writeTableCsv(proxy, path);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();

    const QList<QStringList> cells = pythonCells(path);
    ASSERT_EQ(cells.size(), 3);
    QStringList header;
    for (int c = 0; c < proxy.columnCount(); ++c)
        header << proxy.headerData(c, Qt::Horizontal).toString();
    EXPECT_EQ(cells[0], header);
    EXPECT_EQ(cells[0].first(), u"Name"_s);
    // Descending by last name: Corre, then Blanc. The formula-like cells reach Excel as text.
    EXPECT_EQ(cells[1][0], u"Marc Corre"_s);
    EXPECT_EQ(cells[1][ParticipantTableModel::SiteColumn], u"'@Paris"_s);
    EXPECT_EQ(cells[2][0], u"'=HYPERLINK(\"http://x\",\"y\") Blanc"_s);
    EXPECT_EQ(cells[2][ParticipantTableModel::SiteColumn], u"'+33 6 12 34 56 78"_s);
    EXPECT_EQ(cells[2][ParticipantTableModel::DepartmentColumn], u"Finance; Achats"_s);
    EXPECT_EQ(cells[2][ParticipantTableModel::JobTitleColumn], u"Line 1\nLine 2"_s);

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"
                                 "Name;Role;"));
    EXPECT_TRUE(bytes.endsWith("\r\n"));
    EXPECT_FALSE(QFileInfo(path).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                  QFileDevice::WriteOther));
}

TEST_F(TableExportGuiTest, WithTheViewsHeaderOnlyShownColumnsInTheirVisualOrder) {
    view.show();
    QHeaderView* header = view.horizontalHeader();
    for (int c = 0; c < ParticipantTableModel::ColumnCount; ++c)
        header->setSectionHidden(c, c != ParticipantTableModel::NameColumn &&
                                        c != ParticipantTableModel::SiteColumn &&
                                        c != ParticipantTableModel::EmailColumn);
    // E-mail moved before the name.
    header->moveSection(header->visualIndex(ParticipantTableModel::EmailColumn), 0);
    proxy.sort(ParticipantTableModel::NameColumn, Qt::AscendingOrder);

    const SpreadsheetTable table = tableFromModel(proxy, header);
    EXPECT_EQ(table.header, (QStringList{u"E-mail"_s, u"Name"_s, u"Site"_s}));
    ASSERT_EQ(table.rows.size(), 4);
    EXPECT_EQ(table.rows[0],
              (QStringList{model.participants().at(0).email, u"Zoé Arnaud"_s, u"Lyon"_s}));
    EXPECT_EQ(table.rows[3][1], u"Inès Durand"_s);

    const QString path = dir.filePath(u"view.csv"_s);
    ASSERT_TRUE(exportTableTo(&view, proxy, path, header));
    EXPECT_EQ(pythonCells(path).first(), table.header);
    EXPECT_EQ(QSettings().value(u"export/lastFolder"_s).toString(), QFileInfo(path).absolutePath());
}

TEST_F(TableExportGuiTest, DatesAndDecimalNumbersOfAModelAreWrittenForExcel) {
    QStandardItemModel plain(2, 3);
    plain.setHorizontalHeaderLabels({u"Day"_s, u"Hours"_s, u"Text"_s});
    plain.setData(plain.index(0, 0), QDate(2026, 3, 9));
    plain.setData(plain.index(0, 1), 1.5);
    plain.setData(plain.index(0, 2), u"-cmd"_s);
    plain.setData(plain.index(1, 1), -0.25);
    const SpreadsheetTable table = tableFromModel(plain);
    EXPECT_EQ(table.header, (QStringList{u"Day"_s, u"Hours"_s, u"Text"_s}));
    EXPECT_EQ(table.rows[0], (QStringList{u"2026-03-09"_s, u"1.5"_s, u"-cmd"_s}));
    EXPECT_EQ(table.rows[1], (QStringList{QString(), u"-0.25"_s, QString()}));
    const QString path = dir.filePath(u"plain.csv"_s);
    ASSERT_TRUE(writeTableCsv(plain, path).ok());
    const QList<QStringList> cells = pythonCells(path);
    ASSERT_EQ(cells.size(), 3);
    EXPECT_EQ(cells[1][2], u"'-cmd"_s);
    EXPECT_EQ(cells[2][1], u"-0.25"_s); // a negative number stays a number
}

TEST_F(TableExportGuiTest, AFileThatCannotBeWrittenIsExplainedInAMessageBox) {
    const QString path = dir.filePath(u"no such folder/table.csv"_s);
    QString shown;
    QTimer::singleShot(0, &view, [&shown] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        EXPECT_EQ(box->objectName(), u"tableExportError"_s);
        shown = box->text();
        box->accept();
    });
    EXPECT_FALSE(exportTableTo(&view, proxy, path));
    EXPECT_TRUE(shown.contains(u"The table was not exported."_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"no such folder"_s)) << shown.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}
