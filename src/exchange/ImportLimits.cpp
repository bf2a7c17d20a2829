#include "binome/exchange/ImportLimits.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

/// The whole number above 0 an environment variable holds, or `fallback`.
qint64 fromEnvironment(const char* variable, qint64 fallback) {
    bool ok = false;
    const qint64 value = qEnvironmentVariable(variable).trimmed().toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

ImportLimits inForce(ImportLimits limits) {
    limits.maxRows = fromEnvironment(ImportMaxRowsVariable, limits.maxRows);
    limits.maxBytes = fromEnvironment(ImportMaxBytesVariable, limits.maxBytes);
    return limits;
}

/// "80.5 MB"; exact bytes when that would read the same as the cap.
QString sizeText(qint64 size, qint64 cap) {
    const QLocale locale;
    const QString capText = locale.formattedDataSize(cap, 1, QLocale::DataSizeTraditionalFormat);
    const QString text = locale.formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat);
    if (text != capText)
        return text;
    return QCoreApplication::translate("ImportLimits", "%1 bytes").arg(locale.toString(size));
}

} // namespace

ImportLimits participantFileLimits() {
    return inForce(ParticipantFileLimits);
}

ImportLimits sessionSheetLimits() {
    return inForce(SessionSheetLimits);
}

std::optional<QString> fileSizeProblem(qint64 size, const ImportLimits& limits,
                                       ImportRowKind kind) {
    if (limits.maxBytes <= 0 || size <= limits.maxBytes)
        return std::nullopt;
    const QLocale locale;
    const QString sizeWords = sizeText(size, limits.maxBytes);
    const QString cap = locale.formattedDataSize(limits.maxBytes, limits.maxBytes % 1024 ? 1 : 0,
                                                 QLocale::DataSizeTraditionalFormat);
    const QString rows = locale.toString(limits.maxRows);
    if (kind == ImportRowKind::Sessions)
        return QCoreApplication::translate(
                   "ImportLimits",
                   "the file is %1, more than the %2 an import reads (up to %3 sessions): split it "
                   "into smaller files and import them one after the other")
            .arg(sizeWords, cap, rows);
    return QCoreApplication::translate(
               "ImportLimits",
               "the file is %1, more than the %2 an import reads (up to %3 participants): split "
               "it into smaller files and import them one after the other")
        .arg(sizeWords, cap, rows);
}

std::optional<QString> fileSizeProblem(const QString& path, const ImportLimits& limits,
                                       ImportRowKind kind) {
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return std::nullopt; // opening it says why
    return fileSizeProblem(info.size(), limits, kind);
}

QString tooManyRowsMessage(qint64 rows, const ImportLimits& limits, ImportRowKind kind) {
    const QString cap = QLocale().toString(limits.maxRows);
    const int count = static_cast<int>(qMin<qint64>(rows, std::numeric_limits<int>::max()));
    if (kind == ImportRowKind::Sessions)
        return QCoreApplication::translate("ImportLimits",
                                           "the file has %Ln session(s), more than the %1 an "
                                           "import reads: split it into smaller files and import "
                                           "them one after the other",
                                           nullptr, count)
            .arg(cap);
    return QCoreApplication::translate("ImportLimits",
                                       "the file has %Ln participant(s), more than the %1 an "
                                       "import reads: split it into smaller files and import them "
                                       "one after the other",
                                       nullptr, count)
        .arg(cap);
}

} // namespace binome
