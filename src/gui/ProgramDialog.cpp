#include "ProgramDialog.h"

#include "FieldErrors.h"
#include "ui_ProgramDialog.h"

#include <QSpinBox>

namespace binome::gui {

ProgramDialog::ProgramDialog(Checker checker, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProgramDialog>())
    , m_checker(std::move(checker)) {
    m_ui->setupUi(this);
    const QDate today = QDate::currentDate();
    m_ui->startDateEdit->setDate(QDate(today.year(), today.month(), 1).addMonths(1));
    m_ui->endDateEdit->setDate(m_ui->startDateEdit->date().addMonths(9));
    m_ui->errorLabel->hide();
    // "14 days": the unit after the number, singular or plural with it.
    const auto showUnit = [this](int days) {
        m_ui->cadenceSpin->setSuffix(days == 1 ? tr(" day") : tr(" days"));
    };
    connect(m_ui->cadenceSpin, &QSpinBox::valueChanged, this, showUnit);
    showUnit(m_ui->cadenceSpin->value());
    setWindowTitle(tr("New program"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProgramDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProgramDialog::reject);
}

ProgramDialog::~ProgramDialog() = default;

void ProgramDialog::setProgram(const Program& program) {
    m_id = program.id;
    m_rowVersion = program.rowVersion;
    m_ui->nameEdit->setText(program.name);
    m_ui->startDateEdit->setDate(program.startDate);
    m_ui->endDateEdit->setDate(program.endDate);
    m_ui->cadenceSpin->setValue(program.cadenceDays);
    m_ui->descriptionEdit->setPlainText(program.description);
    setWindowTitle(tr("Edit %1").arg(program.name));
}

Program ProgramDialog::program() const {
    Program p;
    p.id = m_id;
    p.rowVersion = m_rowVersion; // as loaded: refused on save if changed since
    p.name = m_ui->nameEdit->text().trimmed();
    p.startDate = m_ui->startDateEdit->date();
    p.endDate = m_ui->endDateEdit->date();
    p.cadenceDays = m_ui->cadenceSpin->value();
    p.description = m_ui->descriptionEdit->toPlainText().trimmed();
    return p;
}

void ProgramDialog::accept() {
    if (showFieldErrors(m_ui->errorLabel, m_checker ? m_checker(program()) : QList<FieldError>()))
        QDialog::accept();
}

} // namespace binome::gui
