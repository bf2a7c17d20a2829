#pragma once

#include "binome/services/PairingService.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStyledItemDelegate>

namespace binome::gui {

/// The proposed binômes, one row per senior.
class ProposalTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SeniorColumn, JuniorColumn, ScoreColumn, LockedColumn, GapsColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, BarRole };

    explicit ProposalTableModel(QObject* parent = nullptr);
    void setBinomes(QList<ProposedBinome> binomes);
    const QList<ProposedBinome>& binomes() const { return m_binomes; }
    /// The row of the senior with this id, or -1.
    int rowOfSenior(qint64 seniorId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ProposedBinome> m_binomes;
};

/// People left without a binôme, and why.
class UnmatchedTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, ReasonColumn, ColumnCount };

    explicit UnmatchedTableModel(QObject* parent = nullptr);
    void setUnmatched(QList<UnmatchedParticipant> unmatched);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<UnmatchedParticipant> m_unmatched;
};

/// Skill by skill, how much of the seniors' gaps the junior pool can cover.
class CoverageTableModel final : public QAbstractTableModel {
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
    void setCoverage(QList<SkillCoverage> coverage);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SkillCoverage> m_coverage;
};

/// The juniors who could mentor one senior, with their scores.
class MentorCandidateModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { JuniorColumn, ScoreColumn, RuleColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, BarRole, IdRole };

    explicit MentorCandidateModel(QObject* parent = nullptr);
    void setCandidates(QList<MentorCandidate> candidates);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MentorCandidate> m_candidates;
};

/// The confirmed pairing runs of a program, for audit.
class RunTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, BinomesColumn, TotalColumn, SettingsColumn, ColumnCount };

    explicit RunTableModel(QObject* parent = nullptr);
    void setRuns(QList<PairingRun> runs);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "skills 0.6, availability 0.2, … minimum 20; same reporting line excluded"
    static QString describeSettings(const PairingSettings& settings);

private:
    QList<PairingRun> m_runs;
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
