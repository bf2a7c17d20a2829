#include "KeyboardFocus.h"

#include "EmptyState.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QFocusEvent>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace binome::gui {

namespace {

/// Selects a row of the table it watches when the keyboard arrives in it with nothing selected.
class RowOnFocus final : public QObject {
public:
    explicit RowOnFocus(QTableView* view)
        : QObject(view)
        , m_view(view) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_view && event->type() == QEvent::FocusIn) {
            const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
            if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
                reason == Qt::ShortcutFocusReason)
                selectARow();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void selectARow() const {
        QAbstractItemModel* model = m_view->model();
        QItemSelectionModel* selection = m_view->selectionModel();
        if (!model || !selection || selection->hasSelection() || model->rowCount() == 0 ||
            m_view->selectionMode() == QAbstractItemView::NoSelection)
            return;
        int column = 0;
        while (column < model->columnCount() && m_view->isColumnHidden(column))
            ++column;
        if (column == model->columnCount())
            return;
        const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
        // As a click on the row would: current, selected (the whole row in a table of rows).
        m_view->setCurrentIndex(model->index(row, column));
        m_view->scrollTo(m_view->currentIndex());
    }

    QTableView* m_view;
};

/// Whether the user can see some of `widget` now.
bool onScreen(const QWidget* widget) {
    return widget->isVisible() && widget->isEnabled() && !widget->visibleRegion().isEmpty();
}

} // namespace

void selectARowOnKeyboardFocus(QTableView* view) {
    static const char* const installed = "binomeSelectsARowOnFocus";
    if (view->property(installed).toBool())
        return; // once per table, however often the pages are built
    view->setProperty(installed, true);
    view->installEventFilter(new RowOnFocus(view));
}

void clearOnEscape(QLineEdit* filter) {
    auto* clear = new QAction(filter);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    filter->addAction(clear);
    QObject::connect(clear, &QAction::triggered, filter, &QLineEdit::clear);
}

QWidget* keyboardEntryOf(QWidget* page) {
    // The page's widgets in Tab order.
    QList<QWidget*> chain;
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain())
        if (page->isAncestorOf(w))
            chain << w;
    for (QWidget* w : chain) {
        auto* view = qobject_cast<QAbstractItemView*>(w);
        if (view && !view->inherits("QComboBoxListView") && onScreen(view))
            return view;
    }
    for (auto* state : page->findChildren<EmptyState*>()) {
        if (state->isVisible() && !state->buttons().isEmpty())
            return state->buttons().first();
    }
    for (QWidget* w : chain) {
        if ((w->focusPolicy() & Qt::TabFocus) && onScreen(w))
            return w;
    }
    return nullptr;
}

} // namespace binome::gui
