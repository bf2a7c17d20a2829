#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Skill.h"
#include "binome/domain/Validation.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;

namespace Ui {
class SessionDialog;
}

namespace binome::gui {

/// Fills a rating combo box: "—" (none), then 1 to 5.
void fillRatingCombo(QComboBox* combo);
void setComboRating(QComboBox* combo, std::optional<int> rating);
std::optional<int> comboRating(const QComboBox* combo);
/// Ctrl+Enter (and Ctrl+Return) accepts the dialog from anywhere, multi-line fields included;
/// the OK button is the default one, so Enter in a single-line field accepts too.
void installAcceptKeys(QDialog* dialog, QDialogButtonBox* buttonBox);

/// Logs, plans or edits a session of a binôme, filled with sensible defaults so that a mentor
/// only types the notes and presses Ctrl+Enter.
class SessionDialog final : public QDialog {
    Q_OBJECT

public:
    using Checker = std::function<QList<FieldError>(const Session&)>;

    /// `catalog`: the skills that may be ticked (archived ones only show when already ticked).
    SessionDialog(const QList<Skill>& catalog, Checker checker, QWidget* parent = nullptr);
    ~SessionDialog() override;

    /// Who meets, shown above the form ("Ana Lima mentors Jean Dupont").
    void setHeading(const QString& heading);
    /// Shows the session; the first focus goes to the field most likely to change: the notes
    /// of a held session, the date of a planned one.
    void setSession(const Session& session);
    Session session() const;
    void accept() override;

private:
    void updateForState();
    void fillSkills(const QList<qint64>& checked);
    void focusField(const QString& field);

    const std::unique_ptr<Ui::SessionDialog> m_ui;
    QList<Skill> m_catalog;
    Checker m_checker;
    qint64 m_id = 0;
    qint64 m_rowVersion = 0;
    qint64 m_binomeId = 0;
};

} // namespace binome::gui
