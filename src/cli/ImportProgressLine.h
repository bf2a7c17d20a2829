#pragma once

#include "binome/domain/Progress.h"

#include <QString>
#include <QTextStream>

namespace binome::cli {

/// The exit status of an import cancelled by Ctrl+C (128 + SIGINT, as a shell reports it).
inline constexpr int ExitInterrupted = 130;

/// While an import runs: on a terminal, a progress line on stderr updated in place ("Reading…
/// 42 %", then "Importing… 12,000 of 100,000"), nothing when stderr is not a terminal; and
/// Ctrl+C cancels the import cleanly: the callbacks return false, the import writes nothing.
/// A second Ctrl+C stops the program at once. The previous SIGINT handling comes back when it is
/// destroyed.
class ImportProgressLine {
public:
    explicit ImportProgressLine(QTextStream& err);
    ~ImportProgressLine();
    ImportProgressLine(const ImportProgressLine&) = delete;
    ImportProgressLine& operator=(const ImportProgressLine&) = delete;

    ImportProgress callbacks();
    /// Erases the line, before the results are printed.
    void clear();

private:
    bool show(const QString& text);

    QTextStream& m_err;
    bool m_terminal = false;
    QString m_shown; ///< the text on the line now
};

} // namespace binome::cli
