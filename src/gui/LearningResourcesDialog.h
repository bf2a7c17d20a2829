#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Skill.h"
#include "binome/domain/Validation.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LearningResourcesDialog;
}

namespace binome::gui {

class Workspace;

/// Whether `text` is a web link: an http or https URL with a host.
bool isWebLink(const QString& text);

/// The learning resources of one skill of the catalog (a title and a link each): add, change
/// and remove them, each an undoable edit.
class LearningResourcesDialog final : public QDialog {
    Q_OBJECT

public:
    LearningResourcesDialog(Workspace& workspace, const Skill& skill, QWidget* parent = nullptr);
    ~LearningResourcesDialog() override;

    const QList<LearningResource>& resources() const { return m_resources; }
    /// The resource in the form, for the chosen row (id 0 when none is chosen).
    LearningResource formResource() const;
    /// Every problem of a resource: the service's rules, plus a link that must be a web link.
    QList<FieldError> check(const LearningResource& resource) const;

public Q_SLOTS:
    void reload();
    void addResource();
    void saveSelected();
    void removeSelected();

private:
    qint64 selectedId() const;
    void selectionChanged();
    bool showErrors(const QList<FieldError>& errors);

    const std::unique_ptr<Ui::LearningResourcesDialog> m_ui;
    Workspace& m_workspace;
    Skill m_skill;
    QList<LearningResource> m_resources;
};

} // namespace binome::gui
