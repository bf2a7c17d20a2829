#pragma once

#include <QString>

namespace binome {

/// A key for matching words typed by people: trimmed, lower-case, without accents, with
/// runs of white space, '_' folded to one space where they separate words.
QString textKey(const QString& text);

} // namespace binome
