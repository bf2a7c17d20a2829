#include "SkillsPage.h"

#include "EmptyState.h"
#include "LearningResourcesDialog.h"
#include "ServiceCommand.h"
#include "SkillDialog.h"
#include "SkillTableModel.h"
#include "Workspace.h"
#include "ui_SkillsPage.h"

#include "binome/services/SkillCatalogService.h"

#include <QHeaderView>
#include <QItemSelectionModel>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

/// The same skill as the user sees it (its version aside).
bool sameData(const Skill& a, const Skill& b) {
    return a.code == b.code && a.area == b.area && a.nameEn == b.nameEn && a.nameFr == b.nameFr &&
           a.kind == b.kind && a.archived == b.archived && a.sortOrder == b.sortOrder;
}

} // namespace

SkillsPage::SkillsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SkillsPage>())
    , m_workspace(workspace)
    , m_model(new SkillTableModel(this))
    , m_proxy(new SkillFilterProxy(this)) {
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->verticalHeader()->hide();
    m_ui->tableView->sortByColumn(SkillTableModel::CodeColumn, Qt::AscendingOrder);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(SkillTableModel::NameEnColumn,
                                                              QHeaderView::Stretch);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(SkillTableModel::NameFrColumn,
                                                              QHeaderView::Stretch);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &SkillFilterProxy::setFilterWords);
    connect(m_ui->showArchivedCheck, &QCheckBox::toggled, m_proxy,
            &SkillFilterProxy::setShowArchived);
    connect(m_ui->showArchivedCheck, &QCheckBox::toggled, this, &SkillsPage::updateEmptyState);
    connect(m_ui->addButton, &QPushButton::clicked, this, &SkillsPage::addSkill);
    connect(m_ui->editButton, &QPushButton::clicked, this, &SkillsPage::editSelected);
    connect(m_ui->archiveButton, &QPushButton::clicked, this, &SkillsPage::archiveSelected);
    connect(m_ui->resourcesButton, &QPushButton::clicked, this, [this] {
        if (const Skill* skill = m_model->skill(selectedId())) {
            auto* dialog = new LearningResourcesDialog(m_workspace, *skill, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
    connect(m_ui->tableView, &QTableView::activated, this, &SkillsPage::editSelected);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SkillsPage::updateActions);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes what) {
        if (what & Workspace::Catalog)
            reload();
    });
    // Ctrl+N and Ctrl+F wherever the keyboard is in the window (a hidden page never answers);
    // F2 and Delete act on the selected skill, from the table.
    addAction(QString(), QKeySequence::New, this, &SkillsPage::addSkill);
    addAction(QString(), QKeySequence::Find, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    m_ui->tableView->addAction(QString(), QKeySequence(Qt::Key_F2), this, &SkillsPage::editSelected)
        ->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Archives the selected skill (undoable); an archived one stays as it is.
    m_ui->tableView
        ->addAction(QString(), QKeySequence::Delete, this,
                    [this] {
                        if (const Skill* skill = m_model->skill(selectedId());
                            skill && !skill->archived)
                            archiveSelected();
                    })
        ->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_emptyState =
        EmptyState::replace(m_ui->pageLayout, m_ui->pageLayout->indexOf(m_ui->toolbarLayout));
    m_emptyState->setObjectName(u"emptyState"_s);
    updateActions();
    updateEmptyState();
}

SkillsPage::~SkillsPage() = default;

void SkillsPage::reload() {
    if (!m_workspace.hasDatabase()) {
        updateEmptyState();
        return;
    }
    const auto skills = SkillCatalogService(m_workspace.database()).list();
    if (!skills) {
        m_workspace.reportError(skills.error());
        return;
    }
    m_model->setRows(*skills);
    m_ui->tableView->resizeColumnToContents(SkillTableModel::CodeColumn);
    m_ui->tableView->resizeColumnToContents(SkillTableModel::AreaColumn);
    m_ui->tableView->resizeColumnToContents(SkillTableModel::KindColumn);
    updateActions();
    updateEmptyState();
}

void SkillsPage::updateEmptyState() {
    if (!m_workspace.hasDatabase()) {
        m_emptyState->showNoDatabase([this] { Q_EMIT openDemoRequested(); },
                                     [this] { Q_EMIT openDatabaseRequested(); });
    } else if (m_model->rowCount() == 0) {
        m_emptyState->showCase(tr("The skills catalog is empty."),
                               tr("Add the skills your programs work on: each has a code, and a "
                                  "name in English and in French."),
                               {{tr("&Add a skill…"), [this] { addSkill(); }}});
    } else if (!m_ui->showArchivedCheck->isChecked() &&
               std::all_of(m_model->rows().begin(), m_model->rows().end(),
                           [](const Skill& skill) { return skill.archived; })) {
        m_emptyState->showCase(
            tr("Every skill of the catalog is archived."),
            tr("Add the skills your programs work on, or show the archived ones to restore "
               "some."),
            {{tr("&Add a skill…"), [this] { addSkill(); }},
             {tr("&Show the archived skills"),
              [this] { m_ui->showArchivedCheck->setChecked(true); }}});
    } else {
        m_emptyState->hideCase();
    }
}

void SkillsPage::pushUpdate(const QString& text, const Skill& before, const Skill& after) {
    Workspace& workspace = m_workspace;
    // The version the last step left: each update is refused when the skill changed since,
    // unless it holds the data this step expects again (edited and undone since, here or in
    // another window: nothing would be lost).
    auto version = std::make_shared<qint64>(after.rowVersion);
    const auto update = [&workspace, version](Skill skill, const Skill& expected) -> Status {
        const SkillCatalogService catalog(workspace.database());
        if (const auto skills = catalog.list())
            for (const Skill& current : *skills)
                if (current.id == skill.id && current.rowVersion != *version &&
                    sameData(current, expected))
                    *version = current.rowVersion;
        skill.rowVersion = *version;
        const Status status = catalog.update(skill);
        if (status && *version > 0)
            ++*version;
        return status;
    };
    m_workspace.undoStack()->push(new ServiceCommand(
        m_workspace, text, [update, before, after] { return update(after, before); },
        [update, before, after] { return update(before, after); },
        [&workspace] {
            workspace.notifyCatalogChanged();
            workspace.notifyParticipantsChanged();
        }));
}

qint64 SkillsPage::selectedId() const {
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(SkillTableModel::IdRole).toLongLong();
}

void SkillsPage::updateActions() {
    const Skill* skill = m_model->skill(selectedId());
    m_ui->editButton->setEnabled(skill != nullptr);
    m_ui->archiveButton->setEnabled(skill != nullptr);
    m_ui->resourcesButton->setEnabled(skill != nullptr);
    m_ui->archiveButton->setText(skill && skill->archived ? tr("Rest&ore") : tr("A&rchive"));
}

void SkillsPage::addSkill() {
    if (!m_workspace.hasDatabase())
        return;
    const Database& database = m_workspace.database();
    auto* dialog = new SkillDialog(
        [&database](const Skill& s) {
            Skill candidate = s;
            candidate.kind = SkillKind::Custom;
            return SkillCatalogService(database).check(candidate);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Skill skill = dialog->skill();
        auto id = std::make_shared<qint64>(0);
        Workspace& workspace = m_workspace;
        m_workspace.undoStack()->push(new ServiceCommand(
            m_workspace, tr("Add the skill %1").arg(skill.code),
            [&workspace, skill, id]() -> Status {
                const auto added = SkillCatalogService(workspace.database()).add(skill);
                if (!added)
                    return Error{added.error()};
                *id = *added;
                return {};
            },
            [&workspace, id] {
                return SkillCatalogService(workspace.database()).removeUnused(*id);
            },
            [&workspace] { workspace.notifyCatalogChanged(); }));
    });
    dialog->open();
}

void SkillsPage::editSelected() {
    const Skill* skill = m_model->skill(selectedId());
    if (!skill)
        return;
    const Database& database = m_workspace.database();
    auto* dialog = new SkillDialog(
        [&database](const Skill& s) { return SkillCatalogService(database).check(s); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSkill(*skill);
    const Skill before = *skill;
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        pushUpdate(tr("Rename the skill %1").arg(before.code), before, dialog->skill());
    });
    dialog->open();
}

void SkillsPage::archiveSelected() {
    const Skill* skill = m_model->skill(selectedId());
    if (!skill)
        return;
    Skill after = *skill;
    after.archived = !skill->archived;
    pushUpdate(after.archived ? tr("Archive the skill %1").arg(skill->code)
                              : tr("Restore the skill %1").arg(skill->code),
               *skill, after);
}

} // namespace binome::gui
