#pragma once

#include "binome/services/PairingService.h"

#include "RowTableModel.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStyledItemDelegate>

namespace binome::gui {

/// The proposed binômes, one row per senior.
class ProposalTableModel final : public RowTableModel<ProposedBinome> {
    Q_OBJECT

public:
    enum Column { SeniorColumn, JuniorColumn, ScoreColumn, LockedColumn, GapsColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, BarRole };

    explicit ProposalTableModel(QObject* parent = nullptr);
    const QList<ProposedBinome>& binomes() const { return m_rows; }
    /// The row of the senior with this id, or -1.
    int rowOfSenior(qint64 seniorId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

/// People left without a binôme, and why.
class UnmatchedTableModel final : public RowTableModel<UnmatchedParticipant> {
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, ReasonColumn, ColumnCount };

    explicit UnmatchedTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

/// Skill by skill, how much of the seniors' gaps the junior pool can cover.
class CoverageTableModel final : public RowTableModel<SkillCoverage> {
    Q_OBJECT

public:
    enum Column {
        SkillColumn,
        SeniorsColumn,
        GapColumn,
        CoverableColumn,
        TeachersColumn,
        ColumnCount
    };
    enum Roles { SortRole = Qt::UserRole + 1, BarRole };

    explicit CoverageTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

/// The juniors who could mentor one senior, with their scores.
class MentorCandidateModel final : public RowTableModel<MentorCandidate> {
    Q_OBJECT

public:
    enum Column { JuniorColumn, ScoreColumn, RuleColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, BarRole, IdRole };

    explicit MentorCandidateModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

/// The confirmed pairing runs of a program, for audit.
class RunTableModel final : public RowTableModel<PairingRun> {
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, BinomesColumn, TotalColumn, SettingsColumn, ColumnCount };

    explicit RunTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "skills 0.6, availability 0.2, … minimum 20; same reporting line excluded"
    static QString describeSettings(const PairingSettings& settings);
};

/// A binôme a confirmed run created, with both people's names.
struct RunBinome {
    Binome binome;
    QString junior;
    QString senior;
};

/// The binômes of one confirmed run, as they are now (some may have ended since).
class RunBinomeTableModel final : public RowTableModel<RunBinome> {
    Q_OBJECT

public:
    enum Column { JuniorColumn, SeniorColumn, ScoreColumn, StatusColumn, ColumnCount };
    /// BarRole is the value BarDelegate reads; FilterRole holds the words a filter matches.
    enum Roles { SortRole = Qt::UserRole + 1, BarRole, IdRole, FilterRole };

    explicit RunBinomeTableModel(QObject* parent = nullptr);
    /// The row of the binôme with this id, or -1.
    int rowOf(qint64 binomeId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

/// Paints a cell's BarRole (0..1) as a horizontal bar behind its text.
class BarDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace binome::gui
