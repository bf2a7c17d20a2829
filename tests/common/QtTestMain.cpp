// One main for the Qt-based GoogleTest executables: a QApplication (offscreen) so that widgets
// and fonts work, and a fixed English locale so that messages are predictable.
#include <QApplication>
#include <QLocale>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BinomeTests"));
    QApplication::setApplicationName(QStringLiteral("binome-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
