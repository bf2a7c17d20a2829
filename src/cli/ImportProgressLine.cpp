#include "ImportProgressLine.h"

#include <QCoreApplication>
#include <QLocale>

#include <csignal>
#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace binome::cli {

namespace {

volatile std::sig_atomic_t interrupted = 0;
struct sigaction previousHandler {};

extern "C" void onInterrupt(int) {
    if (interrupted) {
        // Asked twice: stop now (an interrupted transaction leaves the database as it was).
        std::signal(SIGINT, SIG_DFL);
        std::raise(SIGINT);
        return;
    }
    interrupted = 1;
}

} // namespace

ImportProgressLine::ImportProgressLine(QTextStream& err)
    : m_err(err)
    , m_terminal(::isatty(::fileno(stderr)) == 1) {
    interrupted = 0;
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &previousHandler);
}

ImportProgressLine::~ImportProgressLine() {
    clear();
    ::sigaction(SIGINT, &previousHandler, nullptr);
}

ImportProgress ImportProgressLine::callbacks() {
    ImportProgress progress;
    progress.reading = [this](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 0;
        return show(QCoreApplication::translate("cli", "Reading… %1 %").arg(percent));
    };
    progress.writing = [this](qint64 done, qint64 total) {
        const QLocale locale;
        return show(QCoreApplication::translate("cli", "Importing… %1 of %2")
                        .arg(locale.toString(done), locale.toString(total)));
    };
    return progress;
}

bool ImportProgressLine::show(const QString& text) {
    if (m_terminal && text != m_shown) {
        // Back to the start of the line; spaces cover what a longer text left.
        m_err << u'\r' << text;
        if (text.size() < m_shown.size())
            m_err << QString(m_shown.size() - text.size(), u' ') << u'\r' << text;
        m_err.flush();
        m_shown = text;
    }
    return !interrupted;
}

void ImportProgressLine::clear() {
    if (m_shown.isEmpty())
        return;
    m_err << u'\r' << QString(m_shown.size(), u' ') << u'\r';
    m_err.flush();
    m_shown.clear();
}

} // namespace binome::cli
