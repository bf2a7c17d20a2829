// binome-cli participants archive|unarchive|erase EMAIL [--yes]: one person's record.
#include "CliSupport.h"

#include "binome/services/ParticipantService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace binome::cli {

namespace {

QString usage() {
    return QCoreApplication::translate(
        "cli", "usage: participants archive EMAIL | participants unarchive EMAIL | "
               "participants erase EMAIL --yes");
}

int archive(Context& context, const ParticipantService& service, const Participant& person,
            bool archived) {
    if (person.archived == archived) {
        context.out << (archived ? QCoreApplication::translate("cli", "%1 <%2> is already "
                                                                      "archived.\n")
                                 : QCoreApplication::translate("cli", "%1 <%2> is not "
                                                                      "archived.\n"))
                           .arg(person.fullName(), person.email);
        return ExitOk;
    }
    if (Status status = service.setArchived(person.id, archived); !status) {
        context.err << u"binome-cli: "_s << status.error() << u'\n';
        return ExitFailure;
    }
    context.out << (archived ? QCoreApplication::translate(
                                   "cli", "Archived %1 <%2>: they are kept out of new pairings "
                                          "and can now be erased.\n")
                             : QCoreApplication::translate("cli", "%1 <%2> is active again.\n"))
                       .arg(person.fullName(), person.email);
    return ExitOk;
}

int erase(Context& context, const ParticipantService& service, const Participant& person,
          bool confirmed) {
    if (!person.archived) {
        context.err << QCoreApplication::translate(
                           "cli", "binome-cli: %1 <%2> is not archived; archive them first "
                                  "(participants archive %2), then erase.\n")
                           .arg(person.fullName(), person.email);
        return ExitFailure;
    }
    if (!confirmed) {
        context.err << QCoreApplication::translate(
                           "cli", "binome-cli: erasing %1 <%2> removes everything Binôme holds "
                                  "about them and cannot be undone; add --yes to erase.\n")
                           .arg(person.fullName(), person.email);
        return ExitUsage;
    }
    if (Status status = service.erase(person.id); !status) {
        context.err << u"binome-cli: "_s << status.error() << u'\n';
        return ExitFailure;
    }
    context.out << QCoreApplication::translate(
                       "cli", "Erased %1 <%2>: nothing about them is left in %3.\n")
                       .arg(person.fullName(), person.email,
                            context.databasePath.isEmpty() ? Database::defaultPath()
                                                           : context.databasePath);
    return ExitOk;
}

} // namespace

int runParticipants(Context& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        u"ACTION"_s, QCoreApplication::translate("cli", "archive, unarchive or erase."));
    parser.addPositionalArgument(u"EMAIL"_s,
                                 QCoreApplication::translate("cli", "The person's e-mail."));
    const QCommandLineOption yes(
        u"yes"_s, QCoreApplication::translate("cli", "Confirm an erasure (it cannot be undone)."));
    parser.addOption(yes);
    int exitCode = ExitOk;
    if (!parseArguments(
            parser, context,
            QCoreApplication::translate(
                "cli", "binome-cli participants archive|unarchive|erase EMAIL [--yes]\n\n"
                       "archive: keeps the person out of new pairings (their history stays).\n"
                       "unarchive: makes an archived person active again.\n"
                       "erase: for the right to erasure, removes everything Binôme holds about "
                       "an archived person who is in no open binôme, then purges the database "
                       "file so that no trace is left in it. Backups made before still hold "
                       "them."),
            exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    static const QStringList actions{u"archive"_s, u"unarchive"_s, u"erase"_s};
    if (positional.size() != 2 || !actions.contains(positional.at(0)))
        return usageError(context, usage());
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const ParticipantService service(*database);
    const auto person = service.findByEmail(positional.at(1));
    if (!person) {
        context.err << u"binome-cli: "_s << person.error() << u'\n';
        return ExitFailure;
    }
    const QString& action = positional.at(0);
    if (action == u"erase")
        return erase(context, service, *person, parser.isSet(yes));
    return archive(context, service, *person, action == u"archive");
}

} // namespace binome::cli
