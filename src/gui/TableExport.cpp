#include "TableExport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

const QString LastFolderKey = u"export/lastFolder"_s;

/// The columns to write, in the order the user sees them.
QList<int> visibleColumns(const QAbstractItemModel& model, const QHeaderView* header) {
    QList<int> columns;
    const int count = model.columnCount();
    if (header == nullptr || header->model() != &model) {
        for (int column = 0; column < count; ++column)
            columns << column;
        return columns;
    }
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && logical < count && !header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

/// A cell's DisplayRole as text, the way a spreadsheet reads it.
QString cellText(const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(u"yyyy-MM-dd"_s);
    case QMetaType::Double:
    case QMetaType::Float: {
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    default:
        return value.toString();
    }
}

} // namespace

SpreadsheetTable tableFromModel(const QAbstractItemModel& model, const QHeaderView* header) {
    const QList<int> columns = visibleColumns(model, header);
    SpreadsheetTable table;
    for (const int column : columns)
        table.header << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    const int rows = model.rowCount();
    table.rows.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QStringList cells;
        cells.reserve(columns.size());
        for (const int column : columns)
            cells << cellText(model.data(model.index(row, column), Qt::DisplayRole));
        table.rows << cells;
    }
    return table;
}

Status writeTableCsv(const QAbstractItemModel& model, const QString& path,
                     const QHeaderView* header) {
    return writeSpreadsheetCsv(path, tableFromModel(model, header));
}

QString askSpreadsheetPath(QWidget* parent, const QString& suggestedFileName) {
    const QSettings settings;
    QString start = settings.value(LastFolderKey).toString();
    if (start.isEmpty() || !QFileInfo(start).isDir())
        start = settings
                    .value(u"import/lastFolder"_s,
                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .toString();
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("TableExport", "Export to a spreadsheet"),
        QDir(start).filePath(suggestedFileName),
        QCoreApplication::translate("TableExport", "CSV for Excel (*.csv)"));
    if (!path.isEmpty() && !path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path += u".csv"_s;
    return path;
}

bool exportTableTo(QWidget* parent, const QAbstractItemModel& model, const QString& path,
                   const QHeaderView* header) {
    const Status written = writeTableCsv(model, path, header);
    if (!written) {
        QMessageBox box(QMessageBox::Warning,
                        QCoreApplication::translate("TableExport", "Export to a spreadsheet"),
                        QCoreApplication::translate("TableExport", "The table was not exported.") +
                            u"\n\n"_s + written.error(),
                        QMessageBox::Ok, parent);
        box.setObjectName(u"tableExportError"_s);
        box.setTextFormat(Qt::PlainText); // the path and the reason are shown as they are
        box.exec();
        return false;
    }
    QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
    return true;
}

bool exportTable(QWidget* parent, const QAbstractItemModel& model,
                 const QString& suggestedFileName) {
    const QString path = askSpreadsheetPath(parent, suggestedFileName);
    return !path.isEmpty() && exportTableTo(parent, model, path);
}

bool exportTable(QWidget* parent, const QTableView& view, const QString& suggestedFileName) {
    if (view.model() == nullptr)
        return false;
    const QString path = askSpreadsheetPath(parent, suggestedFileName);
    return !path.isEmpty() && exportTableTo(parent, *view.model(), path, view.horizontalHeader());
}

} // namespace binome::gui
