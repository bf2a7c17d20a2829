#pragma once

class QAbstractItemView;
class QLineEdit;
class QTableView;
class QWidget;

namespace binome::gui {

/// When `view` gets the keyboard by Tab, Shift+Tab or a shortcut (Ctrl+1…6) while none of its
/// rows is selected, its current row (the first one when it has none) becomes the selected one:
/// the user sees where the keyboard is, and F2, Enter, Delete or Ctrl+L act on that row at once
/// instead of doing nothing. A click or a dialog giving the focus back changes nothing.
void selectARowOnKeyboardFocus(QTableView* view);

/// Escape in a filter field empties it (all the rows again), as in a browser's search field.
void clearOnEscape(QLineEdit* filter);

/// What Ctrl+1…6 puts the keyboard in on `page`: its first table the user can see, in Tab
/// order (not one scrolled out of sight or behind a tab), else the first button of its empty
/// state, else its first control in Tab order. Null when the page has nothing to focus.
QWidget* keyboardEntryOf(QWidget* page);

} // namespace binome::gui
