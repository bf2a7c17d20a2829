#include "binome/services/PairingLocks.h"

#include "binome/services/PairingService.h"

#include <algorithm>

namespace binome {

Result<PairingLocks> PairingLocks::ofProgram(const Database& database, qint64 programId) {
    const auto binomes = PairingService(database).binomes(programId);
    if (!binomes)
        return Error{binomes.error()};
    PairingLocks locks;
    for (const Binome& b : *binomes)
        locks.lock({b.juniorId, b.seniorId});
    return locks;
}

bool PairingLocks::toggle(const PersonPair& pair) {
    if (m_pairs.remove(pair))
        return false;
    m_pairs.insert(pair);
    return true;
}

void PairingLocks::setMentor(qint64 seniorId, qint64 juniorId) {
    m_pairs.removeIf([seniorId](const PersonPair& pair) { return pair.second == seniorId; });
    m_pairs.insert({juniorId, seniorId});
}

void PairingLocks::lockAll(const PairingProposal& proposal) {
    m_pairs.clear();
    for (const ProposedBinome& b : proposal.binomes)
        m_pairs.insert({b.junior.id, b.senior.id});
}

QList<PersonPair> PairingLocks::toList() const {
    QList<PersonPair> pairs = m_pairs.values();
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

} // namespace binome
