#include "ProgramTableModel.h"

#include <QLocale>

namespace binome::gui {

ProgramTableModel::ProgramTableModel(QObject* parent)
    : RowTableModel(ColumnCount, parent) {}

const Program* ProgramTableModel::program(qint64 id) const {
    for (const Program& p : m_rows) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QVariant ProgramTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Program& p = m_rows.at(index.row());
    if (role == IdRole)
        return p.id;
    if (role == SortRole) {
        switch (index.column()) {
        case StartColumn:
            return p.startDate;
        case EndColumn:
            return p.endDate;
        case CadenceColumn:
            return p.cadenceDays;
        default:
            return data(index, Qt::DisplayRole).toString(); // compared by SortProxy
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case NameColumn:
        return p.name;
    case StartColumn:
        return QLocale().toString(p.startDate, QLocale::ShortFormat);
    case EndColumn:
        return QLocale().toString(p.endDate, QLocale::ShortFormat);
    case CadenceColumn:
        return tr("every %n day(s)", nullptr, p.cadenceDays);
    case DescriptionColumn:
        return p.description;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProgramTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case NameColumn:
        return tr("Name");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case CadenceColumn:
        return tr("Sessions");
    case DescriptionColumn:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace binome::gui
