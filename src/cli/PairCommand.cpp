// binome-cli pair --program NAME [--json] [--apply]
#include "CliSupport.h"

#include "binome/services/PairingService.h"
#include "binome/services/ProgramService.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;

namespace binome::cli {

namespace {

nlohmann::json person(const Participant& p) {
    return {{"email", p.email.toStdString()}, {"name", p.fullName().toStdString()}};
}

nlohmann::json toJson(const PairingProposal& proposal, bool applied) {
    nlohmann::json pairs = nlohmann::json::array();
    for (const ProposedBinome& b : proposal.binomes) {
        nlohmann::json gaps = nlohmann::json::array();
        for (const auto& gap : b.explanation.gaps)
            gaps.push_back({{"skill", b.skillCodes.value(gap.skill).toStdString()},
                            {"current", gap.seniorCurrent},
                            {"target", gap.seniorTarget},
                            {"priority", gap.priority},
                            {"junior_level", gap.juniorLevel},
                            {"coverage", gap.coverage},
                            {"points", gap.contribution}});
        nlohmann::json alternatives = nlohmann::json::array();
        for (const auto& [junior, score] : b.alternatives)
            alternatives.push_back({{"junior", person(junior)}, {"score", score}});
        const auto& e = b.explanation;
        pairs.push_back(
            {{"junior", person(b.junior)},
             {"senior", person(b.senior)},
             {"score", std::isfinite(b.score) ? nlohmann::json(b.score) : nlohmann::json()},
             {"locked", b.locked},
             {"confirmed", b.confirmed},
             {"gaps", gaps},
             {"factors",
              {{"skill_fit", e.skillFit},
               {"skill_points", e.skillPoints},
               {"availability_overlap", e.availabilityOverlap},
               {"availability_points", e.availabilityPoints},
               {"same_site", e.sameSite},
               {"site_points", e.sitePoints},
               {"different_department", e.differentDepartment},
               {"cross_department_points", e.crossDepartmentPoints}}},
             {"alternatives", alternatives}});
    }
    nlohmann::json unmatched = nlohmann::json::array();
    for (const UnmatchedParticipant& u : proposal.unmatched)
        unmatched.push_back({{"email", u.person.email.toStdString()},
                             {"name", u.person.fullName().toStdString()},
                             {"role", roleToken(u.person.role).toStdString()},
                             {"reason", u.reason.toStdString()}});
    return {{"program", proposal.program.name.toStdString()},
            {"juniors", proposal.juniorCount},
            {"seniors", proposal.seniorCount},
            {"total", proposal.total},
            {"solve_seconds", proposal.seconds},
            {"applied", applied},
            {"pairs", pairs},
            {"unmatched", unmatched}};
}

void printText(Context& context, const PairingProposal& proposal) {
    for (const ProposedBinome& b : proposal.binomes) {
        context.out << QCoreApplication::translate("cli", "%1 (senior) ← %2 (junior): %3%4\n")
                           .arg(b.senior.fullName(), b.junior.fullName())
                           .arg(std::isfinite(b.score) ? QString::number(b.score, 'f', 1) : u"—"_s)
                           .arg(b.confirmed ? QCoreApplication::translate("cli", " [confirmed]")
                                : b.locked  ? QCoreApplication::translate("cli", " [locked]")
                                            : QString());
        const QStringList lines = PairingService::describe(b);
        for (const QString& line : lines)
            context.out << u"    "_s << line << u'\n';
        QStringList alternatives;
        for (const auto& [junior, score] : b.alternatives)
            alternatives << u"%1 (%2)"_s.arg(junior.fullName()).arg(score, 0, 'f', 1);
        if (!alternatives.isEmpty())
            context.out << u"    "_s
                        << QCoreApplication::translate("cli", "Next best mentors: %1")
                               .arg(alternatives.join(u", "_s))
                        << u'\n';
    }
    for (const UnmatchedParticipant& u : proposal.unmatched)
        context.out << QCoreApplication::translate("cli", "Unmatched %1 %2: %3\n")
                           .arg(roleToken(u.person.role), u.person.fullName(), u.reason);
    context.out << QCoreApplication::translate(
                       "cli", "%1 binôme(s) among %2 juniors and %3 seniors; total score %4.\n")
                       .arg(proposal.binomes.size())
                       .arg(proposal.juniorCount)
                       .arg(proposal.seniorCount)
                       .arg(proposal.total, 0, 'f', 1);
}

} // namespace

int runPair(Context& context) {
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s,
                                     QCoreApplication::translate("cli", "The program."), u"name"_s);
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("cli", "Print one JSON object."));
    const QCommandLineOption apply(
        u"apply"_s, QCoreApplication::translate("cli", "Confirm the proposed binômes."));
    parser.addOptions({program, json, apply});
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate(
                            "cli", "binome-cli pair --program NAME [--json] [--apply]\n\n"
                                   "Proposes the best binômes among the program's enrolled "
                                   "participants, with the program's pairing settings, keeping "
                                   "its confirmed binômes; explains each one and says why anyone "
                                   "is left unmatched. --apply confirms them in one transaction."),
                        exitCode))
        return exitCode;
    if (!parser.isSet(program) || !parser.positionalArguments().isEmpty()) {
        context.err << QCoreApplication::translate(
            "cli", "binome-cli: usage: pair --program NAME [--json] [--apply]\n");
        return ExitUsage;
    }
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const auto found = ProgramService(*database).findByName(parser.value(program));
    if (!found || !found->has_value()) {
        context.err << (found ? QCoreApplication::translate(
                                    "cli", "binome-cli: no program is named \"%1\"\n")
                                    .arg(parser.value(program))
                              : u"binome-cli: "_s + found.error() + u'\n');
        return ExitFailure;
    }
    PairingService service(*database);
    const auto proposal = service.propose(found->value().id);
    if (!proposal) {
        context.err << u"binome-cli: "_s << proposal.error() << u'\n';
        return ExitFailure;
    }
    if (parser.isSet(apply)) {
        const auto run = service.confirm(*proposal, PairingService::currentUser());
        if (!run) {
            context.err << u"binome-cli: "_s << run.error() << u'\n';
            return ExitFailure;
        }
    }
    if (parser.isSet(json)) {
        context.out << QString::fromStdString(toJson(*proposal, parser.isSet(apply)).dump(2))
                    << u'\n';
        return ExitOk;
    }
    printText(context, *proposal);
    if (parser.isSet(apply))
        context.out << QCoreApplication::translate("cli", "Confirmed: the binômes are saved.\n");
    return ExitOk;
}

} // namespace binome::cli
