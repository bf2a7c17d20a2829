#pragma once

#include "binome/domain/Program.h"

#include <QDate>
#include <QList>

class QComboBox;

namespace binome::gui {

/// The program a page shows: `current` while it still exists; otherwise the program running on
/// `today` (the latest started if several), else the latest started; 0 when there is none.
qint64 chooseProgram(const QList<Program>& programs, qint64 current, const QDate& today);

/// Fills a program combo box (name, id) and selects `chosen`, without emitting its signals.
void fillProgramCombo(QComboBox& combo, const QList<Program>& programs, qint64 chosen);

} // namespace binome::gui
