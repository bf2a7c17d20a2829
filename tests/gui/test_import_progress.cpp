// Issue #9, defect 12: the import dialogs show the progress of a long import in a modal dialog
// with Cancel, which appears once a step has run for half a second; Cancel leaves the database
// exactly as it was and says so.
#include "TempDatabase.h"

#include "ImportDialog.h"
#include "ImportSessionsDialog.h"
#include "Workspace.h"

#include "binome/services/ImportService.h"
#include "binome/services/ScaleDemo.h"
#include "binome/storage/ParticipantRepository.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

/// `count` participants as French Excel saves them, numbered from `first`.
QByteArray participantsCsv(int count, int first, const QByteArray& department) {
    QByteArray text = "r\xC3\xB4le;pr\xC3\xA9nom;nom;courriel;service;comp\xC3\xA9tence:genai\r\n";
    text.reserve(count * 70);
    for (int i = first; i < first + count; ++i) {
        const QByteArray n = QByteArray::number(i);
        text += "junior;In\xC3\xA8s;Junior" + n + ";person" + n + "@example.org;" + department +
                ";4\r\n";
    }
    return text;
}

/// The same people as our export writes them: a column for each level, target and priority of
/// every skill of the catalog, most of them empty (a file that takes a while to read).
QByteArray wideParticipantsCsv(int count) {
    QList<QByteArray> codes = {
        "linkedin",    "social-networks", "email",         "instant-messaging",
        "video-calls", "spreadsheets",    "cloud-storage", "cms",
        "genai",       "smartphone"};
    for (const auto& [area, last] : {std::pair{1, 3}, {2, 6}, {3, 4}, {4, 4}, {5, 4}}) {
        for (int k = 1; k <= last; ++k)
            codes << "DC" + QByteArray::number(area) + '.' + QByteArray::number(k);
    }
    QByteArray text = "role;first_name;last_name;email;department";
    for (const QByteArray& code : codes)
        text += ";skill:" + code + ";target:" + code + ";priority:" + code;
    text += "\r\n";
    const QByteArray empty(3 * codes.size() - 1, ';');
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        text += "junior;In\xC3\xA8s;Junior" + n + ";person" + n + "@example.org;Finance;3" + empty +
                "\r\n";
    }
    return text;
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

/// Saves a picture of a window under $BINOME_SCREENSHOT_DIR, when set.
void shoot(QWidget* window, const QString& name) {
    const QString dir = qEnvironmentVariable("BINOME_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(window->grab().save(QDir(dir).filePath(name + u".png"_s)));
    }
}

/// Watches for the import's progress dialog while an import runs (its timer fires in the events
/// the progress dialog processes once shown) and presses Cancel once its label begins with
/// `cancelWhen`.
class ProgressWatcher {
public:
    explicit ProgressWatcher(QString cancelWhen)
        : m_cancelWhen(std::move(cancelWhen)) {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { look(); });
        m_timer.start();
    }

    bool seen = false;      ///< the progress dialog was visible
    bool modal = false;     ///< and modal
    bool cancelled = false; ///< Cancel was pressed
    QStringList labels;     ///< what it said

private:
    void look() {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QProgressDialog*>(window);
            if (!dialog || dialog->objectName() != u"importProgress" || !dialog->isVisible())
                continue;
            seen = true;
            modal = dialog->isModal();
            if (labels.isEmpty() || labels.last() != dialog->labelText())
                labels << dialog->labelText();
            if (!cancelled && dialog->labelText().startsWith(m_cancelWhen)) {
                shoot(dialog, u"import-progress"_s);
                auto* cancel = dialog->findChild<QPushButton*>();
                if (cancel) {
                    cancelled = true;
                    cancel->click();
                }
            }
        }
    }

    QString m_cancelWhen;
    QTimer m_timer;
};

class ImportProgressTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok());
        workspace.setDatabase(std::move(opened).value());
    }

    const Database& database() { return workspace.database(); }

    Workspace workspace;
};

} // namespace

