#pragma once

#include "binome/services/BinomeService.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QPair>

#include <memory>
#include <optional>

class QTableWidget;

namespace Ui {
class BinomeDetailDialog;
}

namespace binome::gui {

class Workspace;

/// Everything about one binôme: both people, its program and status, why it was formed, its
/// flags in words; its objectives (with learning resources), sessions, debriefs and the level
/// history of both people; and the actions of its follow-up. Reloads whenever the workspace
/// changes.
class BinomeDetailDialog final : public QDialog {
    Q_OBJECT

public:
    BinomeDetailDialog(Workspace& workspace, qint64 binomeId, QWidget* parent = nullptr);
    ~BinomeDetailDialog() override;

    qint64 binomeId() const { return m_binomeId; }
    /// The date the flags are computed at; today unless set (tests pin it).
    void setToday(const QDate& today);
    QDate today() const;
    const std::optional<BinomeDetail>& detail() const { return m_detail; }

public Q_SLOTS:
    void reload();
    void logSession();
    void planSession();
    /// Asks where, then saves this binôme's planned sessions as an iCalendar file.
    void exportCalendar();
    /// Saves them to `path`; returns how many were written, -1 on failure (reported).
    int exportCalendarTo(const QString& path);
    /// Previews this binôme's progress report (PDF) before saving or printing it.
    void showReport();
    void debrief();
    void pauseOrResume();
    void endBinome();
    void addObjective();
    void editSelected();
    void removeSelected();

private:
    enum Tab { ObjectivesTab, SessionsTab, DebriefsTab, HistoryTab };

    void showHeader();
    void fillObjectives();
    void fillResources();
    void fillSessions();
    void fillDebriefs();
    void fillHistory();
    void updateActions();
    /// The id kept in the selected row of a table, or 0.
    static qint64 selectedId(const QTableWidget* table);
    static void select(QTableWidget* table, qint64 id);
    QString skillName(qint64 skillId) const;
    QString skillCode(qint64 skillId) const;
    /// The learner's latest level on the skill, from the level history.
    std::optional<int> currentLevel(Learner learner, qint64 skillId) const;

    const std::unique_ptr<Ui::BinomeDetailDialog> m_ui;
    Workspace& m_workspace;
    qint64 m_binomeId;
    QDate m_today;
    std::optional<BinomeDetail> m_detail;
    QHash<qint64, QPair<QString, QString>> m_skills; ///< id → (code, name)
};

} // namespace binome::gui
