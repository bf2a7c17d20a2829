#pragma once

// Internal to the demo: the stories of its two programs, told through the services.

#include "binome/domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <iterator>
#include <random>

namespace binome {

class Database;

namespace demo {

/// A small deterministic generator: the same demo on every machine (std::mt19937 is fully
/// specified; the standard distributions are not, so none is used).
class Dice {
public:
    explicit Dice(std::uint32_t seed)
        : m_engine(seed) {}
    int roll(int low, int high) { // inclusive
        return low + static_cast<int>(m_engine() % static_cast<std::uint32_t>(high - low + 1));
    }
    bool chance(int percent) { return roll(1, 100) <= percent; }
    template <class List> const auto& pick(const List& list) {
        return list[static_cast<qsizetype>(roll(0, static_cast<int>(std::size(list)) - 1))];
    }
    template <class List> void shuffle(List& list) {
        for (auto i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, roll(0, static_cast<int>(i)));
    }

private:
    std::mt19937 m_engine;
};

/// What a story added.
struct StoryCounts {
    qint64 programId = 0;
    int binomes = 0;
    int sessions = 0;
    int debriefs = 0;
};

/// When the two programs start, for a demo installed on `today`.
QDate pilotStart(const QDate& today);
QDate mainStart(const QDate& today);

/// The pilot: a four-month program that ended eight months before `today`, about a dozen
/// volunteers paired, every binôme ended "completed" after its final debrief.
Result<StoryCounts> tellPilot(const Database& database, const QString& name, const QDate& today,
                              const QList<qint64>& demoPeople);

/// The main program: started five months before `today`, ends a month after, everyone
/// enrolled and paired: thriving binômes, binômes at risk, one paused, three ended, a senior
/// paired again after their mentor left, a low rating, an overdue objective, sessions planned in
/// the next two weeks.
Result<StoryCounts> tellMainProgram(const Database& database, const QString& name,
                                    const QDate& today, const QList<qint64>& demoPeople);

} // namespace demo

} // namespace binome
