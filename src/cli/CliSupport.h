#pragma once

#include "Command.h"

#include "binome/storage/Database.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace binome::cli {

/// Opens the database of --db (or the default one); prints why on stderr when it cannot.
std::unique_ptr<Database> openDatabase(Context& context);

/// Parses a command's arguments with --help; returns false with the exit status to use in
/// `exitCode` when the command should stop (help shown, or a usage error printed).
bool parseArguments(QCommandLineParser& parser, Context& context, const QString& usage,
                    int& exitCode);

/// A usage error: the message on one line of stderr (its line breaks become "; "); returns
/// ExitUsage.
int usageError(Context& context, const QString& message);

/// Rows printed in aligned columns under the header and a rule of dashes; `rightAligned`
/// columns (by index) hold numbers. Trailing spaces are dropped.
void printTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows,
                const QList<int>& rightAligned);

} // namespace binome::cli
