#pragma once

// What the two files of BinomeDetailDialog share; internal to the dialog.

#include <QColor>
#include <QDate>
#include <QLocale>
#include <QString>

namespace binome::gui::binomedetail {

inline const QColor attentionColour(0xc0, 0x39, 0x2b);

inline QString dateText(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace binome::gui::binomedetail
