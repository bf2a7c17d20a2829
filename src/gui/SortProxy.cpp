#include "SortProxy.h"

#include "binome/domain/Collation.h"

namespace binome::gui {

bool SortProxy::lessThanValues(const QVariant& left, const QVariant& right) {
    if (!left.isValid() || !right.isValid())
        return !left.isValid() && right.isValid();
    if (left.typeId() == QMetaType::QString && right.typeId() == QMetaType::QString)
        return compareNames(left.toString(), right.toString()) < 0;
    return QVariant::compare(left, right) == QPartialOrdering::Less;
}

bool SortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    return lessThanValues(left.data(sortRole()), right.data(sortRole()));
}

} // namespace binome::gui
