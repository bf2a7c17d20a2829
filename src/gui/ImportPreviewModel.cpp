#include "ImportPreviewModel.h"

#include "ParticipantTableModel.h"

#include "binome/domain/Validation.h"

#include <QColor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {
const QColor ProblemText(0xb0, 0x00, 0x20);
const QColor ProblemBackground(0xfd, 0xe2, 0xe2);
} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ImportPreviewModel::setReport(const ImportReport& report) {
    beginResetModel();
    m_rows = report.rows;
    m_problemLines.clear();
    m_problems.clear();
    for (const ImportProblem& problem : report.problems) {
        m_problemLines.insert(problem.line);
        m_problems[problem.line] << problem;
    }
    endResetModel();
}

void ImportPreviewModel::setRows(QList<ImportRow> rows, QSet<int> problemLines) {
    beginResetModel();
    m_rows = std::move(rows);
    m_problemLines = std::move(problemLines);
    m_problems.clear();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int ImportPreviewModel::columnOfField(const QString& field) {
    if (field == u"role")
        return RoleColumn;
    if (field == u"first_name" || field == u"last_name")
        return NameColumn;
    if (field == u"email")
        return EmailColumn;
    if (field == u"skills" || field.startsWith(u"skill:") || field.startsWith(u"target:") ||
        field.startsWith(u"priority:"))
        return SkillsColumn;
    return -1;
}

QList<ImportProblem> ImportPreviewModel::problemsAt(const ImportRow& row, int column) const {
    const QList<ImportProblem> all = m_problems.value(row.line);
    if (column == ActionColumn)
        return all;
    QList<ImportProblem> found;
    for (const ImportProblem& problem : all) {
        if (columnOfField(problem.field) == column)
            found << problem;
    }
    return found;
}

QVariant ImportPreviewModel::display(const ImportRow& row, int column) const {
    switch (static_cast<Column>(column)) {
    case LineColumn:
        return row.line;
    case ActionColumn:
        if (m_problemLines.contains(row.line))
            return tr("Problem");
        switch (row.action) {
        case ImportAction::Create:
            return tr("New");
        case ImportAction::Update:
            return tr("Update");
        case ImportAction::Unchanged:
            return tr("Unchanged");
        }
        return {};
    case RoleColumn: {
        // A role the file gets wrong shows as written, never as the default role.
        const QList<ImportProblem> problems = problemsAt(row, RoleColumn);
        return problems.isEmpty() ? roleDisplayName(row.participant.role) : problems.first().value;
    }
    case NameColumn:
        return row.participant.fullName();
    case EmailColumn:
        return row.participant.email;
    case SkillsColumn:
        return ParticipantTableModel::skillsSummary(row.participant);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow& row = m_rows.at(index.row());
    const int column = index.column();
    const bool wrong = m_problemLines.contains(row.line);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::BackgroundRole:
        return wrong ? QVariant(ProblemBackground) : QVariant();
    case Qt::ForegroundRole:
        if (wrong && (column == ActionColumn || !problemsAt(row, column).isEmpty()))
            return ProblemText;
        if (column != ActionColumn)
            return {};
        switch (row.action) {
        case ImportAction::Create:
            return QColor(0x1b, 0x7f, 0x3a);
        case ImportAction::Update:
            return QColor(0x9a, 0x5b, 0x00);
        case ImportAction::Unchanged:
            return {};
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const ImportProblem& problem : problemsAt(row, column))
            lines << (problem.field.isEmpty()
                          ? tr("Line %1: %2").arg(QString::number(problem.line), problem.message)
                          : tr("Line %1, %2: %3")
                                .arg(QString::number(problem.line), fieldLabel(problem.field),
                                     problem.message));
        if (lines.isEmpty())
            return {};
        // Plain text: the messages quote the file, which may look like HTML.
        const QString text = lines.join(u'\n');
        return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text) : text;
    }
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case LineColumn:
        return tr("Line");
    case ActionColumn:
        return tr("Action");
    case RoleColumn:
        return tr("Role");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case SkillsColumn:
        return tr("Skills and gaps");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace binome::gui
