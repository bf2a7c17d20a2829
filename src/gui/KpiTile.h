#pragma once

#include "DashboardKpis.h"

#include <QFrame>

class QLabel;

namespace binome::gui {

/// One figure of the dashboard: its value large, its name, a short detail, and how it is
/// computed as a tooltip. Named "<key>Tile" (e.g. "cadenceTile") for tests and styles.
class KpiTile final : public QFrame {
    Q_OBJECT

public:
    explicit KpiTile(QWidget* parent = nullptr);

    void setKpi(const Kpi& kpi);
    QString value() const;
    QString label() const;
    QString detail() const;

private:
    QLabel* m_value;
    QLabel* m_label;
    QLabel* m_detail;
};

} // namespace binome::gui
