#include "CliSupport.h"

#include <QCoreApplication>

#include <algorithm>

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
    if (const QString warning = opened.value()->permissionWarning(); !warning.isEmpty())
        context.err << u"binome-cli: "_s
                    << QCoreApplication::translate("cli", "warning: %1").arg(warning) << u'\n';
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

int usageError(Context& context, const QString& message) {
    QString line = message.trimmed();
    line.replace(u'\n', u"; "_s);
    context.err << u"binome-cli: "_s << line << u'\n';
    return ExitUsage;
}

void printTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows,
                const QList<int>& rightAligned) {
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c)
        widths[c] = header.at(c).size();
    for (const QStringList& row : rows)
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    auto printRow = [&](const QStringList& row) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += u"  "_s;
            line += rightAligned.contains(static_cast<int>(c)) ? row.at(c).rightJustified(widths[c])
                                                               : row.at(c).leftJustified(widths[c]);
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << u'\n';
    };
    printRow(header);
    QStringList rule;
    for (const qsizetype width : widths)
        rule << QString(width, u'-');
    printRow(rule);
    for (const QStringList& row : rows)
        printRow(row);
}

} // namespace binome::cli
