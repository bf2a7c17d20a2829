#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Validation.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class DebriefDialog;
}

namespace binome::gui {

/// One open objective as the debrief shows it.
struct DebriefLine {
    qint64 objectiveId = 0;
    QString skill; ///< the skill's name
    Learner learner = Learner::Senior;
    std::optional<int> levelBefore; ///< the learner's current level on the skill
    int targetLevel = 0;
};

/// Records a debrief: its kind and date, each open objective's new level and status, the
/// satisfaction of both and comments. The objectives are a grid the keyboard walks through.
class DebriefDialog final : public QDialog {
    Q_OBJECT

public:
    using Checker = std::function<QList<FieldError>(const Debrief&)>;

    explicit DebriefDialog(Checker checker, QWidget* parent = nullptr);
    ~DebriefDialog() override;

    void setHeading(const QString& heading);
    /// The debrief (one review per line, matched by objective) and its objectives.
    void setDebrief(const Debrief& debrief, const QList<DebriefLine>& lines);
    Debrief debrief() const;
    /// The combo boxes of one objective's line (null when it is not shown).
    QComboBox* newLevelCombo(qint64 objectiveId) const;
    QComboBox* statusCombo(qint64 objectiveId) const;
    void accept() override;

private:
    void clearLines();
    void addLine(int row, const DebriefLine& line, const ObjectiveReview& review);

    const std::unique_ptr<Ui::DebriefDialog> m_ui;
    Checker m_checker;
    qint64 m_id = 0;
    qint64 m_binomeId = 0;
    QList<DebriefLine> m_lines;
    QList<QWidget*> m_lineWidgets;
};

} // namespace binome::gui
