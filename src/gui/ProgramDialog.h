#pragma once

#include "binome/domain/Program.h"
#include "binome/domain/Validation.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ProgramDialog;
}

namespace binome::gui {

/// Creates or edits a program.
class ProgramDialog final : public QDialog {
    Q_OBJECT

public:
    using Checker = std::function<QList<FieldError>(const Program&)>;

    explicit ProgramDialog(Checker checker, QWidget* parent = nullptr);
    ~ProgramDialog() override;

    void setProgram(const Program& program);
    Program program() const;
    void accept() override;

private:
    const std::unique_ptr<Ui::ProgramDialog> m_ui;
    Checker m_checker;
    qint64 m_id = 0;
    qint64 m_rowVersion = 0;
};

} // namespace binome::gui
