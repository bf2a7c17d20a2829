#pragma once

#include "binome/services/PairingService.h"

#include <QString>
#include <QStringList>

namespace binome {

/// A pairing proposal as a document, the same for every front end: one JSON object (what
/// `binome-cli pair --json` prints) or lines of text in the interface's language.
class ProposalDocument {
public:
    /// The JSON object, indented by 2: the program, its counts and total, each pair with both
    /// people, score, locked, confirmed, gaps, factors and alternatives, then the unmatched
    /// with the reason. `applied`: the proposal was confirmed.
    static QString json(const PairingProposal& proposal, bool applied);
    /// Each binôme with its explanation and next best mentors, each unmatched person with the
    /// reason, then a summary line; without line ends.
    static QStringList textLines(const PairingProposal& proposal);
};

} // namespace binome
