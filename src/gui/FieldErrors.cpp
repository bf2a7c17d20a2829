#include "FieldErrors.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace binome::gui {

bool showFieldErrors(QLabel* label, const QList<FieldError>& errors) {
    QStringList lines;
    for (const FieldError& e : errors)
        lines << (e.field.isEmpty() ? u"• "_s + e.message
                                    : u"• "_s + fieldLabel(e.field) + u": "_s + e.message);
    label->setTextFormat(Qt::PlainText); // the messages quote what the user typed
    label->setText(lines.join(u'\n'));
    label->setVisible(!errors.isEmpty());
    return errors.isEmpty();
}

} // namespace binome::gui
