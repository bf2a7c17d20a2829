#pragma once

// What the follow-up dialogs and commands share; internal to the GUI.

#include "binome/domain/Skill.h"
#include "binome/services/BinomeService.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace binome::gui {
class Workspace;
}

namespace binome::gui::followup {

QString shortDate(const QDate& date);
/// "Ana Lima mentors Jean Dupont"
QString heading(const BinomeDetail& detail);
/// The binôme's detail, or none with the failure reported.
std::optional<BinomeDetail> loadDetail(Workspace& workspace, qint64 binomeId);
/// The skills catalog, or none with the failure reported.
std::optional<QList<Skill>> loadCatalog(Workspace& workspace);
/// The learner's current level on a skill: the latest of their level history, else their
/// recorded level.
std::optional<int> currentLevel(const BinomeDetail& detail, Learner learner, const Skill& skill);
/// Sessions of an ended binôme are its history: none is logged, changed or removed (a removal
/// could not be undone, since no session can be logged on it). Says so when true.
bool sessionsFrozen(Workspace& workspace, qint64 binomeId);

} // namespace binome::gui::followup
