#include "BackupSettingsDialog.h"

#include "ui_BackupSettingsDialog.h"

#include "binome/services/BackupService.h"

#include <QDir>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace binome::gui {

BackupSettingsDialog::BackupSettingsDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupSettingsDialog>()) {
    m_ui->setupUi(this);
    setObjectName(u"BackupSettingsDialog"_s);
    m_ui->countSpin->setRange(0, BackupService::MaximumRollingCount);
    m_ui->countSpin->setSpecialValueText(tr("None (off)"));
    m_ui->countSpin->setValue(BackupService::rollingCountSetting());
    m_ui->folderValue->setText(
        databasePath.isEmpty()
            ? tr("A folder named after each database, beside it (DATABASE.backups).")
            : QDir::toNativeSeparators(BackupService::rollingFolder(databasePath)));
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, &BackupSettingsDialog::updateHint);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BackupSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BackupSettingsDialog::reject);
    updateHint();
    m_ui->countSpin->setFocus();
}

BackupSettingsDialog::~BackupSettingsDialog() = default;

int BackupSettingsDialog::rollingCount() const {
    return m_ui->countSpin->value();
}

void BackupSettingsDialog::updateHint() {
    const int count = rollingCount();
    m_ui->hintLabel->setText(
        count == 0 ? tr("No daily copy is made; the copies already made are kept.")
                   : tr("The copies of the last %n day(s) of use are kept.", nullptr, count));
}

void BackupSettingsDialog::accept() {
    BackupService::setRollingCountSetting(rollingCount());
    QDialog::accept();
}

} // namespace binome::gui
