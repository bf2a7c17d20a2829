// One main for the Qt-based GoogleTest executables: a QApplication (offscreen) so that widgets
// and fonts work, a fixed English locale so that messages are predictable, and settings of this
// process's own (ctest runs tests side by side: one test's setting must not reach another).
#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QTemporaryDir settings;
    if (settings.isValid()) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BinomeTests"));
    QApplication::setApplicationName(QStringLiteral("binome-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
