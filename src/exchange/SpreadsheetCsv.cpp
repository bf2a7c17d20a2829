#include "binome/exchange/SpreadsheetCsv.h"

#include "binome/exchange/Csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

constexpr QChar Separator = u';';

bool isFormulaStart(QChar c) {
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

/// "-2", "+0,5", "1.25": an optional sign, digits, at most one decimal separator between
/// digits. Nothing else (no spaces, no exponent, no second sign).
bool isPlainNumber(QStringView cell) {
    qsizetype i = 0;
    if (i < cell.size() && (cell[i] == u'-' || cell[i] == u'+'))
        ++i;
    const qsizetype firstDigit = i;
    while (i < cell.size() && isAsciiDigit(cell[i]))
        ++i;
    if (i == firstDigit)
        return false;
    if (i < cell.size() && (cell[i] == u'.' || cell[i] == u',')) {
        ++i;
        const qsizetype firstDecimal = i;
        while (i < cell.size() && isAsciiDigit(cell[i]))
            ++i;
        if (i == firstDecimal)
            return false;
    }
    return i == cell.size();
}

/// How many apostrophes the cell begins with.
qsizetype leadingApostrophes(QStringView cell) {
    qsizetype count = 0;
    while (count < cell.size() && cell[count] == u'\'')
        ++count;
    return count;
}

void appendRow(QString& text, const QStringList& cells) {
    for (qsizetype k = 0; k < cells.size(); ++k) {
        if (k > 0)
            text += Separator;
        text += csvField(neutralizeFormula(cells[k]), Separator);
    }
    text += u"\r\n"_s;
}

QString cannotWrite(const QString& path, const QString& why) {
    return QCoreApplication::translate("SpreadsheetCsv", "%1: cannot be written: %2")
        .arg(QDir::toNativeSeparators(path), why);
}

} // namespace

bool isFormulaLike(QStringView cell) {
    return !cell.isEmpty() && isFormulaStart(cell.front()) && !isPlainNumber(cell);
}

QString neutralizeFormula(const QString& cell) {
    const qsizetype apostrophes = leadingApostrophes(cell);
    if (!isFormulaLike(QStringView(cell).sliced(apostrophes)))
        return cell;
    return u'\'' + cell;
}

QString restoreNeutralizedFormula(const QString& cell) {
    const qsizetype apostrophes = leadingApostrophes(cell);
    if (apostrophes == 0 || !isFormulaLike(QStringView(cell).sliced(apostrophes)))
        return cell;
    return cell.sliced(1);
}

QByteArray spreadsheetCsvBytes(const SpreadsheetTable& table) {
    QString text;
    appendRow(text, table.header);
    for (const QStringList& row : table.rows)
        appendRow(text, row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status writePrivateFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{cannotWrite(path, file.errorString())};
    // The temporary file exists, still empty: owner only before the first byte, whatever the
    // umask or the permissions of a file it replaces.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error{cannotWrite(path, why)};
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{cannotWrite(path, file.errorString())};
    return {};
}

Status writeSpreadsheetCsv(const QString& path, const SpreadsheetTable& table) {
    return writePrivateFile(path, spreadsheetCsvBytes(table));
}

} // namespace binome
