#include "KpiTile.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace binome::gui {

KpiTile::KpiTile(QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(this))
    , m_label(new QLabel(this))
    , m_detail(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_value->setObjectName(u"valueLabel"_s);
    m_label->setObjectName(u"nameLabel"_s);
    m_detail->setObjectName(u"detailLabel"_s);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    QFont name = m_label->font();
    name.setBold(true);
    m_label->setFont(name);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* label : {m_value, m_label, m_detail})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);
    m_detail->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(1);
    layout->addWidget(m_value);
    layout->addWidget(m_label);
    layout->addWidget(m_detail);
    layout->addStretch();
}

void KpiTile::setKpi(const Kpi& kpi) {
    setObjectName(kpi.key + u"Tile"_s);
    m_value->setText(kpi.value);
    m_label->setText(kpi.label);
    m_detail->setText(kpi.detail);
    setToolTip(kpi.toolTip);
    setAccessibleName(kpi.label);
    setAccessibleDescription(kpi.value + u' ' + kpi.detail);
}

QString KpiTile::value() const {
    return m_value->text();
}

QString KpiTile::label() const {
    return m_label->text();
}

QString KpiTile::detail() const {
    return m_detail->text();
}

} // namespace binome::gui
