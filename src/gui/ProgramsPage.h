#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class ProgramsPage;
}

namespace binome::gui {

class ProgramTableModel;
class Workspace;

/// Programs: cohorts with their dates and session cadence.
class ProgramsPage final : public QWidget {
    Q_OBJECT

public:
    explicit ProgramsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~ProgramsPage() override;

    ProgramTableModel* model() const { return m_model; }

public Q_SLOTS:
    void reload();
    void addProgram();
    void editSelected();
    void removeSelected();

private:
    qint64 selectedId() const;
    void updateActions();
    void openDialog(qint64 id);

    const std::unique_ptr<Ui::ProgramsPage> m_ui;
    Workspace& m_workspace;
    ProgramTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace binome::gui
