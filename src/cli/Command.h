#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace binome::cli {

/// What every command gets: its own arguments (the command name first) and the options that
/// come before the command.
struct Context {
    QString databasePath; ///< from --db, or empty for the default
    QStringList arguments;
    QTextStream& out;
    QTextStream& err;
};

using CommandFunction = int (*)(Context& context);

struct Command {
    const char* name;
    const char* summary; ///< QT_TRANSLATE_NOOP("cli", ...)
    CommandFunction run;
};

// One function per command, each in its own file.
int runImport(Context& context);
int runImportSessions(Context& context); ///< import sessions FILE (from runImport)
int runExport(Context& context);
int runPrograms(Context& context);
int runParticipants(Context& context);
int runDemo(Context& context);
int runSkills(Context& context);
int runAssign(Context& context);
int runPair(Context& context);
int runBackup(Context& context);
int runRestore(Context& context);
int runBinomes(Context& context);
int runSessions(Context& context);
int runDebriefs(Context& context);
/// export program and export calendar: reached through runExport.
int runExportProgram(Context& context);
int runExportCalendar(Context& context);
/// export binomes, sessions and objectives (spreadsheet CSV): reached through runExport.
int runExportBinomes(Context& context);
int runExportSessions(Context& context);
int runExportObjectives(Context& context);
/// report binome|program|participant|letters: runReport dispatches to one of these.
int runReport(Context& context);
int runReportBinome(Context& context);
int runReportProgram(Context& context);
int runReportParticipant(Context& context);
int runReportLetters(Context& context);

/// Exit statuses.
inline constexpr int ExitOk = 0;
inline constexpr int ExitFailure = 1;
inline constexpr int ExitUsage = 2;

} // namespace binome::cli
