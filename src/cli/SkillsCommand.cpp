#include "CliSupport.h"

#include "binome/services/SkillCatalogService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace binome::cli {

int runSkills(Context& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"list"_s,
                                 QCoreApplication::translate("cli", "List the catalog."));
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate("cli", "binome-cli skills [list]"), exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && positional.at(0) != u"list")) {
        context.err << QCoreApplication::translate("cli", "binome-cli: skills takes only 'list'\n");
        return ExitUsage;
    }
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const auto skills = SkillCatalogService(*database).list();
    if (!skills) {
        context.err << u"binome-cli: "_s << skills.error() << u'\n';
        return ExitFailure;
    }
    for (const Skill& skill : *skills)
        context.out << skill.code.leftJustified(18) << u' ' << skill.area << u"  "_s
                    << skill.displayName()
                    << (skill.archived ? QCoreApplication::translate("cli", " (archived)")
                                       : QString())
                    << u'\n';
    return ExitOk;
}

} // namespace binome::cli
