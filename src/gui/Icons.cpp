// Binôme's own icon theme: two sets of the same drawings (resources/icons/light and dark), the
// one that reads on the application's palette made Qt's icon theme, so that the icons of the
// forms and those made in code follow a change of palette without being set again.
//
// Every icon of the theme is named "binome-…": Qt looks a missing name up again without its last
// "-part" ("edit-clear", then "edit"), and the icons Qt's own widgets ask for (a line edit's
// clear button, its context menu) must keep coming from the desktop's theme, not from ours.
#include "Icons.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QPalette>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

const QString iconRoot = u":/icons"_s;
const QString themePrefix = u"binome-"_s;

/// Sets the icon theme to the set that reads on the application's palette.
void pickIconSet() {
    const QString set = iconSetFor(QApplication::palette());
    if (QIcon::themeName() != set)
        QIcon::setThemeName(set);
}

/// Picks the icon set again when the application's palette changes.
class PaletteWatcher final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == qApp && (event->type() == QEvent::ApplicationPaletteChange ||
                                event->type() == QEvent::PaletteChange))
            pickIconSet();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

QString iconSetFor(const QPalette& palette) {
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128 ? u"dark"_s
                                                                               : u"light"_s;
}

QStringList iconNames() {
    QStringList names;
    const QStringList files =
        QDir(iconRoot + u"/light"_s).entryList({themePrefix + u"*.svg"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        names << file.mid(themePrefix.size()).chopped(4);
    return names;
}

QIcon applicationIcon() {
    return QIcon(iconRoot + u"/binome.svg"_s);
}

void installIconTheme() {
    static QPointer<PaletteWatcher> watcher;
    if (!qApp || watcher)
        return;
    watcher = new PaletteWatcher(qApp);
    qApp->installEventFilter(watcher);
    // Ours first; icons we do not draw (the file dialogs' folders, say) still come from the
    // desktop's theme.
    QStringList paths = QIcon::themeSearchPaths();
    paths.removeAll(iconRoot);
    paths.prepend(iconRoot);
    QIcon::setThemeSearchPaths(paths);
    const QString desktopTheme = QIcon::themeName();
    if (!desktopTheme.isEmpty() && desktopTheme != u"light" && desktopTheme != u"dark")
        QIcon::setFallbackThemeName(desktopTheme);
    pickIconSet();
}

QIcon icon(const QString& name) {
    const QString lightFile = iconRoot + u"/light/"_s + themePrefix + name + u".svg"_s;
    if (!QFile::exists(lightFile))
        return {}; // not ours: never the desktop theme's icon of that name
    if (!qApp)
        return QIcon(lightFile);
    installIconTheme();
    return QIcon::fromTheme(themePrefix + name);
}

} // namespace binome::gui
