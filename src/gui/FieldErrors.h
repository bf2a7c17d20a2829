#pragma once

#include "binome/domain/Validation.h"

class QLabel;

namespace binome::gui {

/// Shows the problems of a form in its error label, one "• Field label: message" line each, and
/// hides the label when there are none. Returns true when there are none.
bool showFieldErrors(QLabel* label, const QList<FieldError>& errors);

} // namespace binome::gui
