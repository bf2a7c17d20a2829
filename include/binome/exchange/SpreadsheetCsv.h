#pragma once

#include "binome/domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace binome {

/// A table as a spreadsheet shows it: a header row, then rows of cells, all text.
struct SpreadsheetTable {
    QStringList header;
    QList<QStringList> rows;
};

/// Whether a spreadsheet could read the cell as a formula: it begins with '=', '+', '-', '@',
/// a tab or a carriage return, and is not a plain number ("-2", "+0,5", "1.25"), which Excel
/// reads as the number it is and never runs.
bool isFormulaLike(QStringView cell);

/// The cell made inert, as OWASP recommends against CSV injection: a formula-like cell gets a
/// leading apostrophe ("=HYPERLINK(...)" becomes "'=HYPERLINK(...)"). So that the way back
/// loses nothing, a cell that is already one or more apostrophes before a formula-like rest gets
/// one more. Every other cell is returned as it is.
QString neutralizeFormula(const QString& cell);
/// The inverse of neutralizeFormula() for a cell read back from such a file: one or more
/// apostrophes followed by '=', '+', '-', '@', a tab or a carriage return lose one apostrophe.
QString restoreNeutralizedFormula(const QString& cell);

/// The table as French Excel opens it with a double click: UTF-8 with a BOM, ';' between
/// cells, CRLF after each row, a cell in double quotes (doubled inside) when it holds ';', '"',
/// a line break or white space at either end, and every cell neutralised against formulas.
/// Line breaks inside a cell are kept as they are: Excel shows them as lines of the cell.
QByteArray spreadsheetCsvBytes(const SpreadsheetTable& table);

/// Writes `bytes` atomically (the old file stays until the new one is whole), readable and
/// writable by its owner only from the first byte: such files hold personal data.
Status writePrivateFile(const QString& path, const QByteArray& bytes);

/// writePrivateFile() of spreadsheetCsvBytes().
Status writeSpreadsheetCsv(const QString& path, const SpreadsheetTable& table);

} // namespace binome
