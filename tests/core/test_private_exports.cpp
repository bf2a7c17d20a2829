// Exports hold personal data: every file Binôme writes for the user is readable by its owner
// only, from its first byte, whatever the umask (issue #9, defect 2).
#include "binome/exchange/CalendarFile.h"
#include "binome/exchange/ProgramFile.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

/// The file's permission bits, as `ls -l` shows them.
unsigned modeOf(const QString& path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

/// Sets the umask most desktops use (others may read new files) for the test's time.
struct UsualUmask {
    UsualUmask()
        : previous(::umask(022)) {}
    ~UsualUmask() { ::umask(previous); }
    mode_t previous;
};

} // namespace

TEST(PrivateExports, ACalendarAndAProgramExportAreForTheirOwnerOnly) {
    const UsualUmask umask;
    QTemporaryDir dir;
    const QString calendar = dir.filePath(u"program.ics"_s);
    ASSERT_TRUE(
        writeCalendarFile(calendar, {}, QDateTime::currentDateTimeUtc(), u"Cohorte"_s).ok());
    EXPECT_EQ(modeOf(calendar), 0600u);

    Program program;
    program.id = 1;
    program.name = u"Cohorte"_s;
    program.startDate = QDate(2026, 1, 5);
    program.endDate = QDate(2026, 6, 30);
    const QString json = dir.filePath(u"program.json"_s);
    ASSERT_TRUE(writeProgramFile(json, program, {}, {}, QDate(2026, 3, 1)).ok());
    EXPECT_EQ(modeOf(json), 0600u);

    // Replacing a file others could read makes it private too.
    ASSERT_TRUE(QFile::setPermissions(json, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_TRUE(writeProgramFile(json, program, {}, {}, QDate(2026, 3, 1)).ok());
    EXPECT_EQ(modeOf(json), 0600u);
}
