#pragma once

#include "binome/domain/Pairing.h"
#include "binome/domain/Result.h"

#include <QList>
#include <QSet>

namespace binome {

class Database;
struct PairingProposal;

/// The pairs HR keeps whatever the next run finds (junior id, senior id), for
/// PairingService::propose. Seeded from the program's open binômes; HR locks and lifts pairs
/// by hand; a senior given a mentor by hand keeps only that lock.
class PairingLocks {
public:
    PairingLocks() = default;

    /// The locks of a program when it is opened: each of its open (active or paused) binômes.
    static Result<PairingLocks> ofProgram(const Database& database, qint64 programId);

    bool contains(const PersonPair& pair) const { return m_pairs.contains(pair); }
    bool isEmpty() const { return m_pairs.isEmpty(); }
    qsizetype size() const { return m_pairs.size(); }

    void lock(const PersonPair& pair) { m_pairs.insert(pair); }
    void lift(const PersonPair& pair) { m_pairs.remove(pair); }
    /// Locks the pair, or lifts its lock; returns whether it is locked now.
    bool toggle(const PersonPair& pair);
    /// The senior's mentor chosen by hand: this pair is locked, the senior's other locks lifted.
    void setMentor(qint64 seniorId, qint64 juniorId);
    /// Every binôme of the proposal locked, and no other pair (after a confirmation).
    void lockAll(const PairingProposal& proposal);
    void clear() { m_pairs.clear(); }

    /// The locked pairs in a stable order (by junior id, then senior id).
    QList<PersonPair> toList() const;

private:
    QSet<PersonPair> m_pairs;
};

} // namespace binome
