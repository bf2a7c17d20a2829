#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Program.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

namespace binome::gui {

/// A program's follow-up: one row per binôme with its figures and flags. Fed by the page from
/// FollowUpService; never touches the database. Every cell is read from the row in memory, so
/// that sorting and filtering ten thousand binômes stays instant.
class FollowUpTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        JuniorColumn,
        SeniorColumn,
        StatusColumn,
        SessionsColumn,
        HoursColumn,
        LastSessionColumn,
        NextSessionColumn,
        ObjectivesColumn,
        GainColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Roles {
        IdRole = Qt::UserRole + 1, ///< the binôme's id
        SortRole,                  ///< raw values: numbers, days, names (see compareNames)
        FilterTextRole,            ///< names and e-mails as a text key
        FlagsRole,                 ///< the FollowUpFlag bits
        StatusRole,                ///< the BinomeStatus as an int
        JuniorIdRole,
    };

    explicit FollowUpTableModel(QObject* parent = nullptr);

    /// The program's rows (its cadence words the flags' reasons).
    void setRows(const Program& program, QList<FollowUpRow> rows);
    const QList<FollowUpRow>& rows() const { return m_rows; }
    const Program& program() const { return m_program; }
    const FollowUpRow& rowAt(int row) const { return m_rows.at(row); }
    /// The row of the binôme with this id, or -1.
    int rowOf(qint64 binomeId) const { return m_rowOfId.value(binomeId, -1); }
    /// The row of this binôme, or nullptr.
    const FollowUpRow* binomeRow(qint64 binomeId) const;
    /// Names and e-mails of a row, as a text key (see textKey()).
    const QString& filterKey(int row) const { return filterKeys().at(row); }
    /// Compares two rows on a column by their raw values, as the sort role does (names in the
    /// order of the interface's language).
    bool lessThan(int leftRow, int rightRow, int column) const;

    /// The short names of the flags ("At risk, Low rating").
    static QString flagsText(int flags);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// The filter keys of every row, made the first time they are needed: opening a big program
    /// needs none of them.
    const QList<QString>& filterKeys() const;
    QVariant display(const FollowUpRow& row, int column) const;
    QVariant sortValue(int row, int column) const;
    QVariant toolTip(const FollowUpRow& row, int column) const;

    Program m_program;
    QList<FollowUpRow> m_rows;
    mutable QList<QString> m_filterKeys;
    QHash<qint64, int> m_rowOfId;
    QIcon m_flagIcon;
};

} // namespace binome::gui
