#pragma once

// Private to the exchange layer: how SessionSheet.cpp reads the values of a session sheet's
// cells (dates, durations, modes, statuses, ratings) and what it says when one is wrong.

#include "binome/domain/FollowUp.h"

#include <QDate>
#include <QString>

#include <optional>

namespace binome::sessionsheet {

/// What the date cell holds: a date written in an accepted form (`recognised`), and the date
/// itself, null when that form names no day of the calendar (30/02/2026).
struct DateText {
    bool recognised = false;
    QDate date;
};

DateText readDate(const QString& text);

// Each reads one trimmed cell into the session's field and returns the problem, translated
// (context "SessionSheet"), or an empty string.

/// Sets `date` unless the cell is empty (then null when the text names no day).
QString readDateCell(const QString& value, QDate& date);
/// Sets `minutes` whenever the text is a duration, even out of range.
QString readMinutesCell(const QString& value, int& minutes);
/// Sets `mode` only when the text names one.
QString readModeCell(const QString& value, SessionMode& mode);
/// Sets `planned` only when the text names a status.
QString readStatusCell(const QString& value, bool& planned);
/// Resets `rating`, then sets it when the cell holds a number in range; empty is no rating.
QString readRatingCell(const QString& value, std::optional<int>& rating);

} // namespace binome::sessionsheet
