#pragma once

#include <QSortFilterProxyModel>

namespace binome::gui {

/// Sorts a table as its reader expects: text in the order of the interface's language (case
/// ignored, "Émilie" with the E's, see compareNames), numbers and dates by their value. Every
/// table of names sorts through it (or through a proxy that calls lessThanValues()).
class SortProxy final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /// Whether `left` sorts before `right`: two texts by compareNames, anything else by its
    /// value (a number as a number, never as text); a missing value first.
    static bool lessThanValues(const QVariant& left, const QVariant& right);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace binome::gui
