#pragma once

#include "binome/services/PairingService.h"

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class ChooseMentorDialog;
}

namespace binome::gui {

class MentorCandidateModel;

/// Picks by hand the mentor of one senior among every junior taking part, each with the
/// score they would make together (or the rule that rules them out).
class ChooseMentorDialog final : public QDialog {
    Q_OBJECT

public:
    ChooseMentorDialog(const Participant& senior, QList<MentorCandidate> candidates,
                       QWidget* parent = nullptr);
    ~ChooseMentorDialog() override;

    /// The chosen junior's id, or 0.
    qint64 chosenJuniorId() const;
    MentorCandidateModel* model() const { return m_model; }
    void choose(qint64 juniorId);

private:
    const std::unique_ptr<Ui::ChooseMentorDialog> m_ui;
    MentorCandidateModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace binome::gui
