#include "LevelDelegate.h"

#include "SkillLevelsModel.h"

#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace binome::gui {

QWidget* LevelDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                     const QModelIndex& index) const {
    auto* spin = new QSpinBox(parent);
    spin->setRange(-1, index.data(SkillLevelsModel::MaximumRole).toInt());
    spin->setSpecialValueText(u"—"_s);
    spin->setAlignment(Qt::AlignCenter);
    spin->setFrame(false);
    return spin;
}

void LevelDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    static_cast<QSpinBox*>(editor)->setValue(index.data(Qt::EditRole).toInt());
}

void LevelDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                 const QModelIndex& index) const {
    auto* spin = static_cast<QSpinBox*>(editor);
    spin->interpretText();
    model->setData(index, spin->value() < 0 ? QString() : QString::number(spin->value()),
                   Qt::EditRole);
}

} // namespace binome::gui
