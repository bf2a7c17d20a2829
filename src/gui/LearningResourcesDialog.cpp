#include "LearningResourcesDialog.h"

#include "FieldErrors.h"
#include "FollowUpCommands.h"
#include "Icons.h"
#include "Workspace.h"
#include "ui_LearningResourcesDialog.h"

#include "binome/services/ObjectiveService.h"

#include <QAction>
#include <QHeaderView>
#include <QPushButton>
#include <QTextDocument>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome::gui {

bool isWebLink(const QString& text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}

LearningResourcesDialog::LearningResourcesDialog(Workspace& workspace, const Skill& skill,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LearningResourcesDialog>())
    , m_workspace(workspace)
    , m_skill(skill) {
    m_ui->setupUi(this);
    setObjectName(u"LearningResourcesDialog"_s);
    setWindowTitle(tr("Learning resources: %1").arg(skill.displayName()));
    m_ui->headingLabel->setTextFormat(Qt::PlainText);
    m_ui->headingLabel->setText(
        tr("Modules, guides and videos for %1 (%2), shown beside the objectives on this skill.")
            .arg(skill.displayName(), skill.code));
    m_ui->resourcesView->setColumnCount(2);
    m_ui->resourcesView->setHorizontalHeaderLabels({tr("Title"), tr("Link")});
    m_ui->resourcesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resourcesView->verticalHeader()->hide();
    m_ui->errorLabel->hide();

    // Short buttons; what they would undo or redo is in their tooltip.
    QUndoStack* stack = workspace.undoStack();
    auto* undo = new QAction(icon(u"undo"_s), tr("&Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    auto* redo = new QAction(icon(u"redo"_s), tr("Re&do"), this);
    redo->setShortcut(QKeySequence::Redo);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    const auto updateUndo = [stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        undo->setToolTip(Qt::convertFromPlainText(stack->undoText()));
        redo->setEnabled(stack->canRedo());
        redo->setToolTip(Qt::convertFromPlainText(stack->redoText()));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndo);
    connect(stack, &QUndoStack::cleanChanged, this, updateUndo);
    updateUndo();
    m_ui->undoButton->setDefaultAction(undo);
    m_ui->redoButton->setDefaultAction(redo);

    connect(m_ui->addButton, &QPushButton::clicked, this, &LearningResourcesDialog::addResource);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &LearningResourcesDialog::saveSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this,
            &LearningResourcesDialog::removeSelected);
    connect(m_ui->resourcesView, &QTableWidget::itemSelectionChanged, this,
            &LearningResourcesDialog::selectionChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes what) {
        if (what & (Workspace::Catalog | Workspace::FollowUp))
            reload();
    });
    reload();
    m_ui->titleEdit->setFocus();
}

LearningResourcesDialog::~LearningResourcesDialog() = default;

void LearningResourcesDialog::reload() {
    if (!m_workspace.hasDatabase())
        return;
    const qint64 selected = selectedId();
    const auto resources = ObjectiveService(m_workspace.database()).resources(m_skill.id);
    if (!resources) {
        m_workspace.reportError(resources.error());
        return;
    }
    m_resources = *resources;
    const QSignalBlocker blocker(m_ui->resourcesView);
    m_ui->resourcesView->clearContents();
    m_ui->resourcesView->setRowCount(static_cast<int>(m_resources.size()));
    int selectedRow = -1;
    for (int row = 0; row < m_resources.size(); ++row) {
        const LearningResource& resource = m_resources.at(row);
        auto* title = new QTableWidgetItem(resource.title);
        title->setData(Qt::UserRole, resource.id);
        m_ui->resourcesView->setItem(row, 0, title);
        m_ui->resourcesView->setItem(row, 1, new QTableWidgetItem(resource.url));
        if (resource.id == selected)
            selectedRow = row;
    }
    m_ui->resourcesView->resizeColumnToContents(0);
    if (selectedRow >= 0)
        m_ui->resourcesView->selectRow(selectedRow);
    else
        m_ui->resourcesView->clearSelection();
    selectionChanged();
}

qint64 LearningResourcesDialog::selectedId() const {
    const QList<QTableWidgetItem*> items = m_ui->resourcesView->selectedItems();
    for (const QTableWidgetItem* item : items) {
        if (item->column() == 0)
            return item->data(Qt::UserRole).toLongLong();
    }
    return 0;
}

void LearningResourcesDialog::selectionChanged() {
    const qint64 id = selectedId();
    const auto it = std::find_if(m_resources.cbegin(), m_resources.cend(),
                                 [id](const LearningResource& r) { return r.id == id; });
    const bool chosen = it != m_resources.cend();
    if (chosen) {
        m_ui->titleEdit->setText(it->title);
        m_ui->urlEdit->setText(it->url);
    }
    m_ui->saveButton->setEnabled(chosen);
    m_ui->removeButton->setEnabled(chosen);
    // Enter in the form saves the chosen resource, or adds a new one.
    m_ui->addButton->setDefault(!chosen);
    m_ui->saveButton->setDefault(chosen);
}

LearningResource LearningResourcesDialog::formResource() const {
    LearningResource resource;
    resource.id = selectedId();
    resource.skillId = m_skill.id;
    resource.title = m_ui->titleEdit->text().trimmed();
    resource.url = m_ui->urlEdit->text().trimmed();
    return resource;
}

QList<FieldError> LearningResourcesDialog::check(const LearningResource& resource) const {
    QList<FieldError> errors = ObjectiveService(m_workspace.database()).check(resource);
    const bool linkReported = std::any_of(errors.cbegin(), errors.cend(),
                                          [](const FieldError& e) { return e.field == u"url"; });
    if (!linkReported && !resource.url.isEmpty() && !isWebLink(resource.url))
        errors << FieldError{u"url"_s, tr("a link starts with http:// or https://, such as "
                                          "https://www.example.org/course")};
    return errors;
}

bool LearningResourcesDialog::showErrors(const QList<FieldError>& errors) {
    if (showFieldErrors(m_ui->errorLabel, errors))
        return true;
    (errors.first().field == u"url" ? m_ui->urlEdit : m_ui->titleEdit)->setFocus();
    return false;
}

void LearningResourcesDialog::addResource() {
    LearningResource resource = formResource();
    resource.id = 0;
    if (!showErrors(check(resource)))
        return;
    if (followup::pushAddResource(m_workspace, resource)) {
        m_ui->resourcesView->clearSelection();
        m_ui->titleEdit->clear();
        m_ui->urlEdit->clear();
        m_ui->titleEdit->setFocus();
    }
}

void LearningResourcesDialog::saveSelected() {
    const LearningResource after = formResource();
    const auto it = std::find_if(m_resources.cbegin(), m_resources.cend(),
                                 [&after](const LearningResource& r) { return r.id == after.id; });
    if (it == m_resources.cend() || !showErrors(check(after)))
        return;
    if (it->title != after.title || it->url != after.url)
        followup::pushEditResource(m_workspace, *it, after);
}

void LearningResourcesDialog::removeSelected() {
    const qint64 id = selectedId();
    const auto it = std::find_if(m_resources.cbegin(), m_resources.cend(),
                                 [id](const LearningResource& r) { return r.id == id; });
    if (it == m_resources.cend())
        return;
    showFieldErrors(m_ui->errorLabel, {});
    const LearningResource removed = *it;
    if (followup::pushRemoveResource(m_workspace, removed)) {
        m_ui->titleEdit->clear();
        m_ui->urlEdit->clear();
    }
}

} // namespace binome::gui
