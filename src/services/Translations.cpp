#include "binome/services/Translations.h"

#include "binome/storage/Database.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace binome {

namespace {
QPointer<QTranslator>& ownTranslator() {
    static QPointer<QTranslator> translator;
    return translator;
}
QPointer<QTranslator>& qtTranslator() {
    static QPointer<QTranslator> translator;
    return translator;
}
} // namespace

QStringList availableLanguages() {
    return {u"en"_s, u"fr"_s};
}

QString installTranslations(QCoreApplication& app, const QString& language) {
    QString chosen = language;
    if (chosen.isEmpty() || !availableLanguages().contains(chosen)) {
        chosen = u"en"_s;
        const QStringList ui = QLocale::system().uiLanguages();
        for (const QString& name : ui) {
            const QString code = name.left(2).toLower();
            if (availableLanguages().contains(code)) {
                chosen = code;
                break;
            }
        }
    }
    for (QPointer<QTranslator>* slot : {&ownTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete slot->data();
        }
    }
    QLocale::setDefault(chosen == u"fr" ? QLocale(QLocale::French, QLocale::France)
                                        : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // English needs its translation too: it carries the plural forms.
    auto* own = new QTranslator(&app);
    if (own->load(u":/i18n/binome_%1.qm"_s.arg(chosen))) {
        QCoreApplication::installTranslator(own);
        ownTranslator() = own;
    } else {
        delete own;
    }
    if (chosen != u"en") {
        auto* qt = new QTranslator(&app);
        if (qt->load(u"qtbase_%1"_s.arg(chosen),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            qtTranslator() = qt;
        } else {
            delete qt;
        }
    }
    return chosen;
}

QString defaultDatabaseHint() {
    return Database::defaultPath();
}

} // namespace binome
