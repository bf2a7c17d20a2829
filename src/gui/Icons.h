#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

class QPalette;

namespace binome::gui {

/// One of Binôme's own icons (resources/icons/<set>/binome-<name>.svg; `name` as "add",
/// "participants"), drawn for the application's palette: dark strokes on a light window, light
/// strokes on a dark one. The icon follows later palette changes by itself. A name Binôme does
/// not ship gives a null icon (tests/gui/test_icons.cpp checks every name the sources use).
/// Forms name the same icon `<iconset theme="binome-<name>">`.
QIcon icon(const QString& name);

/// "light" or "dark": the icon set that reads on `palette`, from its window colour's lightness.
QString iconSetFor(const QPalette& palette);

/// The names of every icon Binôme ships, sorted, without their "binome-" prefix.
QStringList iconNames();

/// Binôme's application icon: two speech bubbles, a mentor and a mentee
/// (resources/icons/binome.svg).
QIcon applicationIcon();

/// Makes Binôme's icons the application's icon theme, in the set for the current palette, and
/// picks the set again whenever the application's palette changes (a desktop switching to a
/// dark style, say). Icons of the forms (ui/*.ui, `<iconset theme="…">`) and those of `icon()`
/// then follow. Safe to call again; `icon()` calls it.
void installIconTheme();

} // namespace binome::gui
