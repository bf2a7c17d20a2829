#include "CliSupport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace binome::cli {

std::unique_ptr<Database> openDatabase(Context& context) {
    const QString path =
        context.databasePath.isEmpty() ? Database::defaultPath() : context.databasePath;
    auto opened = Database::open(path);
    if (!opened) {
        context.err << u"binome-cli: "_s << opened.error() << u'\n';
        return nullptr;
    }
    return std::move(opened).value();
}

bool parseArguments(QCommandLineParser& parser, Context& context, const QString& usage,
                    int& exitCode) {
    parser.setApplicationDescription(usage);
    const QCommandLineOption help({u"h"_s, u"help"_s},
                                  QCoreApplication::translate("cli", "Show this help."));
    parser.addOption(help);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(context.arguments)) {
        context.err << u"binome-cli: "_s << parser.errorText() << u'\n';
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        exitCode = ExitOk;
        return false;
    }
    return true;
}

} // namespace binome::cli
