#pragma once

#include "binome/domain/Result.h"
#include "binome/exchange/SpreadsheetCsv.h"

#include <QString>

class QAbstractItemModel;
class QHeaderView;
class QTableView;
class QWidget;

namespace binome::gui {

/// What a view shows, as a spreadsheet table: the horizontal header labels, then every row of
/// `model` in its order (a proxy's current sort and filter), each cell's DisplayRole text
/// (a date as yyyy-MM-dd, a decimal number with the locale's decimal separator). With a
/// `header`, only the sections it shows, in its visual order; without, every column.
SpreadsheetTable tableFromModel(const QAbstractItemModel& model,
                                const QHeaderView* header = nullptr);

/// Writes tableFromModel() as a CSV for French Excel (SpreadsheetCsv), atomically, readable by
/// its owner only.
Status writeTableCsv(const QAbstractItemModel& model, const QString& path,
                     const QHeaderView* header = nullptr);

/// Where to save: a save dialog for a .csv file, opened in the folder of the last export (then
/// of the last import, then Documents) on `suggestedFileName`. Empty when cancelled; ".csv" is
/// added when the name has no such suffix.
QString askSpreadsheetPath(QWidget* parent, const QString& suggestedFileName);

/// Writes the table to `path`; on failure says why in a message box over `parent`. Remembers
/// the folder for the next export when written.
bool exportTableTo(QWidget* parent, const QAbstractItemModel& model, const QString& path,
                   const QHeaderView* header = nullptr);

/// Asks where (askSpreadsheetPath()) and writes what `model` holds (exportTableTo()). False
/// when cancelled or not written.
bool exportTable(QWidget* parent, const QAbstractItemModel& model,
                 const QString& suggestedFileName);
/// The same for what a table view shows: its model, without the columns it hides, in the
/// order its header shows them.
bool exportTable(QWidget* parent, const QTableView& view, const QString& suggestedFileName);

} // namespace binome::gui
