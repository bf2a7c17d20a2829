#include "EndBinomeDialog.h"

#include "FieldErrors.h"
#include "SessionDialog.h"
#include "ui_EndBinomeDialog.h"

using namespace Qt::StringLiterals;

namespace binome::gui {

EndBinomeDialog::EndBinomeDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EndBinomeDialog>()) {
    m_ui->setupUi(this);
    setObjectName(u"EndBinomeDialog"_s);
    for (EndReason reason :
         {EndReason::Completed, EndReason::Left, EndReason::Mismatch, EndReason::Other})
        m_ui->reasonCombo->addItem(endReasonDisplayName(reason), static_cast<int>(reason));
    m_ui->errorLabel->hide();
    connect(m_ui->reasonCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->noteEdit->setPlaceholderText(
            reason() == EndReason::Other ? tr("Required: why it ended") : tr("Optional"));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EndBinomeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EndBinomeDialog::reject);
    installAcceptKeys(this, m_ui->buttonBox);
    m_ui->noteEdit->setPlaceholderText(tr("Optional"));
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->reasonCombo->setFocus();
}

EndBinomeDialog::~EndBinomeDialog() = default;

void EndBinomeDialog::setBinome(const Binome& binome, const QString& heading, const QDate& today) {
    m_startDate = binome.startDate;
    m_rowVersion = binome.rowVersion;
    m_ui->headingLabel->setTextFormat(Qt::PlainText);
    m_ui->headingLabel->setText(
        tr("%1\nThe binôme is kept with its history; both people can be paired again.")
            .arg(heading));
    if (m_startDate.isValid())
        m_ui->dateEdit->setMinimumDate(m_startDate);
    m_ui->dateEdit->setDate(m_startDate.isValid() && today < m_startDate ? m_startDate : today);
    setWindowTitle(tr("End the binôme"));
}

QDate EndBinomeDialog::date() const {
    return m_ui->dateEdit->date();
}

EndReason EndBinomeDialog::reason() const {
    return static_cast<EndReason>(m_ui->reasonCombo->currentData().toInt());
}

QString EndBinomeDialog::note() const {
    return m_ui->noteEdit->text().trimmed();
}

void EndBinomeDialog::accept() {
    QList<FieldError> errors;
    if (m_startDate.isValid() && date() < m_startDate)
        errors << FieldError{u"end_date"_s,
                             tr("a binôme cannot end before it started (%1)")
                                 .arg(QLocale().toString(m_startDate, QLocale::ShortFormat))};
    if (reason() == EndReason::Other && note().isEmpty())
        errors << FieldError{u"end_note"_s, tr("say why it ended when the reason is \"other\"")};
    if (showFieldErrors(m_ui->errorLabel, errors)) {
        QDialog::accept();
        return;
    }
    (errors.first().field == u"end_note" ? static_cast<QWidget*>(m_ui->noteEdit)
                                         : static_cast<QWidget*>(m_ui->dateEdit))
        ->setFocus();
}

} // namespace binome::gui
