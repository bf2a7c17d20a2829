#pragma once

#include "Command.h"

#include "binome/storage/Database.h"

#include <QCommandLineParser>

#include <memory>

namespace binome::cli {

/// Opens the database of --db (or the default one); prints why on stderr when it cannot.
std::unique_ptr<Database> openDatabase(Context& context);

/// Parses a command's arguments with --help; returns false with the exit status to use in
/// `exitCode` when the command should stop (help shown, or a usage error printed).
bool parseArguments(QCommandLineParser& parser, Context& context, const QString& usage,
                    int& exitCode);

} // namespace binome::cli
