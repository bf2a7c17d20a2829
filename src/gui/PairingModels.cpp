#include "PairingModels.h"

#include "binome/domain/TextKey.h"
#include "binome/reports/ReportDocument.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace binome::gui {

ProposalTableModel::ProposalTableModel(QObject* parent)
    : RowTableModel(ColumnCount, parent) {}

int ProposalTableModel::rowOfSenior(qint64 seniorId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].senior.id == seniorId)
            return row;
    }
    return -1;
}

QVariant ProposalTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProposedBinome& b = m_rows.at(index.row());
    const bool finite = std::isfinite(b.score);
    switch (role) {
    case BarRole:
        return index.column() == ScoreColumn && finite ? QVariant(b.score / 100.0) : QVariant();
    case SortRole:
        switch (index.column()) {
        case SeniorColumn: // by last name, then first name (compared by SortProxy)
            return QString(b.senior.lastName + u' ' + b.senior.firstName);
        case JuniorColumn:
            return QString(b.junior.lastName + u' ' + b.junior.firstName);
        case ScoreColumn:
            return finite ? b.score : -1.0;
        case LockedColumn:
            return b.confirmed ? 2 : (b.locked ? 1 : 0);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case SeniorColumn:
            return b.senior.fullName();
        case JuniorColumn:
            return b.junior.fullName();
        case ScoreColumn:
            return finite ? QLocale().toString(b.score, 'f', 1) : tr("breaks a rule");
        case LockedColumn:
            return b.confirmed ? tr("Confirmed") : (b.locked ? tr("Locked") : QString());
        case GapsColumn: {
            QStringList covered;
            for (const auto& gap : b.explanation.gaps) {
                if (gap.coverage > 0)
                    covered << u"%1 %2→%3"_s.arg(b.skillNames.value(gap.skill))
                                   .arg(gap.seniorCurrent)
                                   .arg(gap.seniorTarget);
            }
            return covered.join(u", "_s);
        }
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                             : QVariant();
    case Qt::FontRole:
        if (b.confirmed) { // kept as it is: set apart from the new proposals
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: { // shown as typed, even when a name looks like HTML
        const QString text = PairingService::describe(b).join(u'\n');
        return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text) : text;
    }
    default:
        return {};
    }
}

QVariant ProposalTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case SeniorColumn:
        return tr("Senior (mentee)");
    case JuniorColumn:
        return tr("Junior (mentor)");
    case ScoreColumn:
        return tr("Score");
    case LockedColumn:
        return tr("Lock");
    case GapsColumn:
        return tr("Gaps covered");
    case ColumnCount:
        break;
    }
    return {};
}

UnmatchedTableModel::UnmatchedTableModel(QObject* parent)
    : RowTableModel(ColumnCount, parent) {}

QVariant UnmatchedTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::ToolTipRole) { // plain text: a name such as <b>x</b> is not markup
        const QString text = data(index, Qt::DisplayRole).toString();
        return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text) : text;
    }
    if (role != Qt::DisplayRole)
        return {};
    const UnmatchedParticipant& u = m_rows.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case NameColumn:
        return u.person.fullName();
    case RoleColumn:
        return roleDisplayName(u.person.role);
    case ReasonColumn:
        return u.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UnmatchedTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case ReasonColumn:
        return tr("Why no binôme");
    case ColumnCount:
        break;
    }
    return {};
}

CoverageTableModel::CoverageTableModel(QObject* parent)
    : RowTableModel(ColumnCount, parent) {}

QVariant CoverageTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SkillCoverage& c = m_rows.at(index.row());
    if (role == BarRole)
        return index.column() == CoverableColumn ? QVariant(c.coverableShare()) : QVariant();
    if (role == SortRole) {
        switch (index.column()) {
        case SeniorsColumn:
            return c.seniorsWithGap;
        case GapColumn:
            return c.totalGap;
        case CoverableColumn:
            return c.coverableShare();
        case TeachersColumn:
            return c.juniorsAbleToTeach;
        default:
            return c.name;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != SkillColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case SkillColumn:
        return u"%1 (%2)"_s.arg(c.name, c.code);
    case SeniorsColumn:
        return c.seniorsWithGap;
    case GapColumn:
        return c.totalGap;
    case CoverableColumn:
        return reportText::percent(c.coverableShare());
    case TeachersColumn:
        return c.juniorsAbleToTeach;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CoverageTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case SkillColumn:
        return tr("Skill");
    case SeniorsColumn:
        return tr("Seniors with a gap");
    case GapColumn:
        return tr("Total gap (levels)");
    case CoverableColumn:
        return tr("Coverable by the juniors");
    case TeachersColumn:
        return tr("Juniors able to teach it");
    case ColumnCount:
        break;
    }
    return {};
}

MentorCandidateModel::MentorCandidateModel(QObject* parent)
    : RowTableModel(ColumnCount, parent) {}