TEST_F(ImportProgressTest, CancelWhileImportingParticipantsLeavesTheDatabaseAsItWas) {
    ASSERT_TRUE(ImportService(database())
                    .run(writeFile(u"seed.csv"_s, participantsCsv(40, 0, "Achats")))
                    .written);
    const QByteArray before = databaseHash(database());
    const int undoSteps = workspace.undoStack()->count();
    const QString path = writeFile(u"people.csv"_s, participantsCsv(20000, 20, "Finance"));
    ImportDialog dialog(workspace, path);
    dialog.show();
    auto* importButton = dialog.findChild<QPushButton*>(u"importButton"_s);
    ASSERT_TRUE(importButton->isEnabled());

    {
        ProgressWatcher watcher(u"Importing"_s);
        importButton->click();
        EXPECT_TRUE(watcher.seen);
        EXPECT_TRUE(watcher.modal);
        EXPECT_TRUE(watcher.cancelled) << watcher.labels.join(u" | "_s).toStdString();
        EXPECT_TRUE(watcher.labels.join(u'|').contains(u" of 20,000"_s))
            << watcher.labels.join(u" | "_s).toStdString();
    }
    // Still open, saying so, ready to import again; nothing written, nothing to undo.
    shoot(&dialog, u"import-cancelled"_s);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.findChild<QLabel*>(u"summaryLabel"_s)->text(),
              u"Cancelled: nothing was imported."_s);
    EXPECT_TRUE(importButton->isEnabled());
    EXPECT_EQ(ParticipantRepository(database()).count().value(), 40);
    EXPECT_EQ(databaseHash(database()), before);
    EXPECT_EQ(workspace.undoStack()->count(), undoSteps);

    importButton->click();
    EXPECT_TRUE(dialog.report().written);
    EXPECT_EQ(ParticipantRepository(database()).count().value(), 20020);
}

TEST_F(ImportProgressTest, CancelWhileReadingThePreviewShowsNothingToImport) {
    // As many as an import takes, each with every column of our export: reading it takes seconds.
    const QString path = writeFile(u"people.csv"_s, wideParticipantsCsv(100000));
    ProgressWatcher watcher(u"Reading people.csv"_s);
    ImportDialog dialog(workspace, path);
    EXPECT_TRUE(watcher.seen);
    EXPECT_TRUE(watcher.cancelled) << watcher.labels.join(u" | "_s).toStdString();
    EXPECT_TRUE(dialog.report().cancelled);
    EXPECT_EQ(dialog.findChild<QLabel*>(u"summaryLabel"_s)->text(),
              u"Cancelled: nothing was imported."_s);
    EXPECT_FALSE(dialog.findChild<QPushButton*>(u"importButton"_s)->isEnabled());
    EXPECT_EQ(ParticipantRepository(database()).count().value(), 0);
}

TEST_F(ImportProgressTest, CancelWhileImportingSessionsLeavesTheDatabaseAsItWas) {
    const auto demo = ScaleDemo(database()).build(60, QDate(2026, 6, 1));
    ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
    QSqlQuery query(database().connection());
    ASSERT_TRUE(query.exec(u"SELECT j.email, s.email FROM binome b "
                           "JOIN participant j ON j.id = b.junior_id "
                           "JOIN participant s ON s.id = b.senior_id WHERE b.status = 'active'"_s));
    QList<std::pair<QByteArray, QByteArray>> pairs;
    while (query.next())
        pairs.append({query.value(0).toString().toUtf8(), query.value(1).toString().toUtf8()});
    ASSERT_GE(pairs.size(), 10);
    QByteArray sheet = "courriel junior;courriel senior;date;dur\xC3\xA9"
                       "e;mode;statut\r\n";
    // Long enough to write (a second or more) for the progress to show: 10,000 sessions are
    // written in about 0.15 s.
    for (int i = 0; i < 80000; ++i) {
        const auto& [junior, senior] = pairs[i % pairs.size()];
        const QDate date = QDate(2026, 2, 1).addDays(i / pairs.size() % 300);
        sheet += junior + ';' + senior + ';' + date.toString(Qt::ISODate).toUtf8() + ";" +
                 QByteArray::number(37 + i % 7) +
                 ";visio;r\xC3\xA9"
                 "alis\xC3\xA9"
                 "e\r\n";
    }
    const QString path = writeFile(u"sessions.csv"_s, sheet);
    const QByteArray before = databaseHash(database());

    ImportSessionsDialog dialog(workspace, path);
    dialog.show();
    auto* importButton = dialog.findChild<QPushButton*>(u"importButton"_s);
    ASSERT_TRUE(importButton->isEnabled())
        << dialog.findChild<QLabel*>(u"summaryLabel"_s)->text().toStdString();
    {
        ProgressWatcher watcher(u"Importing"_s);
        importButton->click();
        EXPECT_TRUE(watcher.seen);
        EXPECT_TRUE(watcher.modal);
        EXPECT_TRUE(watcher.cancelled) << watcher.labels.join(u" | "_s).toStdString();
        EXPECT_TRUE(watcher.labels.join(u'|').contains(u" of 80,000"_s))
            << watcher.labels.join(u" | "_s).toStdString();
    }
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.findChild<QLabel*>(u"summaryLabel"_s)->text(),
              u"Cancelled: nothing was imported."_s);
    EXPECT_TRUE(importButton->isEnabled());
    EXPECT_FALSE(dialog.report().written);
    EXPECT_EQ(databaseHash(database()), before);
}
