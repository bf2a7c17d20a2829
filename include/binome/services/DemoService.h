#pragma once

#include "binome/domain/Participant.h"
#include "binome/domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace binome {

class Database;

struct DemoSummary {
    int juniors = 0;
    int seniors = 0;
    int created = 0;
    int updated = 0;
    int programs = 0; ///< programs added by this install
    int binomes = 0;  ///< in the programs added
    int sessions = 0;
    int debriefs = 0;
};

/// The demo organisation: a mid-sized French company with juniors at home with digital tools
/// and seniors who want to catch up. Always the same people and the same stories (a fixed
/// seed), dated relative to the day it is installed so that it always looks alive: a pilot
/// program that ran a year ago, and a main program started five months ago with its binômes'
/// objectives, sessions (some planned in the next two weeks), debriefs, a paused binôme, ended
/// ones and a senior paired again.
class DemoService {
public:
    explicit DemoService(const Database& database)
        : m_database(database) {}

    /// The demo people; birth years relative to `today`.
    static QList<Participant> demoParticipants(const QDate& today = QDate::currentDate());
    /// The names the two programs get when installed on `today`.
    static QString mainProgramName(const QDate& today);
    static QString pilotProgramName(const QDate& today);

    /// Adds the demo people (an existing one, found by e-mail, gets the demo's fields back but
    /// keeps the levels reached since) in one transaction, then each of the two programs that
    /// is not there yet (by name) with its whole story. The stories go through the services,
    /// one use case at a time; a story that fails removes its program again.
    Result<DemoSummary> install(const QDate& today = QDate::currentDate()) const;
    /// True when the database holds no participant yet.
    Result<bool> isEmpty() const;

private:
    const Database& m_database;
};

} // namespace binome
