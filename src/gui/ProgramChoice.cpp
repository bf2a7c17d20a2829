#include "ProgramChoice.h"

#include <QComboBox>
#include <QSignalBlocker>

#include <algorithm>

namespace binome::gui {

qint64 chooseProgram(const QList<Program>& programs, qint64 current, const QDate& today) {
    if (std::any_of(programs.begin(), programs.end(),
                    [current](const Program& p) { return p.id == current; }))
        return current;
    const auto running = [&today](const Program& p) {
        return p.startDate <= today && today <= p.endDate;
    };
    const Program* best = nullptr;
    for (const Program& p : programs) {
        if (!best || (running(p) && !running(*best)) ||
            (running(p) == running(*best) && p.startDate > best->startDate))
            best = &p;
    }
    return best ? best->id : 0;
}

void fillProgramCombo(QComboBox& combo, const QList<Program>& programs, qint64 chosen) {
    const QSignalBlocker blocker(&combo);
    combo.clear();
    for (const Program& p : programs)
        combo.addItem(p.name, p.id);
    combo.setCurrentIndex(combo.findData(chosen));
}

} // namespace binome::gui
