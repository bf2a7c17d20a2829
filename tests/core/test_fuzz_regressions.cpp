// The fuzz targets' entry points (fuzz/), built here by the normal compiler: every seed of
// fuzz/corpus/<target>/ and every input that once crashed, kept in fuzz/regressions/<target>/,
// goes through the same reader again and must come back, whatever it holds.
#include "TestConfig.h"

#include "FuzzEntryPoints.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using Entry = void (*)(const std::uint8_t*, std::size_t);

/// Feeds every file of the target's corpus and regressions to `entry`; returns how many.
int replay(const QString& target, Entry entry) {
    int fed = 0;
    for (const QString& kind : {u"corpus"_s, u"regressions"_s}) {
        const QDir directory(QStringLiteral(BINOME_SOURCE_DIR) + u"/fuzz/"_s + kind + u'/' +
                             target);
        for (const QString& name : directory.entryList(QDir::Files, QDir::Name)) {
            QFile file(directory.filePath(name));
            EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
            const QByteArray bytes = file.readAll();
            SCOPED_TRACE((kind + u'/' + target + u'/' + name).toStdString());
            entry(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                  static_cast<std::size_t>(bytes.size()));
            ++fed;
        }
    }
    return fed;
}

} // namespace

TEST(FuzzRegressions, CsvReaderTakesEverySeedAndPastCrasher) {
    EXPECT_GE(replay(u"csv"_s, binome::fuzz::csv), 4);
}

TEST(FuzzRegressions, ParticipantReadersTakeEverySeedAndPastCrasher) {
    EXPECT_GE(replay(u"participant_file"_s, binome::fuzz::participantFile), 3);
}

TEST(FuzzRegressions, SessionSheetReaderTakesEverySeedAndPastCrasher) {
    EXPECT_GE(replay(u"session_sheet"_s, binome::fuzz::sessionSheet), 2);
}

TEST(FuzzRegressions, StrictJsonTakesEverySeedAndPastCrasher) {
    EXPECT_GE(replay(u"strict_json"_s, binome::fuzz::strictJson), 2);
}

TEST(FuzzRegressions, ScoreMatrixReadersTakeEverySeedAndPastCrasher) {
    EXPECT_GE(replay(u"score_matrix"_s, binome::fuzz::scoreMatrix), 5);
}
