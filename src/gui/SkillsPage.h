#pragma once

#include "binome/domain/Skill.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SkillsPage;
}

namespace binome::gui {

class EmptyState;
class SkillFilterProxy;
class SkillTableModel;
class Workspace;

/// The skills catalog: DigComp competences, tools and HR's own skills.
class SkillsPage final : public QWidget {
    Q_OBJECT

public:
    explicit SkillsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~SkillsPage() override;

    SkillTableModel* model() const { return m_model; }

public Q_SLOTS:
    void reload();
    void addSkill();
    void editSelected();
    void archiveSelected();

Q_SIGNALS:
    /// The empty page's buttons when no database is open (the main window opens one).
    void openDemoRequested();
    void openDatabaseRequested();

private:
    /// Says what to do when the page is empty: no database open, an empty catalog.
    void updateEmptyState();
    qint64 selectedId() const;
    void pushUpdate(const QString& text, const Skill& before, const Skill& after);
    void updateActions();

    const std::unique_ptr<Ui::SkillsPage> m_ui;
    Workspace& m_workspace;
    SkillTableModel* m_model;
    SkillFilterProxy* m_proxy;
    EmptyState* m_emptyState = nullptr;
};

} // namespace binome::gui
