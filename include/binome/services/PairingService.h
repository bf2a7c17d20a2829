#pragma once

#include "binome/domain/Pairing.h"
#include "binome/domain/Participant.h"
#include "binome/domain/Program.h"
#include "binome/domain/Result.h"
#include "binome/matching/ScoreModel.h"

#include <QList>
#include <QStringList>

namespace binome {

class Database;

/// A binôme the engine proposes, with why.
struct ProposedBinome {
    Participant junior;
    Participant senior;
    double score = 0; ///< 0..100 (NaN for a locked pair that breaks a hard rule)
    bool locked = false;
    bool confirmed = false; ///< an open binôme of the program, kept as it is
    matching::ScoreExplanation explanation;
    QStringList skillCodes; ///< the catalog's codes, by the explanation's skill indices
    QStringList skillNames; ///< the same skills' names in the interface's language
    /// The senior's next best mentors: (junior, score), best first.
    QList<QPair<Participant, double>> alternatives;
};

/// A junior who could mentor a given senior, with the score they would have together.
struct MentorCandidate {
    Participant junior;
    double score = 0; ///< 0..100; NaN when a hard rule forbids the pair
    QString obstacle; ///< the rule that forbids it (translated), empty when allowed
};

/// Someone the proposal leaves without a binôme, and why (translated).
struct UnmatchedParticipant {
    Participant person;
    QString reason;
};

/// For one skill: how much of the seniors' gaps the junior pool could cover at all.
struct SkillCoverage {
    QString code;
    QString name;
    int seniorsWithGap = 0;
    int totalGap = 0;        ///< sum of the seniors' gaps, in levels
    double coverableGap = 0; ///< the part some enrolled junior could teach, in levels
    int juniorsAbleToTeach = 0;
    double coverableShare() const { return totalGap > 0 ? coverableGap / totalGap : 1.0; }
};

struct PairingProposal {
    Program program;
    PairingSettings settings;
    QList<ProposedBinome> binomes; ///< by senior name
    QList<UnmatchedParticipant> unmatched;
    QList<SkillCoverage> coverage; ///< every skill where some senior has a gap, worst covered first
    double total = 0;
    double seconds = 0; ///< scoring and solving
    int juniorCount = 0;
    int seniorCount = 0;
};

/// Proposing, explaining and confirming a program's binômes.
class PairingService {
public:
    explicit PairingService(const Database& database)
        : m_database(database) {}

    /// Proposes binômes among the program's enrolled, active participants, with the given
    /// settings: every open (active or paused) binôme of the program is kept as it is, `locked`
    /// pairs (junior id, senior id) are kept, the program's exclusions and the pairs of its
    /// ended binômes are avoided; only the people left without a binôme are paired.
    Result<PairingProposal> propose(qint64 programId, const PairingSettings& settings,
                                    const QList<PersonPair>& locked) const;
    /// The same with the program's saved settings, its confirmed binômes kept.
    Result<PairingProposal> propose(qint64 programId) const;
    /// Saves the settings, records the run (who, when, settings) and creates the proposed
    /// binômes that are not open yet, starting `startDate` (today when invalid), each with its
    /// first objectives (ObjectiveService::suggest), in one transaction. Open binômes are never
    /// removed here: a binôme ends through BinomeService::end. Returns the run id.
    Result<qint64> confirm(const PairingProposal& proposal, const QString& runBy,
                           const QDate& startDate = {}) const;

    /// Every junior taking part, with the score they would make with this senior, best first
    /// (forbidden pairs last, with the rule that forbids them).
    Result<QList<MentorCandidate>> candidates(qint64 programId, const PairingSettings& settings,
                                              qint64 seniorId) const;
    /// A hard rule in the user's words.
    static QString obstacleText(matching::Obstacle obstacle);

    Result<PairingSettings> settings(qint64 programId) const;
    /// Remembers the settings HR last used for the program.
    Status saveSettings(qint64 programId, const PairingSettings& settings) const;
    Status setExcluded(qint64 programId, PersonPair pair, bool excluded) const;
    Result<QList<PersonPair>> exclusions(qint64 programId) const;
    /// The program's open (active or paused) binômes.
    Result<QList<Binome>> binomes(qint64 programId) const;
    Result<QList<PairingRun>> runs(qint64 programId) const;

    /// One line per fact: the gaps covered with levels, then each factor's points.
    static QStringList describe(const ProposedBinome& binome);
    /// Who is running Binôme, for the audit.
    static QString currentUser();

private:
    const Database& m_database;
};

} // namespace binome
