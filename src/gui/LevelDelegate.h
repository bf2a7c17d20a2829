#pragma once

#include <QStyledItemDelegate>

namespace binome::gui {

/// A spin box from the model's MinimumRole to MaximumRole; its lowest value reads "—" and
/// clears the cell.
class LevelDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace binome::gui
