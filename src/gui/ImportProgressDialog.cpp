#include "ImportProgressDialog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProgressDialog>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

constexpr int Steps = 1000; ///< the bar's range: tenths of a percent

} // namespace

ImportProgressDialog::ImportProgressDialog(QWidget* parent, QString fileName)
    : m_dialog(new QProgressDialog(parent))
    , m_fileName(std::move(fileName)) {
    m_dialog->setObjectName(u"importProgress"_s);
    m_dialog->setWindowTitle(QCoreApplication::translate("ImportProgressDialog", "Import"));
    m_dialog->setCancelButtonText(QCoreApplication::translate("ImportProgressDialog", "Cancel"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setRange(0, Steps);
    m_dialog->setMinimumDuration(500);
    m_dialog->setMinimumWidth(380); // the label grows with the counts: no jumping window
    // Shown until the import is over, whatever the value: it goes back to 0 for each step.
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
}

ImportProgressDialog::~ImportProgressDialog() {
    delete m_dialog.data();
}

ImportProgress ImportProgressDialog::callbacks() {
    ImportProgress progress;
    progress.reading = [this](qint64 done, qint64 total) {
        return update(
            done, total,
            QCoreApplication::translate("ImportProgressDialog", "Reading %1…").arg(m_fileName));
    };
    progress.writing = [this](qint64 done, qint64 total) {
        const QLocale locale;
        return update(done, total,
                      QCoreApplication::translate("ImportProgressDialog", "Importing… %1 of %2")
                          .arg(locale.toString(done), locale.toString(total)));
    };
    return progress;
}

bool ImportProgressDialog::update(qint64 done, qint64 total, const QString& label) {
    if (!m_dialog)
        return true;
    if (m_dialog->labelText() != label)
        m_dialog->setLabelText(label);
    const int value =
        total > 0 ? static_cast<int>(std::clamp<qint64>(done * Steps / total, 0, Steps)) : 0;
    if (value != m_dialog->value())
        m_dialog->setValue(value); // processes the events once the dialog shows
    else if (m_dialog->isVisible())
        QCoreApplication::processEvents();
    return !m_dialog->wasCanceled();
}

} // namespace binome::gui
