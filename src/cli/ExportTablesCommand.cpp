// binome-cli export binomes|sessions|objectives --program NAME FILE.csv: a program's tables as
// spreadsheets for French Excel; runExport (ParticipantsCommands.cpp) sends them here.
#include "CliSupport.h"

#include "binome/services/ProgramService.h"
#include "binome/services/TableExportService.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>

using namespace Qt::StringLiterals;

namespace binome::cli {

namespace {

/// What differs between the three commands.
struct TableCommand {
    SpreadsheetKind kind;
    QString word;        ///< binomes, sessions, objectives
    QString description; ///< translated, for --help
};

int runTableExport(Context& context, const TableCommand& command) {
    QCommandLineParser parser;
    const QCommandLineOption programOption(
        u"program"_s, QCoreApplication::translate("cli", "The program."), u"name"_s);
    parser.addOption(programOption);
    parser.addPositionalArgument(command.word,
                                 QCoreApplication::translate("cli", "What to export."));
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("cli", "FILE.csv."));
    const QString usage = u"export %1 --program NAME FILE.csv"_s.arg(command.word);
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        u"binome-cli "_s + usage + u"\n\n"_s + command.description + u' ' +
                            QCoreApplication::translate(
                                "cli", "The file is a spreadsheet as French Excel opens it: "
                                       "UTF-8, ';' between cells, dates as yyyy-MM-dd; a cell "
                                       "that could run as a formula starts with an apostrophe."),
                        exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(programOption))
        return usageError(context, QCoreApplication::translate("cli", "usage: %1").arg(usage));
    const QString file = positional.at(1);
    if (!file.endsWith(u".csv"_s, Qt::CaseInsensitive))
        return usageError(context,
                          QCoreApplication::translate("cli", "%1: name the file .csv (usage: %2)")
                              .arg(QDir::toNativeSeparators(file), usage));
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const QString name = parser.value(programOption);
    const auto found = ProgramService(*database).findByName(name);
    if (!found) {
        context.err << u"binome-cli: "_s << found.error() << u'\n';
        return ExitFailure;
    }
    if (!found->has_value())
        return usageError(
            context, QCoreApplication::translate("cli", "no program is named \"%1\"").arg(name));
    const Program& program = found->value();
    const auto written = TableExportService(*database).exportTable(command.kind, program.id, file,
                                                                   QDate::currentDate());
    if (!written) {
        context.err << u"binome-cli: "_s << written.error() << u'\n';
        return ExitFailure;
    }
    QString what;
    switch (command.kind) {
    case SpreadsheetKind::Binomes:
        what = QCoreApplication::translate("cli", "%n binôme(s)", nullptr, *written);
        break;
    case SpreadsheetKind::Sessions:
        what = QCoreApplication::translate("cli", "%n session(s)", nullptr, *written);
        break;
    case SpreadsheetKind::Objectives:
        what = QCoreApplication::translate("cli", "%n objective(s)", nullptr, *written);
        break;
    case SpreadsheetKind::Participants:
        what = QCoreApplication::translate("cli", "%n participant(s)", nullptr, *written);
        break;
    }
    context.out << QCoreApplication::translate("cli", "Exported %1 of \"%2\" to %3.\n")
                       .arg(what, program.name, QDir::toNativeSeparators(file));
    return ExitOk;
}

} // namespace

int runExportBinomes(Context& context) {
    return runTableExport(
        context, {SpreadsheetKind::Binomes, u"binomes"_s,
                  QCoreApplication::translate(
                      "cli", "Exports every binôme the program ever had, as the Follow-up page "
                             "shows it: status, dates, sessions held, hours, objectives, "
                             "average level gain and flags.")});
}

int runExportSessions(Context& context) {
    return runTableExport(context,
                          {SpreadsheetKind::Sessions, u"sessions"_s,
                           QCoreApplication::translate(
                               "cli", "Exports every session, held or planned, of the program's "
                                      "binômes: date, minutes, mode, skills, notes, next steps and "
                                      "ratings.")});
}

int runExportObjectives(Context& context) {
    return runTableExport(context,
                          {SpreadsheetKind::Objectives, u"objectives"_s,
                           QCoreApplication::translate(
                               "cli", "Exports every objective of the program's binômes: learner, "
                                      "skill, starting, target and current level, due date and "
                                      "status.")});
}

} // namespace binome::cli
