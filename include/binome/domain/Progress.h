#pragma once

#include <QtGlobal>

#include <functional>
#include <utility>

namespace binome {

/// Told how much of a long task is done, of `total` (the same unit; 0 while unknown); returns
/// false to cancel the task, which then stops at its next step and leaves everything as it was.
/// Called in the thread that runs the task.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

/// The callbacks of an import, one per step; either may be empty.
struct ImportProgress {
    ProgressCallback reading; ///< reading and checking the file: bytes of the file, of its size
    ProgressCallback writing; ///< writing to the database: rows written, of the rows to write
};

/// Passes a task's progress to a callback every `every` steps (and at the end, always), so that
/// a display is not updated for each row; remembers a cancel.
class ProgressTicker {
public:
    ProgressTicker(ProgressCallback callback, qint64 total, qint64 every)
        : m_callback(std::move(callback))
        , m_total(total)
        , m_every(every > 0 ? every : 1) {}

    /// One more step; `done` is how much is done after it. False once cancelled.
    bool step(qint64 done) {
        if (++m_steps % m_every == 0)
            return report(done);
        return !m_cancelled;
    }
    /// Says `done` now, whatever the steps. False once cancelled.
    bool report(qint64 done) {
        if (!m_cancelled && m_callback && !m_callback(done, m_total))
            m_cancelled = true;
        return !m_cancelled;
    }
    /// Says the task is complete: `total` of `total`.
    bool finish() { return report(m_total); }
    void setTotal(qint64 total) { m_total = total; }
    bool cancelled() const { return m_cancelled; }

private:
    ProgressCallback m_callback;
    qint64 m_total = 0;
    qint64 m_every = 1;
    qint64 m_steps = 0;
    bool m_cancelled = false;
};

} // namespace binome
