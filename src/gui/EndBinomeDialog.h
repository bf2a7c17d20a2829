#pragma once

#include "binome/domain/Binome.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EndBinomeDialog;
}

namespace binome::gui {

/// Ends a binôme: when, and why. A note is required when the reason is "other". The binôme is
/// kept; its people can be paired again.
class EndBinomeDialog final : public QDialog {
    Q_OBJECT

public:
    explicit EndBinomeDialog(QWidget* parent = nullptr);
    ~EndBinomeDialog() override;

    /// The binôme, who is in it (for the heading) and today (the default end date).
    void setBinome(const Binome& binome, const QString& heading, const QDate& today);
    QDate date() const;
    EndReason reason() const;
    QString note() const;
    /// The version of the binôme it was opened on: ending it is refused if it changed since.
    qint64 rowVersion() const { return m_rowVersion; }
    void accept() override;

private:
    const std::unique_ptr<Ui::EndBinomeDialog> m_ui;
    QDate m_startDate;
    qint64 m_rowVersion = 0;
};

} // namespace binome::gui
