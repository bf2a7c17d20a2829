#pragma once

#include "binome/domain/Pairing.h"

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class RunBinomesDialog;
}

namespace binome::gui {

class BinomeDetailDialog;
class RunBinomeTableModel;
class Workspace;

/// The binômes a confirmed pairing run created, as they are now (active, paused or ended since),
/// filtered by words and sorted by any column; Enter or a double-click opens one's detail.
/// Reloads whenever the workspace changes.
class RunBinomesDialog final : public QDialog {
    Q_OBJECT

public:
    RunBinomesDialog(Workspace& workspace, const PairingRun& run, QWidget* parent = nullptr);
    ~RunBinomesDialog() override;

    qint64 runId() const { return m_run.id; }
    RunBinomeTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    /// The selected binôme's id, or 0.
    qint64 currentBinomeId() const;
    void selectBinome(qint64 binomeId);

public Q_SLOTS:
    void reload();
    /// Opens the binôme's detail over this dialog; nullptr when it cannot be read.
    BinomeDetailDialog* openBinome(qint64 binomeId);
    BinomeDetailDialog* openSelected();

private:
    void updateSummary();

    const std::unique_ptr<Ui::RunBinomesDialog> m_ui;
    Workspace& m_workspace;
    const PairingRun m_run;
    RunBinomeTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace binome::gui
