#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace binome {

/// Loads Binôme's and Qt's translations for `language` ("fr", "en"), or for the system's
/// language when empty, replacing any loaded before. Also makes it the default QLocale, so that
/// skill names follow. Returns the language in use.
QString installTranslations(QCoreApplication& app, const QString& language = {});
/// The languages the interface is available in.
QStringList availableLanguages();
/// Where the CLI and GUI keep their database unless told otherwise.
QString defaultDatabaseHint();

} // namespace binome
