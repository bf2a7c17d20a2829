#pragma once

#include "binome/domain/Participant.h"

#include <QDialog>
#include <QSet>

#include <memory>

namespace Ui {
class EnrolmentDialog;
}

namespace binome::gui {

class ParticipantFilterProxy;
class ParticipantTableModel;

/// Chooses who takes part in a program: every active participant with a check box.
class EnrolmentDialog final : public QDialog {
    Q_OBJECT

public:
    EnrolmentDialog(const QList<Participant>& participants, const QSet<qint64>& enrolled,
                    QWidget* parent = nullptr);
    ~EnrolmentDialog() override;

    QSet<qint64> chosen() const;
    /// Ticks or unticks every participant the filter shows.
    void setShownChecked(bool checked);

private:
    void updateCount();

    const std::unique_ptr<Ui::EnrolmentDialog> m_ui;
    ParticipantTableModel* m_model;
    ParticipantFilterProxy* m_proxy;
};

} // namespace binome::gui