QVariant MentorCandidateModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MentorCandidate& c = m_rows.at(index.row());
    const bool allowed = !std::isnan(c.score);
    switch (role) {
    case IdRole:
        return c.junior.id;
    case BarRole:
        return index.column() == ScoreColumn && allowed ? QVariant(c.score / 100.0) : QVariant();
    case SortRole:
        if (index.column() == ScoreColumn)
            return allowed ? c.score : -1.0;
        return data(index, Qt::DisplayRole).toString();
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case JuniorColumn:
            return c.junior.fullName();
        case ScoreColumn:
            return allowed ? QLocale().toString(c.score, 'f', 1) : QString();
        case RuleColumn:
            return c.obstacle;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                             : QVariant();
    default:
        return {};
    }
}

QVariant MentorCandidateModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case JuniorColumn:
        return tr("Junior (mentor)");
    case ScoreColumn:
        return tr("Score");
    case RuleColumn:
        return tr("Ruled out by");
    case ColumnCount:
        break;
    }
    return {};
}

RunTableModel::RunTableModel(QObject* parent)
    : RowTableModel(ColumnCount, parent) {}

QString RunTableModel::describeSettings(const PairingSettings& s) {
    QStringList parts;
    const QLocale locale; // the interface's decimal separator: 0.6 in English, 0,6 in French
    const auto number = [&locale](double value) {
        return locale.toString(value, 'f', QLocale::FloatingPointShortest);
    };
    parts << tr("skills %1, availability %2, same site %3, other department %4, minimum %5")
                 .arg(number(s.weightSkill), number(s.weightAvailability), number(s.weightSite),
                      number(s.weightCrossDepartment), number(s.minScore));
    if (s.forbidSameDepartment)
        parts << tr("never the same department");
    if (s.forbidSameReportingLine)
        parts << tr("never the same reporting line");
    if (s.requireCoveredGap)
        parts << tr("a gap must be covered");
    return parts.join(u"; "_s);
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::ToolTipRole) { // plain text: a name such as <b>x</b> is not markup
        const QString text = data(index, Qt::DisplayRole).toString();
        return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text) : text;
    }
    if (role != Qt::DisplayRole)
        return {};
    const PairingRun& run = m_rows.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case WhenColumn:
        return QLocale().toString(run.runAt.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return run.runBy;
    case BinomesColumn:
        return run.pairCount;
    case TotalColumn:
        return QLocale().toString(run.total, 'f', 1);
    case SettingsColumn:
        return describeSettings(run.settings);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case WhenColumn:
        return tr("Confirmed on");
    case WhoColumn:
        return tr("By");
    case BinomesColumn:
        return tr("Binômes");
    case TotalColumn:
        return tr("Total score");
    case SettingsColumn:
        return tr("Weights and rules");
    case ColumnCount:
        break;
    }
    return {};
}

RunBinomeTableModel::RunBinomeTableModel(QObject* parent)
    : RowTableModel(ColumnCount, parent) {}

int RunBinomeTableModel::rowOf(qint64 binomeId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].binome.id == binomeId)
            return row;
    }
    return -1;
}

QVariant RunBinomeTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunBinome& r = m_rows.at(index.row());
    const Binome& b = r.binome;
    switch (role) {
    case IdRole:
        return b.id;
    case BarRole:
        return index.column() == ScoreColumn ? QVariant(b.score / 100.0) : QVariant();
    case FilterRole:
        return textKey(
            QStringList{r.junior, r.senior, binomeStatusDisplayName(b.status)}.join(u' '));
    case SortRole:
        switch (index.column()) {
        case ScoreColumn:
            return b.score;
        case StatusColumn:
            return static_cast<int>(b.status);
        default:
            return data(index, Qt::DisplayRole).toString();
        }
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case JuniorColumn:
            return r.junior;
        case SeniorColumn:
            return r.senior;
        case ScoreColumn:
            return QLocale().toString(b.score, 'f', 1);
        case StatusColumn:
            return binomeStatusDisplayName(b.status);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && b.status == BinomeStatus::Ended && b.endReason)
            return tr("Ended on %1: %2")
                .arg(QLocale().toString(b.endDate, QLocale::ShortFormat),
                     endReasonDisplayName(*b.endReason));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                             : QVariant();
    case Qt::ForegroundRole:
        if (b.status == BinomeStatus::Ended) // kept in the run's history, set apart
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant RunBinomeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case JuniorColumn:
        return tr("Junior (mentor)");
    case SeniorColumn:
        return tr("Senior (mentee)");
    case ScoreColumn:
        return tr("Score");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

void BarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                        const QModelIndex& index) const {
    const QVariant bar = index.data(ProposalTableModel::BarRole);
    if (bar.isValid()) {
        const double share = std::clamp(bar.toDouble(), 0.0, 1.0);
        QRect area = option.rect.adjusted(3, 4, -3, -4);
        area.setWidth(static_cast<int>(area.width() * share));
        painter->save();
        const QColor color = QColor::fromHsvF(0.33 * share, 0.45, 0.92);
        painter->fillRect(area, color);
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace binome::gui
