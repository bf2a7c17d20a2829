#include "FollowUpSupport.h"

#include "DebriefDialog.h"
#include "EndBinomeDialog.h"
#include "ImportSessionsDialog.h"
#include "ObjectiveDialog.h"
#include "ServiceCommand.h"
#include "SessionDialog.h"
#include "Workspace.h"

#include "binome/services/BinomeService.h"
#include "binome/services/DebriefService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/SessionService.h"
#include "binome/services/SkillCatalogService.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome::gui::followup {

QString shortDate(const QDate& date) {
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString heading(const BinomeDetail& detail) {
    return QCoreApplication::translate("FollowUpCommands", "%1 mentors %2",
                                       "Ana Lima mentors Jean Dupont")
        .arg(detail.junior.fullName().trimmed(), detail.senior.fullName().trimmed());
}

std::optional<BinomeDetail> loadDetail(Workspace& workspace, qint64 binomeId) {
    auto detail = BinomeService(workspace.database()).detail(binomeId);
    if (!detail) {
        workspace.reportError(detail.error());
        return std::nullopt;
    }
    return std::move(detail).value();
}

std::optional<QList<Skill>> loadCatalog(Workspace& workspace) {
    auto catalog = SkillCatalogService(workspace.database()).list();
    if (!catalog) {
        workspace.reportError(catalog.error());
        return std::nullopt;
    }
    return std::move(catalog).value();
}

/// The learner's current level on a skill: the latest of their level history, else their
/// recorded level.
std::optional<int> currentLevel(const BinomeDetail& detail, Learner learner, const Skill& skill) {
    const QList<LevelRecord>& history =
        learner == Learner::Junior ? detail.juniorHistory : detail.seniorHistory;
    const LevelRecord* latest = nullptr;
    for (const LevelRecord& record : history) {
        if (record.skillId == skill.id && (!latest || record.date > latest->date ||
                                           (record.date == latest->date && record.id > latest->id)))
            latest = &record;
    }
    if (latest)
        return latest->level;
    const Participant& person = learner == Learner::Junior ? detail.junior : detail.senior;
    const SkillAssessment* assessment = person.skill(skill.code);
    return assessment ? assessment->level : std::nullopt;
}

/// Sessions of an ended binôme are its history: none is logged, changed or removed (a removal
/// could not be undone, since no session can be logged on it).
bool sessionsFrozen(Workspace& workspace, qint64 binomeId) {
    const auto binome = BinomeService(workspace.database()).find(binomeId);
    if (!binome || binome->isOpen())
        return false;
    workspace.reportError(QCoreApplication::translate(
        "FollowUpCommands", "This binôme has ended: its sessions are kept as its history."));
    return true;
}

} // namespace binome::gui::followup
