#pragma once

#include "binome/domain/Result.h"

#include <QDate>
#include <QString>

namespace binome {

class Database;

/// What the scale demo built.
struct ScaleDemoSummary {
    qint64 programId = 0;
    QString programName;
    int juniors = 0;
    int seniors = 0;
    int binomes = 0;
    int objectives = 0;
    int sessions = 0;
    int debriefs = 0;
};

/// A large synthetic organisation for scale tests and benchmarks: `people` participants (half
/// juniors, half seniors, random skills), one program started five months before `today` with
/// everyone enrolled, one binôme per senior made directly (no solver: at this size it is not
/// what is measured), about twenty sessions per binôme over the five months (a few planned in
/// the coming weeks), two objectives each and kickoff and mid-term debriefs. A few binômes are
/// paused or ended. Always the same for the same `people` and `today` (a fixed seed).
///
/// Written through the repositories in one transaction (20,000 people, 10,000 binômes and
/// 200,000 sessions take well under a minute). Refused on a database that already holds
/// participants.
class ScaleDemo {
public:
    explicit ScaleDemo(const Database& database)
        : m_database(database) {}

    Result<ScaleDemoSummary> build(int people, const QDate& today = QDate::currentDate()) const;

    static constexpr int MinPeople = 2;
    static constexpr int MaxPeople = 200000;

private:
    const Database& m_database;
};

} // namespace binome
