#include "binome/services/ProposalDocument.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;

namespace binome {

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

/// The messages keep the "cli" context and their line end, as `binome-cli pair` has always
/// printed them: the translations are the same.
QString line(QString text) {
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

} // namespace

QString ProposalDocument::json(const PairingProposal& proposal, bool applied) {
    return QString::fromStdString(toJson(proposal, applied).dump(2));
}

QStringList ProposalDocument::textLines(const PairingProposal& proposal) {
    QStringList lines;
    for (const ProposedBinome& b : proposal.binomes) {
        lines << line(QCoreApplication::translate("cli", "%1 (senior) ← %2 (junior): %3%4\n")
                          .arg(b.senior.fullName(), b.junior.fullName())
                          .arg(std::isfinite(b.score) ? QString::number(b.score, 'f', 1) : u"—"_s)
                          .arg(b.confirmed ? QCoreApplication::translate("cli", " [confirmed]")
                               : b.locked  ? QCoreApplication::translate("cli", " [locked]")
                                           : QString()));
        const QStringList explanation = PairingService::describe(b);
        for (const QString& fact : explanation)
            lines << u"    "_s + fact;
        QStringList alternatives;
        for (const auto& [junior, score] : b.alternatives)
            alternatives << u"%1 (%2)"_s.arg(junior.fullName()).arg(score, 0, 'f', 1);
        if (!alternatives.isEmpty())
            lines << u"    "_s + QCoreApplication::translate("cli", "Next best mentors: %1")
                                     .arg(alternatives.join(u", "_s));
    }
    for (const UnmatchedParticipant& u : proposal.unmatched)
        lines << line(QCoreApplication::translate("cli", "Unmatched %1 %2: %3\n")
                          .arg(roleToken(u.person.role), u.person.fullName(), u.reason));
    lines << line(QCoreApplication::translate(
                      "cli", "%1 binôme(s) among %2 juniors and %3 seniors; total score %4.\n")
                      .arg(proposal.binomes.size())
                      .arg(proposal.juniorCount)
                      .arg(proposal.seniorCount)
                      .arg(proposal.total, 0, 'f', 1));
    return lines;
}

} // namespace binome
