#pragma once

#include "binome/domain/Participant.h"
#include "binome/domain/Result.h"

#include <QList>

namespace binome {

class Database;

struct DemoSummary {
    int juniors = 0;
    int seniors = 0;
    int created = 0;
    int updated = 0;
    int programs = 0;
};

/// The demo organisation: a mid-sized French company with juniors at home with digital tools
/// and seniors who want to catch up. Always the same people (a fixed seed).
class DemoService {
public:
    explicit DemoService(const Database& database)
        : m_database(database) {}

    static QList<Participant> demoParticipants();
    /// Adds the demo people (updating them if already there, by e-mail) and the pilot program
    /// with all of them enrolled, in one transaction.
    Result<DemoSummary> install() const;
    /// True when the database holds no participant yet.
    Result<bool> isEmpty() const;

private:
    const Database& m_database;
};

} // namespace binome
